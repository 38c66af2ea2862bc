// Spends 4 s of CPU while the module loads, before any test: loading has a CPU budget of its
// own (the test time limit), so timeout.
const start: NodeJS.CpuUsage = process.cpuUsage();
let spins = 0;
for (;;) {
    const used = process.cpuUsage(start);
    if (used.user + used.system >= 4e6) break;
    for (let i = 0; i < 100000; i++) spins += i & 1;
}

function add(a: number, b: number): number {
    return a + b;
}
