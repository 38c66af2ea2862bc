'use strict';
// How a thrown value becomes a record's Error: `{"type", "message", "line"}`, where `type` is
// the error's constructor name and `line` the innermost line of the user's file (or null).
//
// In two steps. `thrownError` reads the thrown value (its getters are the user's code, so it
// never throws) into a raw Error whose `types` are the constructor names of its prototype
// chain. `ErrorRules.clean` then keeps what the user's code cannot have built from a test's
// input: the first of those names that is a built-in constructor or an identifier written
// in the code (a class named at run time after a hidden input falls back to its built-in
// ancestor), a line within the file, a message of bounded length. The stdio guard writes the
// raw Error from the program's own process; the harness cleans it.

const { inspect } = require('util');

const MESSAGE_LIMIT = 2000;
const CHAIN_LIMIT = 32;
// `    at twoSum (/tmp/w/solution.js:5:20)` or `    at /tmp/w/solution.js:5:20`.
const FRAME = /^\s*at (?:.*? \()?(.+?):(\d+):\d+\)?$/;
const IDENTIFIERS = /[A-Za-z_$][\w$]*/g;

/** Constructors every program has (Error, TypeError, Object, DOMException...), taken before
 * any user code runs. By name only: reading the values would load the modules behind Node's
 * lazy globals (fetch, WebAssembly...), tens of milliseconds in every stdio program. */
const BUILT_IN_TYPES = new Set(Object.getOwnPropertyNames(globalThis)
    .filter((name) => /^[A-Z]/.test(name)));

function sameFile(file, fileName) {
    return file === fileName || file.endsWith('/' + fileName);
}

/** The innermost line of `fileName` in a stack trace, or null. */
function userLine(stack, fileName) {
    if (typeof stack !== 'string') return null;
    for (const text of stack.split('\n')) {
        const match = FRAME.exec(text);
        if (match && sameFile(match[1], fileName)) return Number(match[2]);
    }
    return null;
}

/** The constructor names along `value`'s prototype chain, innermost first. */
function constructorNames(value) {
    const names = [];
    let prototype = Object.getPrototypeOf(value);
    while (prototype !== null && names.length < CHAIN_LIMIT) {
        const descriptor = Object.getOwnPropertyDescriptor(prototype, 'constructor');
        const name = descriptor && typeof descriptor.value === 'function'
            ? descriptor.value.name : undefined;
        if (typeof name === 'string') names.push(name);
        prototype = Object.getPrototypeOf(prototype);
    }
    return names;
}

/** A message of at most MESSAGE_LIMIT characters. */
function cut(message) {
    return message.length > MESSAGE_LIMIT ? message.slice(0, MESSAGE_LIMIT) + '...' : message;
}

function isErrorLike(value) {
    return typeof value === 'object' && value !== null && 'message' in value;
}

/** A raw Error `{types, message, line}` for any thrown value; never throws. */
function thrownError(thrown, fileName) {
    try {
        if (!isErrorLike(thrown)) {
            return { types: ['Uncaught'], message: cut(inspect(thrown, { depth: 2 })), line: null };
        }
        const message = cut(String(thrown.message));
        return { types: constructorNames(thrown), message, line: userLine(thrown.stack, fileName) };
    } catch {
        // The thrown value's own getters failed (a Proxy, a throwing `message`...).
        return { types: ['Uncaught'], message: 'the thrown value could not be described', line: null };
    }
}

class ErrorRules {
    /** What an Error about `code` (the user's file) may say. */
    constructor(code) {
        this.identifiers = new Set(code.match(IDENTIFIERS));
        this.lineCount = code.split('\n').length;
    }

    /** The Error a record carries for a raw Error (from thrownError, or the stdio guard). */
    clean(raw) {
        const types = Array.isArray(raw.types) ? raw.types.slice(0, CHAIN_LIMIT) : [];
        const type = types.find((name) => typeof name === 'string'
            && (BUILT_IN_TYPES.has(name) || this.identifiers.has(name) || name === 'Uncaught'));
        const message = typeof raw.message === 'string' ? cut(raw.message) : '';
        const line = Number.isSafeInteger(raw.line) && raw.line >= 1 && raw.line <= this.lineCount
            ? raw.line : null;
        return { type: type || 'Error', message, line };
    }
}

/** `SyntaxError: Unexpected token '}' (line 3)`; the line is capped at the code's last line. */
function compileErrorText(error, fileName, lineCount) {
    const text = error.message ? `${error.name}: ${error.message}` : String(error.name);
    const stack = typeof error.stack === 'string' ? error.stack : '';
    const match = stack.startsWith(fileName + ':') ? /^[^\n]*:(\d+)\n/.exec(stack) : null;
    if (!match) return text;
    return `${text} (line ${Math.min(Number(match[1]), lineCount)})`;
}

module.exports = { thrownError, ErrorRules, compileErrorText };
