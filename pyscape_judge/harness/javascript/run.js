'use strict';
// PyScape's JavaScript harness: runs inside the sandbox, never on trusted ground.
//
// Reads one job frame from stdin (`<length>\n<json>`): the code, the signature and the tests'
// inputs (never the expected outputs), runs the tests in order and writes one record per test
// to stdout as `\n<nonce> <json>\n`. The host compares, and kills the sandbox at the first
// failure. The twin of harness/python/run.py; docs/harness-protocol.md is the contract.

const childProcess = require('child_process');
const EventEmitter = require('events');
const fs = require('fs');
const Module = require('module');
const path = require('path');
const util = require('util');
const vm = require('vm');

const codec = require('./codec');
const { describe, compileErrorText } = require('./errors');

const USER_FILE = 'solution.js';
const MAIN_FILE = 'main.js';
const GUARD_FILE = path.join(__dirname, 'stdio_guard.js');
const COMMONJS_PARAMS = ['exports', 'require', 'module', '__filename', '__dirname'];
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const STDIO_REPORT_FD = 3;
// A new Node process per test: its start-up gets this long beyond the time limit, and the
// program's own time (reported by the guard, from its first line) is what counts. The same
// number as stdio_start_ms in pyscape_judge/languages/javascript.py.
const STDIO_START_MS = 1000;
const HEAP_OUT_OF_MEMORY = 'JavaScript heap out of memory';

// Taken before the user's code runs, which may replace the originals.
const { readSync, writeSync } = fs;
const stringify = JSON.stringify;
const bufferFrom = Buffer.from.bind(Buffer);
const exitProcess = process.exit.bind(process);
const hrtime = process.hrtime.bigint.bind(process.hrtime);

// ------------------------------------------------------------------------------- raw I/O

const pauseCell = new Int32Array(new SharedArrayBuffer(4));

function pause(ms) {
    Atomics.wait(pauseCell, 0, 0, ms);
}

/** Runs a read or write, waiting while a non-blocking descriptor says EAGAIN. */
function retryOnEagain(operation) {
    for (;;) {
        try {
            return operation();
        } catch (error) {
            if (error.code !== 'EAGAIN') throw error;
            pause(2);
        }
    }
}

function readInto(fd, buffer) {
    let filled = 0;
    while (filled < buffer.length) {
        const read = () => readSync(fd, buffer, filled, buffer.length - filled, null);
        const count = retryOnEagain(read);
        if (count === 0) throw new Error('stdin ended inside the job frame');
        filled += count;
    }
}

function readLine(fd) {
    const byte = Buffer.alloc(1);
    let text = '';
    for (;;) {
        readInto(fd, byte);
        if (byte[0] === 0x0a) return text;
        text += String.fromCharCode(byte[0]);
        if (text.length > 20) throw new Error('bad frame header: ' + stringify(text));
    }
}

function readJob() {
    const header = readLine(0);
    const size = Number(header);
    if (header.trim() === '' || !Number.isSafeInteger(size) || size < 0) {
        throw new Error('bad frame header: ' + stringify(header));
    }
    const data = Buffer.alloc(size);
    readInto(0, data);
    return JSON.parse(data.toString('utf8'));
}

function writeAll(fd, data) {
    let offset = 0;
    while (offset < data.length) {
        offset += retryOnEagain(() => writeSync(fd, data, offset, data.length - offset));
    }
}

/** The user's code reads an empty stdin, never the rest of the job's pipe. */
function quietStdin() {
    // Node has no dup2: closing fd 0 makes /dev/null take the lowest free number, 0.
    fs.closeSync(0);
    const fd = fs.openSync('/dev/null', 'r');
    if (fd !== 0) throw new Error('could not put /dev/null on fd 0');
}

/** codec.strictJson, and a lone surrogate (printed or returned) becomes U+FFFD: JSON.stringify
 * would write it as an escape that is not UTF-8, and the host would refuse the record. */
function wellFormedJson(key, value) {
    const strict = codec.strictJson(key, value);
    return typeof strict === 'string' ? strict.toWellFormed() : strict;
}

class Channel {
    /** Writes records on the original stdout, with the job's nonce. */
    constructor(nonce) {
        this.prefix = '\n' + nonce + ' ';
    }

    /** The record's wire text; throws when a value cannot be JSON (NaN, a cycle...). */
    encode(record) {
        return this.prefix + stringify(record, wellFormedJson) + '\n';
    }

    write(text) {
        writeAll(1, bufferFrom(text, 'utf8'));
    }

    send(record) {
        this.write(this.encode(record));
    }
}

// ---------------------------------------------------------------------- the user's output

/** Thrown into the user's code when it prints past the output limit. */
class OutputLimit {
    toString() {
        return 'Output Limit Exceeded';
    }
}

