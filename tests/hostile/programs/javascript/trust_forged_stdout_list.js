// Writes, under the harness's real nonce (found in a V8 heap snapshot of its own process), a
// record for test 1 with the right answer and a list where its stdout text belongs: a wrong
// type in any field is a broken protocol (runtime_error).
const fs = require('fs');

const snapshot = require('v8').writeHeapSnapshot('/tmp/nonce.heapsnapshot');
const NONCES = [...new Set(fs.readFileSync(snapshot, 'latin1').match(/(?<=")[0-9a-f]{32}(?=")/g))];
fs.unlinkSync(snapshot);

function forge(record) {
    for (const nonce of NONCES) fs.writeSync(1, `\n${nonce} ${record}\n`);
}

var add = function (a, b) {
    forge(`{"event":"test","test":1,"status":"ok","output":${a + b},"stdout":[1,2,3],`
        + '"error":null}');
    return a + b;
};
