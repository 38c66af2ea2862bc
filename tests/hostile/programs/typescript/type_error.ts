// A type error on the user's line 6, column 11: compile_error in tsc's words, with the user's
// file name and position (nothing the judge adds shifts them).
type Pair = [number, number];

function add(a: number, b: number): number {
    const sum: number = `${a}${b}`;
    const pair: Pair = [a, b];
    return sum + pair[0];
}