class Capture {
    /** What one test printed, kept in memory up to `limit` bytes. */
    constructor(limit) {
        this.limit = limit;
        this.parts = [];
        this.size = 0;
        this.overflow = false;
    }

    write(text) {
        this.size += Buffer.byteLength(text, 'utf8');
        if (this.size > this.limit) {
            this.overflow = true;
            throw new OutputLimit();
        }
        this.parts.push(text);
    }

    text() {
        return this.parts.length > 0 ? this.parts.join('') : null;
    }
}

/** Where the user's prints go: the running test's capture. */
const output = { current: new Capture(0) };

function chunkText(chunk, encoding) {
    if (typeof chunk === 'string') return chunk;
    if (chunk instanceof Uint8Array) {
        return Buffer.from(chunk).toString(typeof encoding === 'string' ? encoding : 'utf8');
    }
    throw new TypeError('The "chunk" argument must be of type string or an instance of Buffer or '
        + 'Uint8Array');
}

/** A stand-in for process.stdout / process.stderr that writes into the capture. */
function captureStream(fd) {
    const stream = new EventEmitter();
    Object.assign(stream, { fd, isTTY: false, writable: true });
    stream.write = (chunk, encoding) => {
        output.current.write(chunkText(chunk, encoding));
        return true;
    };
    stream.end = (chunk, encoding) => {
        if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') {
            stream.write(chunk, encoding);
        }
        return stream;
    };
    return stream;
}

/**
 * console.* and process.stdout/stderr write into the capture (LeetCode shows console.error as
 * stdout too). Done before anything touches the real process.stdout, so Node never wraps
 * fd 1 in a stream of its own (which would also make the pipe non-blocking).
 */
function redirectUserOutput() {
    for (const [name, fd] of [['stdout', 1], ['stderr', 2]]) {
        const stream = captureStream(fd);
        Object.defineProperty(process, name,
            { configurable: true, enumerable: true, get: () => stream });
    }
    // Node's console swallows a stream's exceptions; these let OutputLimit stop the user's code.
    for (const name of ['log', 'info', 'debug', 'error', 'warn']) {
        console[name] = (...args) => output.current.write(util.format(...args) + '\n');
    }
}

// ------------------------------------------------------------------------- loading the code

function stripHashbang(code) {
    return code.startsWith('#!') ? '//' + code.slice(2) : code;
}

function lineCount(code) {
    return code.split('\n').length;
}

/** Compiles the code as a CommonJS module body, as Node itself would (same SyntaxErrors). */
function compileModule(code, fileName) {
    return vm.compileFunction(code, COMMONJS_PARAMS, { filename: fileName });
}

function wantedNames(sig) {
    const names = sig.kind === 'design' ? [sig.class] : [sig.function, 'Solution'];
    for (const name of names) {
        if (!IDENTIFIER.test(name)) {
            throw new Error('bad name in the signature: ' + stringify(name));
        }
    }
    return names;
}

/** The module body, ending by handing back the values of `names` from the module's scope. */
function withLookups(code, names) {
    const lookups = names.map((name) => `typeof ${name} === "undefined" ? undefined : ${name}`);
    return `${code}\n;return [${lookups.join(', ')}];`;
}

/** Runs the user's module once; a map name -> value, or null when a record told why not. */
function loadUserCode(job, channel) {
    const code = stripHashbang(job.code);
    const names = wantedNames(job.signature);
    let moduleBody;
    try {
        compileModule(code, USER_FILE);
        moduleBody = compileModule(withLookups(code, names), USER_FILE);
    } catch (error) {
        const message = compileErrorText(error, USER_FILE, lineCount(code));
        channel.send({ event: 'compile_error', message });
        return null;
    }
    const filename = path.join(__dirname, USER_FILE);
    const userModule = { exports: {}, filename, id: '.' };
    output.current = new Capture(job.stdout_limit); // prints while loading are dropped
    let values;
    try {
        const userRequire = Module.createRequire(filename);
        values = moduleBody.call(userModule.exports, userModule.exports, userRequire, userModule,
            filename, __dirname);
    } catch (error) {
        const overflow = output.current.overflow;
        const message = overflow ? 'Output Limit Exceeded' : describe(error, USER_FILE);
        channel.send({ event: 'load_error', message });
        return null;
    }
    return new Map(names.map((name, i) => [name, values[i]]));
}

/** `(values) => answer` for the function of a function signature, or null. */
function findFunction(sig, found) {
    const name = sig.function;
    const direct = found.get(name);
    if (typeof direct === 'function') return (values) => direct(...values);
    const Solution = found.get('Solution');
    const prototype = typeof Solution === 'function' ? Solution.prototype : undefined;
    if (prototype && typeof prototype[name] === 'function') {
        return (values) => new Solution()[name](...values);
    }
    return null;
}

