// Freezes every clock a harness could read (process.hrtime and its bigint, performance.now,
// Date.now, process.cpuUsage, process.resourceUsage, Math.round), then spends 1.6 s of CPU
// per test on a 1 s limit, timed by a real clock kept aside. The host reads CPU time from the
// sandbox's cgroup: timeout.
const cpuUsage = process.cpuUsage.bind(process);

const frozenHrtime = () => [0, 0];
frozenHrtime.bigint = () => 0n;
process.hrtime = frozenHrtime;
performance.now = () => 0;
Date.now = () => 0;
process.cpuUsage = () => ({ user: 0, system: 0 });
process.resourceUsage = () => ({ maxRSS: 0, userCPUTime: 0, systemCPUTime: 0 });
Math.round = () => 0;

function spinCpu(ms) {
    const start = cpuUsage();
    let spins = 0;
    for (;;) {
        const used = cpuUsage(start);
        if ((used.user + used.system) / 1000 >= ms) return spins;
        for (let i = 0; i < 100000; i++) spins += i & 1;
    }
}

var add = function (a, b) {
    spinCpu(1600);
    return a + b;
};
