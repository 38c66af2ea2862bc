// A stdio program that throws on the hidden test an error whose message is its whole input.
// A hidden test's error shows its type and line only (solution.ts's line 9): runtime_error,
// and no verdict text holds 987654321.
import { readFileSync } from 'fs';

type Pair = [number, number];
const input: string = readFileSync(0, 'utf8');
const [a, b] = input.trim().split(/\s+/).map(Number) as Pair;
if (a < 0) throw new Error(`bad input: ${input}`);
console.log(a + b);