// ------------------------------------------------------------------------------ function mode

function convertArgs(values, params) {
    return params.map((param, i) => codec.fromJson(values[i], param.type));
}

function callFunction(target, sig, args) {
    const values = convertArgs(args, sig.params);
    const answer = target(values);
    if (sig.output) {
        const index = sig.params.findIndex((param) => param.name === sig.output);
        return codec.toJson(values[index], sig.params[index].type);
    }
    return codec.toJson(answer, sig.returns);
}

function callDesign(DesignClass, sig, args) {
    const [operations, argumentLists] = args;
    const methods = new Map(sig.methods.map((method) => [method.name, method]));
    const constructorParams = methods.get(sig.class).params;
    const instance = new DesignClass(...convertArgs(argumentLists[0], constructorParams));
    const answers = [null];
    for (let i = 1; i < operations.length; i++) {
        const name = operations[i];
        const method = methods.get(name);
        if (method === undefined) throw new Error(`unknown operation ${name}`);
        if (typeof instance[name] !== 'function') {
            throw new TypeError(`${sig.class}.${name} is not a function`);
        }
        const answer = instance[name](...convertArgs(argumentLists[i], method.params));
        answers.push(method.returns === 'void' ? null : codec.toJson(answer, method.returns));
    }
    return answers;
}

function milliseconds(started) {
    return Math.round(Number(hrtime() - started) / 1e3) / 1e3;
}

function memoryKb() {
    return process.resourceUsage().maxRSS;
}

function runTest(number, test, call, limit) {
    const capture = new Capture(limit);
    output.current = capture;
    const started = hrtime();
    let outcome;
    try {
        outcome = { status: 'ok', output: call(test.input), error: null };
    } catch (error) {
        outcome = { status: 'error', output: null, error: describe(error, USER_FILE) };
    }
    const elapsed = milliseconds(started);
    if (capture.overflow) {
        outcome = { status: 'output_limit', output: null, error: 'Output Limit Exceeded' };
    }
    const stdout = capture.overflow ? null : capture.text();
    return { test: number, ...outcome, stdout, time_ms: elapsed, memory_kb: memoryKb() };
}

/** Sends a test's record; an answer JSON cannot carry (NaN, a cycle...) becomes an error. */
function sendResult(channel, record) {
    let text;
    try {
        text = channel.encode(record);
    } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        Object.assign(record, { status: 'error', output: null,
            error: 'the return value cannot be sent as JSON: ' + reason });
        text = channel.encode(record);
    }
    channel.write(text);
}

function runFunctions(job, channel) {
    globalThis.ListNode = codec.ListNode;
    globalThis.TreeNode = codec.TreeNode;
    redirectUserOutput();
    const found = loadUserCode(job, channel);
    if (found === null) return;
    const sig = job.signature;
    let call;
    if (sig.kind === 'design') {
        const DesignClass = found.get(sig.class);
        if (typeof DesignClass !== 'function') {
            channel.send({ event: 'compile_error', message: `${sig.class} is not defined` });
            return;
        }
        call = (args) => callDesign(DesignClass, sig, args);
    } else {
        const target = findFunction(sig, found);
        if (target === null) {
            channel.send({ event: 'compile_error', message: `${sig.function} is not defined` });
            return;
        }
        call = (args) => callFunction(target, sig, args);
    }
    channel.send({ event: 'ready' });
    for (const [index, test] of job.tests.entries()) {
        const record = runTest(index + 1, test, call, job.stdout_limit);
        sendResult(channel, record);
        if (record.status !== 'ok') break;
    }
    channel.send({ event: 'done' });
}

// --------------------------------------------------------------------------------- stdio mode

// The program's stdin, stdout and stderr are files, as in the Python harness: file writes are
// synchronous in Node (a pipe or socket would queue a runaway print loop in memory), and
// `/dev/stdin` can be opened (on spawnSync's socket pairs it fails with ENXIO).
const STDIO_FILES = ['test.in', 'test.out', 'test.err'];

/** The first `limit` bytes of a file as text, and the file's whole size. */
function readHead(file, limit) {
    const fd = fs.openSync(file, 'r');
    try {
        const size = fs.fstatSync(fd).size;
        const buffer = Buffer.alloc(Math.min(size, limit));
        const count = fs.readSync(fd, buffer, 0, buffer.length, 0);
        return { text: buffer.toString('utf8', 0, count), size };
    } finally {
        fs.closeSync(fd);
    }
}

function lastLines(text, count) {
    return text.trim().split('\n').slice(-count).join('\n');
}

