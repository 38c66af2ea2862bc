// Writes, under the harness's real nonce (found in a V8 heap snapshot of its own process),
// records out of turn while test 1 runs: "done", "ready" again and the answer to test 3,
// whose input the host has not sent. A record out of turn is a broken protocol
// (runtime_error).
import * as fs from 'fs';
import * as v8 from 'v8';

const snapshot: string = v8.writeHeapSnapshot('/tmp/nonce.heapsnapshot');
const NONCES = [...new Set(fs.readFileSync(snapshot, 'latin1').match(/(?<=")[0-9a-f]{32}(?=")/g))];
fs.unlinkSync(snapshot);

function forge(record: string): void {
    for (const nonce of NONCES) fs.writeSync(1, `\n${nonce} ${record}\n`);
}

function add(a: number, b: number): number {
    forge('{"event":"done"}');
    forge('{"event":"ready"}');
    forge('{"event":"test","test":3,"status":"ok","output":0,"stdout":null,"error":null}');
    return a + b;
}
