// Endless loop in the first test.
function add(a: number, b: number): number {
    for (;;) {}
}
