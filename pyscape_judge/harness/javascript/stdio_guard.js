'use strict';
// Preloaded (`node --require`) into every stdio program: an uncaught error is told as in the
// function mode (`TypeError: ...` + the user's line), a program printing past the output limit
// is stopped, and the program's peak memory goes to the harness on fd 3.

const fs = require('fs');
const { describe } = require('./errors');

const MAIN_FILE = 'main.js';
const REPORT_FD = 3;
// The program's own time starts here, after Node's start-up.
const STARTED = process.hrtime.bigint();
const OUTPUT_LIMIT = Number(process.env.PYSCAPE_OUTPUT_LIMIT) || Infinity;

function byteLength(chunk, encoding) {
    if (typeof chunk !== 'string') return chunk.length;
    return Buffer.byteLength(chunk, Buffer.isEncoding(encoding) ? encoding : 'utf8');
}

/**
 * Ends the program once `stream` got more than the limit. Node ignores SIGXFSZ and a failed
 * write only destroys the stream, so a print loop would otherwise run (and queue errors in
 * memory) until its deadline. The harness sees the file over the limit: output_limit.
 */
function limitOutput(stream) {
    const write = stream.write;
    let written = 0;
    stream.write = function limitedWrite(chunk, encoding, callback) {
        const result = write.call(this, chunk, encoding, callback);
        written += byteLength(chunk, encoding);
        if (written > OUTPUT_LIMIT) process.exit(1);
        return result;
    };
}

process.on('uncaughtException', (error) => {
    fs.writeSync(2, describe(error, MAIN_FILE) + '\n');
    process.exit(1);
});

process.on('exit', () => {
    try {
        const ownMs = Number(process.hrtime.bigint() - STARTED) / 1e6;
        fs.writeSync(REPORT_FD, `\n${process.resourceUsage().maxRSS} ${ownMs.toFixed(3)}\n`);
    } catch {
        // The program closed fd 3: its memory stays unknown.
    }
});

limitOutput(process.stdout);
limitOutput(process.stderr);