function signalStatus(signal) {
    if (signal === 'SIGKILL') return { status: 'memory', error: 'killed (out of memory)' };
    if (signal === 'SIGXFSZ') return { status: 'output_limit', error: 'Output Limit Exceeded' };
    if (signal === 'SIGXCPU') return { status: 'timeout', error: 'Time Limit Exceeded' };
    return { status: 'error', error: `killed by signal ${signal}` };
}

/** How the program ended, as a record's `status` and `error`. */
function programStatus(result, out, err, limit) {
    // Before the timeout: Node ignores SIGXFSZ, so a print loop only ends at the deadline.
    if (out.size > limit || err.size > limit) {
        return { status: 'output_limit', error: 'Output Limit Exceeded' };
    }
    if (result.error && result.error.code === 'ETIMEDOUT') {
        return { status: 'timeout', error: 'Time Limit Exceeded' };
    }
    if (result.error) {
        return { status: 'error', error: 'the program could not run: ' + result.error.message };
    }
    const crashed = result.signal !== null || result.status !== 0;
    if (crashed && err.text.includes(HEAP_OUT_OF_MEMORY)) {
        return { status: 'memory', error: 'JavaScript heap out of memory' };
    }
    if (result.signal !== null) return signalStatus(result.signal);
    if (result.status !== 0) {
        return { status: 'error', error: lastLines(err.text, 5) || `exit code ${result.status}` };
    }
    return { status: 'ok', error: null };
}

function spawnProgram(mainPath, fds, timeLimitMs, limit) {
    return childProcess.spawnSync(
        process.execPath,
        [...process.execArgv, '--require', GUARD_FILE, mainPath],
        {
            cwd: __dirname,
            env: { ...process.env, PYSCAPE_OUTPUT_LIMIT: String(limit) },
            stdio: [...fds, 'pipe'], // fd 3: the guard reports the program's peak memory
            timeout: timeLimitMs + STDIO_START_MS,
            killSignal: 'SIGKILL',
        },
    );
}

/** Runs the program once on the test's stdin; the record's fields but `test`. */
function runProgram(mainPath, test, limit) {
    const [inPath, outPath, errPath] = STDIO_FILES.map((name) => path.join(__dirname, name));
    fs.writeFileSync(inPath, test.input ?? '');
    const fds = [fs.openSync(inPath, 'r'), fs.openSync(outPath, 'w'), fs.openSync(errPath, 'w')];
    const started = hrtime();
    let result;
    try {
        result = spawnProgram(mainPath, fds, test.time_limit_ms, limit);
    } finally {
        fds.forEach((fd) => fs.closeSync(fd));
    }
    const elapsed = milliseconds(started);
    const out = readHead(outPath, limit);
    const err = readHead(errPath, limit);
    // "<peak RSS in KB> <the program's own milliseconds>", the guard's last line at exit. The
    // program shares its process and could write there too: whatever it claims, it never ran
    // longer than the deadline above (its limit + STDIO_START_MS, from the spawn).
    const report = result.output ? String(result.output[STDIO_REPORT_FD] || '') : '';
    const [rss, ownMs] = report.trim().split('\n').pop().split(' ');
    const programMs = Number.isFinite(Number.parseFloat(ownMs)) ? Number(ownMs) : elapsed;
    const outcome = programStatus(result, out, err, limit);
    const limitMs = test.time_limit_ms;
    const overTime = programMs > limitMs;
    if (outcome.status === 'timeout' || (outcome.status === 'ok' && overTime)) {
        Object.assign(outcome, { status: 'timeout', error: 'Time Limit Exceeded' });
    }
    return {
        ...outcome,
        output: out.text,
        stdout: err.text || null,
        time_ms: outcome.status === 'timeout' ? Math.max(programMs, limitMs) : programMs,
        memory_kb: Number(rss) || 0,
    };
}

function runStdio(job, channel) {
    try {
        compileModule(stripHashbang(job.code), MAIN_FILE);
    } catch (error) {
        channel.send({ event: 'compile_error',
            message: compileErrorText(error, MAIN_FILE, lineCount(job.code)) });
        return;
    }
    const mainPath = path.join(__dirname, MAIN_FILE);
    fs.writeFileSync(mainPath, job.code);
    channel.send({ event: 'ready' });
    for (const [index, test] of job.tests.entries()) {
        const record = { test: index + 1, ...runProgram(mainPath, test, job.stdout_limit) };
        channel.send(record);
        if (record.status !== 'ok') break;
    }
    channel.send({ event: 'done' });
}

// -------------------------------------------------------------------------------------- main

function main() {
    const job = readJob();
    quietStdin();
    const channel = new Channel(job.nonce);
    if (job.mode === 'stdio') {
        runStdio(job, channel);
    } else {
        runFunctions(job, channel);
    }
    // Exit now: timers, handles and 'exit' listeners the user left must not keep us alive.
    process.removeAllListeners('exit');
    exitProcess(0);
}

main();
