// Writes, under the harness's real nonce (found in a V8 heap snapshot of its own process), a
// record for test 1 with the right answer, 1e300 ms and 1e300 KB: figures that fit in no
// 64-bit integer are a broken protocol (runtime_error), never an overflow on the host.
const fs = require('fs');

const snapshot = require('v8').writeHeapSnapshot('/tmp/nonce.heapsnapshot');
const NONCES = [...new Set(fs.readFileSync(snapshot, 'latin1').match(/(?<=")[0-9a-f]{32}(?=")/g))];
fs.unlinkSync(snapshot);

function forge(record) {
    for (const nonce of NONCES) fs.writeSync(1, `\n${nonce} ${record}\n`);
}

var add = function (a, b) {
    forge(`{"event":"test","test":1,"status":"ok","output":${a + b},"stdout":null,"error":null,`
        + '"time_ms":1e300,"memory_kb":1e300}');
    return a + b;
};
