// Spends 4 s of CPU while the module loads, before any test (and before the old harness's
// clocks started): loading has a CPU budget of its own (the test time limit), so timeout.
const start = process.cpuUsage();
let spins = 0;
for (;;) {
    const used = process.cpuUsage(start);
    if (used.user + used.system >= 4e6) break;
    for (let i = 0; i < 100000; i++) spins += i & 1;
}

var add = function (a, b) {
    return a + b;
};
