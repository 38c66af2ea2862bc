// A stdio program that spends 1.6 s of CPU on a 1 s limit, then, from an exit listener, writes
// a report of 0 ms on fd 3 (where the guard of the old harness reported the program's time)
// and a record of test 1 with time 0 and the right answer on the harness's own stdout, under
// the harness's real nonce: it reads the harness's memory (/proc/<ppid>/mem, same user) for
// the nonce and opens /proc/<ppid>/fd/1. The host measures the CPU time in the sandbox's
// cgroup, whoever reports what: timeout.
const fs = require('fs');

const [a, b] = fs.readFileSync(0, 'utf8').trim().split(/\s+/).map(Number);

function spinCpu(ms) {
    const start = process.cpuUsage();
    let spins = 0;
    for (;;) {
        const used = process.cpuUsage(start);
        if ((used.user + used.system) / 1000 >= ms) return spins;
        for (let i = 0; i < 100000; i++) spins += i & 1;
    }
}

/** 32-hex-digit strings after a newline in the writable memory of process `pid`. */
function noncesIn(pid) {
    const found = new Set();
    const mem = fs.openSync(`/proc/${pid}/mem`, 'r');
    const buffer = Buffer.alloc(1 << 20);
    for (const line of fs.readFileSync(`/proc/${pid}/maps`, 'utf8').split('\n')) {
        const match = /^([0-9a-f]+)-([0-9a-f]+) rw/.exec(line);
        if (!match) continue;
        const end = parseInt(match[2], 16);
        for (let at = parseInt(match[1], 16); at < end; at += buffer.length) {
            let count;
            try {
                count = fs.readSync(mem, buffer, 0, Math.min(buffer.length, end - at), at);
            } catch (error) {
                break;
            }
            for (const hit of buffer.toString('latin1', 0, count).matchAll(/\n([0-9a-f]{32}) /g)) {
                found.add(hit[1]);
            }
        }
    }
    return found;
}

process.on('exit', () => {
    try {
        fs.writeSync(3, '\n0 0.000\n');
    } catch (error) {
        // fd 3 is no longer a report channel
    }
    try {
        const out = fs.openSync(`/proc/${process.ppid}/fd/1`, 'w');
        for (const nonce of noncesIn(process.ppid)) {
            fs.writeSync(out, `\n${nonce} {"event":"test","test":1,"status":"ok","output":"${a + b}\\n",`
                + '"stdout":null,"error":null,"time_ms":0,"memory_kb":0}\n');
        }
    } catch (error) {
        // the harness's memory or stdout is out of reach
    }
});

spinCpu(1600);
console.log(a + b);
