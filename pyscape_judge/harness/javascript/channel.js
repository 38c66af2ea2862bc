'use strict';
// The harness's two pipes to the host: frames in (`<length>\n<bytes>`) and records out
// (`\n<nonce> <json>\n` on stdout). docs/harness-protocol.md is the contract.
//
// The user's code runs in this process and may replace any global or module function
// (JSON.stringify, fs.writeSync, Buffer.from, Object.prototype.toJSON, this very module's
// exports...). Everything the records go through is taken here, when the harness loads, and
// a record's envelope is written by hand: only its `output` (the user's own answer) goes
// through JSON.stringify with the user's objects. None of this hides the channel from a
// determined program (fd 1 is open, the nonce is in memory): the host trusts no record
// anyway; it only keeps a replaced function from breaking honest records.

const fs = require('fs');

const PRIMED_NONCE = 'pyscape-primed';
const MAX_HEADER = 20;

const { readSync, writeSync, openSync, closeSync } = fs;
const parseJson = JSON.parse;
const stringify = JSON.stringify;
const bufferFrom = Buffer.from.bind(Buffer);
const bufferAlloc = Buffer.alloc.bind(Buffer);
const byteLength = Buffer.byteLength.bind(Buffer);
const uncurry = (method) => Function.prototype.call.bind(method);
const bufferText = uncurry(Buffer.prototype.toString);
const wellFormed = uncurry(String.prototype.toWellFormed);
const toNumber = Number;
const isSafeInteger = Number.isSafeInteger;

// ------------------------------------------------------------------------------- raw I/O

const pauseCell = new Int32Array(new SharedArrayBuffer(4));

/** Runs a read or write, waiting while a non-blocking descriptor says EAGAIN. */
function retryOnEagain(operation) {
    for (;;) {
        try {
            return operation();
        } catch (error) {
            if (error.code !== 'EAGAIN') throw error;
            Atomics.wait(pauseCell, 0, 0, 2);
        }
    }
}

function readInto(fd, buffer) {
    let filled = 0;
    while (filled < buffer.length) {
        const read = () => readSync(fd, buffer, filled, buffer.length - filled, null);
        const count = retryOnEagain(read);
        if (count === 0) throw new Error('the host closed stdin inside a frame');
        filled += count;
    }
}

function readHeader(fd) {
    const byte = bufferAlloc(1);
    let text = '';
    for (;;) {
        readInto(fd, byte);
        if (byte[0] === 0x0a) return text;
        text += bufferText(byte, 'latin1');
        if (text.length > MAX_HEADER) throw new Error('bad frame header: ' + stringify(text));
    }
}

/** The next frame from the host, parsed as JSON. */
function readFrame(fd) {
    const header = readHeader(fd);
    const size = toNumber(header);
    if (header === '' || !isSafeInteger(size) || size < 0) {
        throw new Error('bad frame header: ' + stringify(header));
    }
    const data = bufferAlloc(size);
    readInto(fd, data);
    return parseJson(bufferText(data, 'utf8'));
}

function writeAll(fd, text) {
    const data = bufferFrom(text, 'utf8');
    let offset = 0;
    while (offset < data.length) {
        offset += retryOnEagain(() => writeSync(fd, data, offset, data.length - offset));
    }
}

/**
 * The host's frames on a descriptor of their own, and /dev/null on fd 0: the user's code
 * reads an empty stdin. Returns the frames' descriptor.
 */
function takeFramePipe() {
    // A new open of the same pipe (Node has no dup), then closing fd 0 makes /dev/null take
    // the lowest free number, 0.
    const frames = openSync('/proc/self/fd/0', 'r');
    closeSync(0);
    if (openSync('/dev/null', 'r') !== 0) throw new Error('could not put /dev/null on fd 0');
    return frames;
}

// ------------------------------------------------------------------------------- records

/** JSON text of a string the user's code made: lone surrogates become U+FFFD (the host
 * refuses JSON escapes that are not UTF-8). */
function stringText(value) {
    return value === null ? 'null' : stringify(wellFormed(value));
}

/** JSON text of an Error record field: `{"type", "message", "line"}` or null. */
function errorText(error) {
    if (error === null) return 'null';
    const line = isSafeInteger(error.line) ? error.line : 'null';
    return `{"type":${stringText(error.type)},"message":${stringText(error.message)},`
        + `"line":${line}}`;
}

/** JSON text of a number the harness measured (a hint), or null. */
function figureText(value) {
    return typeof value === 'number' && value >= 0 && value < 1e15 ? `${value}` : 'null';
}

class Channel {
    /** Writes records on fd 1 under `nonce`. */
    constructor(nonce) {
        this.prefix = '\n' + nonce + ' ';
    }

    send(json) {
        writeAll(1, this.prefix + json + '\n');
    }

    ready() {
        this.send('{"event":"ready"}');
    }

    done() {
        this.send('{"event":"done"}');
    }

    compileError(message) {
        this.send(`{"event":"compile_error","message":${stringText(message)}}`);
    }

    loadError(error) {
        this.send(`{"event":"load_error","error":${errorText(error)}}`);
    }

    /**
     * One test's record. `outputJson` is the answer's JSON text already (see codec.answerJson),
     * `stdout` a string or null, `error` an Error or null.
     */
    test({ test, status, outputJson, stdout, error, timeMs, memoryKb }) {
        this.send(`{"event":"test","test":${figureText(test)},"status":${stringify(status)},`
            + `"output":${outputJson},"stdout":${stringText(stdout)},"error":${errorText(error)},`
            + `"time_ms":${figureText(timeMs)},"memory_kb":${figureText(memoryKb)}}`);
    }
}

/** Says the harness is loaded and about to read its next frame (no nonce is known yet). */
function sendPrimed() {
    writeAll(1, `\n${PRIMED_NONCE} {"event":"primed"}\n`);
}

module.exports = { Channel, readFrame, sendPrimed, takeFramePipe, byteLength };
