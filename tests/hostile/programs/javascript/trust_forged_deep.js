// Finds the harness's nonce in its own heap (a V8 heap snapshot holds the job it parsed) and
// writes, under that real nonce, a record for test 1 whose answer is nested 5000 deep: the
// host must call it a broken protocol (runtime_error), never crash on it.
const fs = require('fs');

const snapshot = require('v8').writeHeapSnapshot('/tmp/nonce.heapsnapshot');
const NONCES = [...new Set(fs.readFileSync(snapshot, 'latin1').match(/(?<=")[0-9a-f]{32}(?=")/g))];
fs.unlinkSync(snapshot);

function forge(record) {
    for (const nonce of NONCES) fs.writeSync(1, `\n${nonce} ${record}\n`);
}

var add = function (a, b) {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    forge(`{"event":"test","test":1,"status":"ok","output":${deep},"stdout":null,"error":null}`);
    return a + b;
};
