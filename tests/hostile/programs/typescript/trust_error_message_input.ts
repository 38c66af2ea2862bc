// Throws on the hidden test an error whose message is its input (and the whole argument list
// as JSON). A hidden test's error shows its type and line only (the line of solution.ts, 10):
// runtime_error, and no verdict text holds 987654321.
interface Args {
    a: number;
    b: number;
}

function add(a: number, b: number): number {
    if (a < 0) throw new RangeError(`bad input ${a} ${b}: ${JSON.stringify({ a, b } as Args)}`);
    return a + b;
}
