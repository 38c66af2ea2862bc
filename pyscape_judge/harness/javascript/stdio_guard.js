'use strict';
// Preloaded (`node --require`) into every stdio program: an uncaught error is told as in the
// function mode (its type, message and the user's line), and a program printing past the
// output limit is stopped. It reports nothing else: the host measures time and memory.
//
// This runs in the program's own process, so the program can rewrite anything it writes; the
// harness cleans the error it reads (errors.js) and trusts it for nothing but the error.

const fs = require('fs');
const path = require('path');

const MAIN_FILE = path.basename(process.argv[1] || 'main.js');
const OUTPUT_LIMIT = Number(process.env.PYSCAPE_OUTPUT_LIMIT) || Infinity;
const ERROR_FILE = process.env.PYSCAPE_ERROR_FILE;

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
    try {
        // Required only now: the guard's start-up is every test's (the CPU time counts).
        const { thrownError } = require('./errors');
        fs.writeFileSync(ERROR_FILE, JSON.stringify(thrownError(error, MAIN_FILE)));
    } finally {
        process.exit(1);
    }
});

limitOutput(process.stdout);
limitOutput(process.stderr);
