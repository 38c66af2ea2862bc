// Writes, under the harness's real nonce (found in a V8 heap snapshot of its own process), a
// record for test 1 with the right answer and "nan" as its time, "lots" as its memory: a
// record of the wrong types is a broken protocol (runtime_error), not an exception.
const fs = require('fs');

const snapshot = require('v8').writeHeapSnapshot('/tmp/nonce.heapsnapshot');
const NONCES = [...new Set(fs.readFileSync(snapshot, 'latin1').match(/(?<=")[0-9a-f]{32}(?=")/g))];
fs.unlinkSync(snapshot);

function forge(record) {
    for (const nonce of NONCES) fs.writeSync(1, `\n${nonce} ${record}\n`);
}

var add = function (a, b) {
    forge(`{"event":"test","test":1,"status":"ok","output":${a + b},"stdout":null,"error":null,`
        + '"time_ms":"nan","memory_kb":"lots"}');
    return a + b;
};
