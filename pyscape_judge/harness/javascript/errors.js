'use strict';
// How errors are told to the user: `TypeError: ...` plus the user's innermost line.

const util = require('util');

// `    at twoSum (solution.js:5:20)` or `    at solution.js:5:20` (anonymous functions).
const FRAME = /^\s*at (?:(.*?) \()?(.+?):(\d+):\d+\)?$/;

function headline(error) {
    if (typeof error !== 'object' || error === null || !('message' in error)) {
        return 'Uncaught ' + util.inspect(error, { depth: 2 });
    }
    const name = String(error.name || 'Error');
    const message = String(error.message);
    return message ? `${name}: ${message}` : name;
}

function sameFile(file, fileName) {
    return file === fileName || file.endsWith('/' + fileName);
}

/** The innermost frame of `fileName` in `error`'s stack: `{line, name}`, or null. */
function userFrame(error, fileName) {
    const stack = typeof error === 'object' && error !== null ? error.stack : undefined;
    if (typeof stack !== 'string') return null;
    for (const text of stack.split('\n')) {
        const match = FRAME.exec(text);
        if (match && sameFile(match[2], fileName)) {
            const name = (match[1] || '<anonymous>').replace(/^Object\./, '');
            return { line: Number(match[3]), name };
        }
    }
    return null;
}

/** `TypeError: Cannot read properties of undefined (reading 'x')` + `\n  Line 3 in f (file)`. */
function describe(error, fileName) {
    try {
        let text = headline(error);
        const frame = userFrame(error, fileName);
        if (frame) text += `\n  Line ${frame.line} in ${frame.name} (${fileName})`;
        return text;
    } catch (failure) {
        // The thrown value's own getters failed (name, message or stack).
        return 'Uncaught exception (it could not be described)';
    }
}

/** `SyntaxError: Unexpected token '}' (line 3)`; the line is capped at the code's last line. */
function compileErrorText(error, fileName, lineCount) {
    const text = headline(error);
    const stack = typeof error.stack === 'string' ? error.stack : '';
    const match = stack.startsWith(fileName + ':') ? /^[^\n]*:(\d+)\n/.exec(stack) : null;
    if (!match) return text;
    return `${text} (line ${Math.min(Number(match[1]), lineCount)})`;
}

module.exports = { describe, compileErrorText };
