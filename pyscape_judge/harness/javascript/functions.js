'use strict';
// Function mode: the user's code is loaded once, in this process, as a CommonJS module; each
// test frame calls its function (or drives its design class) and becomes one record.

const EventEmitter = require('events');
const Module = require('module');
const path = require('path');
const { format } = require('util');
const vm = require('vm');

const { fromJson, toJson, answerJson, AnswerTooLong, ListNode, TreeNode } = require('./codec');
const { thrownError, ErrorRules, compileErrorText } = require('./errors');
const { byteLength } = require('./channel');
const { WORK } = require('./work');

const USER_FILE = 'solution.js';
const COMMONJS_PARAMS = ['exports', 'require', 'module', '__filename', '__dirname'];
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

// Taken before the user's code runs, which may replace the originals. The times and memory
// of a record are hints the host never uses; they only have to stay numbers.
const hrtime = process.hrtime.bigint.bind(process.hrtime);
const resourceUsage = process.resourceUsage.bind(process);

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
        this.size += byteLength(text, 'utf8');
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
        console[name] = (...args) => output.current.write(format(...args) + '\n');
    }
}

// ------------------------------------------------------------------------- loading the code

function stripHashbang(code) {
    return code.startsWith('#!') ? '//' + code.slice(2) : code;
}

/** Compiles the code as a CommonJS module body, as Node itself would (same SyntaxErrors). */
function compileModule(code, fileName) {
    return vm.compileFunction(code, COMMONJS_PARAMS, { filename: fileName });
}

function wantedNames(sig) {
    const names = sig.kind === 'design' ? [sig.class] : [sig.function, 'Solution'];
    for (const name of names) {
        if (!IDENTIFIER.test(name)) {
            throw new Error('bad name in the signature: ' + JSON.stringify(name));
        }
    }
    return names;
}

/** The module body, ending by handing back the values of `names` from the module's scope. */
function withLookups(code, names) {
    const lookups = names.map((name) => `typeof ${name} === "undefined" ? undefined : ${name}`);
    return `${code}\n;return [${lookups.join(', ')}];`;
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

// ------------------------------------------------------------------------------ calls

function convertArgs(values, params) {
    return params.map((param, i) => fromJson(values[i], param.type));
}

function callFunction(target, sig, args) {
    const values = convertArgs(args, sig.params);
    const answer = target(values);
    if (sig.output) {
        const index = sig.params.findIndex((param) => param.name === sig.output);
        return toJson(values[index], sig.params[index].type);
    }
    return toJson(answer, sig.returns);
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
        answers.push(method.returns === 'void' ? null : toJson(answer, method.returns));
    }
    return answers;
}

/** `(input) => answer` for the loaded code, or a `compile_error` message. */
function entryPoint(sig, found) {
    if (sig.kind === 'design') {
        const DesignClass = found.get(sig.class);
        if (typeof DesignClass !== 'function') return `${sig.class} is not defined`;
        return (args) => callDesign(DesignClass, sig, args);
    }
    const target = findFunction(sig, found);
    if (target === null) return `${sig.function} is not defined`;
    return (args) => callFunction(target, sig, args);
}

// ------------------------------------------------------------------------------- the tests

class FunctionTests {
    /** The job's code, loaded on `load`; `run` answers one test frame. */
    constructor(job) {
        this.job = job;
        this.code = stripHashbang(job.code);
        this.rules = new ErrorRules(this.code);
        this.call = null;
    }

    /** Loads the user's code and sends `ready` (true), `compile_error` or `load_error`. */
    load(channel) {
        globalThis.ListNode = ListNode;
        globalThis.TreeNode = TreeNode;
        redirectUserOutput();
        const names = wantedNames(this.job.signature);
        let moduleBody;
        try {
            compileModule(this.code, USER_FILE);
            moduleBody = compileModule(withLookups(this.code, names), USER_FILE);
        } catch (error) {
            channel.compileError(compileErrorText(error, USER_FILE, this.rules.lineCount));
            return false;
        }
        output.current = new Capture(this.job.stdout_limit); // prints while loading are dropped
        let values;
        try {
            values = runModule(moduleBody);
        } catch (error) {
            channel.loadError(output.current.overflow
                ? outputLimit(`printed more than ${this.job.stdout_limit} bytes`).error
                : this.rules.clean(thrownError(error, USER_FILE)));
            return false;
        }
        const call = entryPoint(this.job.signature, new Map(names.map((n, i) => [n, values[i]])));
        if (typeof call === 'string') {
            channel.compileError(call);
            return false;
        }
        this.call = call;
        channel.ready();
        return true;
    }

    /** Runs one test frame and sends its record. */
    run(frame, channel) {
        const limit = this.job.stdout_limit;
        const capture = new Capture(limit);
        output.current = capture;
        const started = hrtime();
        let record;
        try {
            record = { status: 'ok', outputJson: answerJson(this.call(frame.input), limit),
                error: null };
        } catch (error) {
            record = error instanceof AnswerTooLong
                ? outputLimit('the answer is longer than the output limit')
                : { status: 'error', outputJson: 'null',
                    error: this.rules.clean(thrownError(error, USER_FILE)) };
        }
        const timeMs = Number((hrtime() - started) / 1000n) / 1000;
        if (capture.overflow) record = outputLimit(`printed more than ${limit} bytes`);
        channel.test({
            test: frame.test, ...record, stdout: capture.overflow ? null : capture.text(),
            timeMs, memoryKb: resourceUsage().maxRSS,
        });
    }
}

/** Runs the compiled module body as Node would run solution.js; its lookups' values. */
function runModule(moduleBody) {
    const filename = path.join(WORK, USER_FILE);
    const userModule = { exports: {}, filename, id: '.' };
    const userRequire = Module.createRequire(filename);
    return moduleBody.call(userModule.exports, userModule.exports, userRequire, userModule,
        filename, WORK);
}

/** A test's record fields when it wrote past the output limit. */
function outputLimit(message) {
    return { status: 'output_limit', outputJson: 'null',
        error: { type: 'OutputLimitExceeded', message, line: null } };
}

module.exports = { FunctionTests, stripHashbang, compileModule };
