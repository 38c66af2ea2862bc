'use strict';
// PyScape's TypeScript runner: it runs the compiled solution.js (tsc.js's emit) with the
// JavaScript harness (run.js's twin, the same modules: globals, channel, functions, stdio), so
// a TypeScript submission is judged as JavaScript is. The one difference: an error's line is
// the user's line in solution.ts, read from the source map tsc.js emitted into solution.js,
// and the names an error type may take are those of solution.ts.
//
// `start` runs it during the prime, beside the warm compiler: it loads the harness, tells the
// compiler so on fd 6 (the compiler says `primed` only then), and waits on fd 4 (a FIFO only
// `start` writes) for `go`, which `start` passes on after the host's go frame. Only then does
// it read solution.js and the host's frames (fd 0, which it leaves alone until then): none of
// the user's code exists in this process before `go`. Protocol: docs/harness-protocol.md.

const EventEmitter = require('events');
const fs = require('fs');
const path = require('path');

require('./globals'); // LeetCode's globals (lodash, the data structures), before any user code
const { Channel, readFrame, takeFramePipe } = require('./channel');
const { ErrorRules } = require('./errors');
const { FunctionTests } = require('./functions');
const { StdioTests } = require('./stdio');

/** The descriptors `start` gives the runner: the FIFO that brings `go`, and the pipe telling
 * the compiler that the harness is loaded. */
const GO_FD = 4;
const LOADED_FD = 6;

const SOURCE_FILE = path.join(__dirname, 'solution.ts');
const EMITTED_FILE = path.join(__dirname, 'solution.js');
const SOURCE_MAP = /\n\/\/# sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)\s*$/;
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

const exitProcess = process.exit.bind(process);
const removeAllListeners = EventEmitter.prototype.removeAllListeners.bind(process);

/** The source line (from 1) of each emitted line's first mapped segment, from `mappings`. */
function sourceLines(mappings) {
    const lines = [];
    let sourceLine = 0;
    for (const group of mappings.split(';')) {
        let first = null;
        for (const segment of group.split(',')) {
            const fields = decodeVlq(segment);
            if (fields.length >= 4) {
                sourceLine += fields[2];
                if (first === null) first = sourceLine + 1;
            }
        }
        lines.push(first);
    }
    return lines;
}

/** The numbers of one source-map segment (base64 VLQ). */
function decodeVlq(segment) {
    const fields = [];
    let value = 0;
    let shift = 0;
    for (const char of segment) {
        const digit = BASE64.indexOf(char);
        if (digit < 0) return [];
        value += (digit & 31) << shift;
        if (digit & 32) {
            shift += 5;
        } else {
            fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
            value = 0;
            shift = 0;
        }
    }
    return fields;
}

/** The emitted code's line -> the user's line, from the inline source map (or none). */
function lineMap(emitted) {
    const match = SOURCE_MAP.exec(emitted);
    if (!match) return [];
    try {
        return sourceLines(JSON.parse(Buffer.from(match[1], 'base64').toString('utf8')).mappings);
    } catch {
        return [];
    }
}

class TypeScriptErrorRules {
    /** ErrorRules of the user's solution.ts, for errors whose line is solution.js's. */
    constructor(source, emitted) {
        this.rules = new ErrorRules(source);
        this.lineCount = this.rules.lineCount;
        this.lines = lineMap(emitted);
    }

    clean(raw) {
        const line = Number.isSafeInteger(raw.line) ? this.lines[raw.line - 1] ?? null : null;
        return this.rules.clean({ types: raw.types, message: raw.message, line });
    }
}

/** Tells the compiler the harness is loaded, then waits for `start`'s `go`: false when
 * `start` ended without it (the compile failed). */
function awaitGo() {
    fs.writeSync(LOADED_FD, 'loaded');
    fs.closeSync(LOADED_FD);
    const word = Buffer.alloc(2);
    let filled = 0;
    while (filled < word.length) {
        const count = fs.readSync(GO_FD, word, filled, word.length - filled, null);
        if (count === 0) return false;
        filled += count;
    }
    fs.closeSync(GO_FD);
    return word.toString('latin1') === 'go';
}

function main() {
    if (!awaitGo()) exitProcess(1);
    const frames = takeFramePipe();
    const emitted = fs.readFileSync(EMITTED_FILE, 'utf8');
    const rules = new TypeScriptErrorRules(fs.readFileSync(SOURCE_FILE, 'utf8'), emitted);
    const job = readFrame(frames);
    job.code = emitted;
    const channel = new Channel(job.nonce);
    const tests = job.mode === 'stdio' ? new StdioTests(job) : new FunctionTests(job);
    tests.rules = rules;
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
