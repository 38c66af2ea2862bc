'use strict';
// PyScape's JavaScript harness: runs inside the sandbox, never on trusted ground. The twin of
// harness/python/run.py; docs/harness-protocol.md (protocol v2) is the contract.
//
// Loaded, it says `primed` and reads the job frame (the code and the signature, no test
// input), loads the code (`ready`, `compile_error` or `load_error`), then answers one test
// frame at a time with one record, until the end frame, answered by `done`. It keeps no time
// limit: the host measures CPU time from the sandbox's cgroup and stops the sandbox.
//
// Every module of the harness is required here, before the user's code exists: each takes
// the functions it relies on while they are still the originals.

const EventEmitter = require('events');

require('./globals'); // LeetCode's globals (lodash, the data structures), before any user code
const { Channel, readFrame, sendPrimed, takeFramePipe } = require('./channel');
const { FunctionTests } = require('./functions');
const { StdioTests } = require('./stdio');

const exitProcess = process.exit.bind(process);
const removeAllListeners = EventEmitter.prototype.removeAllListeners.bind(process);

function main() {
    const frames = takeFramePipe();
    sendPrimed();
    const job = readFrame(frames);
    const channel = new Channel(job.nonce);
    const tests = job.mode === 'stdio' ? new StdioTests(job) : new FunctionTests(job);
    if (tests.load(channel)) {
        for (let frame = readFrame(frames); !frame.end; frame = readFrame(frames)) {
            tests.run(frame, channel);
        }
        channel.done();
    }
    // Exit now: timers, workers and 'exit' listeners the user left must not run on.
    removeAllListeners('exit');
    exitProcess(0);
}

main();
