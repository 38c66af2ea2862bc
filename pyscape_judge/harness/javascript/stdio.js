'use strict';
// Stdio mode: the user's program is main.js, run by a new Node process per test (with
// stdio_guard.js preloaded) on the test's input. The child gets its three files and nothing
// else: not the record channel (fd 1 here), not the host's frames. What it ran for and how
// much memory it took, the host reads from the sandbox's cgroup; the child only ever tells the
// harness one thing, the uncaught error that ended it, in a file that the harness cleans.

const childProcess = require('child_process');
const fs = require('fs');
const path = require('path');

const { ErrorRules, compileErrorText } = require('./errors');
const { stripHashbang, compileModule } = require('./functions');
const { WORK } = require('./work');

const MAIN_FILE = 'main.js';
const GUARD = path.join(__dirname, 'stdio_guard.js');
// LeetCode's globals, preloaded into every program before the guard (its start-up).
const GLOBALS = path.join(__dirname, 'globals.js');
// Where the guard writes the uncaught error that ended the program.
const ERROR_FILE = path.join(WORK, 'test.error.json');
const HEAP_OUT_OF_MEMORY = 'JavaScript heap out of memory';
const ERROR_FILE_LIMIT = 64 * 1024;
// The program's stdin, stdout and stderr are files, as in the Python harness: file writes are
// synchronous in Node (a pipe or socket would queue a runaway print loop in memory), and
// `/dev/stdin` can be opened (on spawnSync's socket pairs it fails with ENXIO).
const STDIO_FILES = ['test.in', 'test.out', 'test.err'].map((name) => path.join(WORK, name));

const hrtime = process.hrtime.bigint.bind(process.hrtime);

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

/** The raw Error the guard left (see stdio_guard.js), or null. */
function guardError() {
    try {
        const raw = JSON.parse(readHead(ERROR_FILE, ERROR_FILE_LIMIT).text);
        return typeof raw === 'object' && raw !== null ? raw : null;
    } catch {
        return null; // no uncaught error, or a file the program spoilt
    }
}

function plainError(type, message) {
    return { type, message, line: null };
}

/** How the program ended, as a record's `status` and `error`. */
function programStatus(result, out, err, limit, rules) {
    // Node ignores SIGXFSZ: a print loop ends at the guard's check or at a failed write.
    if (out.size > limit || err.size > limit) {
        return { status: 'output_limit', error: plainError('OutputLimitExceeded',
            `printed more than ${limit} bytes`) };
    }
    if (result.error && result.error.code === 'ETIMEDOUT') {
        return { status: 'error', error: plainError('WallClockTimeout',
            'the program ran past its wall-clock backstop (sleeping, or blocked)') };
    }
    if (result.error) {
        return { status: 'error', error: plainError('SpawnError', result.error.message) };
    }
    const crashed = result.signal !== null || result.status !== 0;
    if (crashed && err.text.includes(HEAP_OUT_OF_MEMORY)) {
        return { status: 'memory', error: plainError('OutOfMemoryError', HEAP_OUT_OF_MEMORY) };
    }
    if (result.signal === 'SIGKILL') {
        return { status: 'memory', error: plainError('SIGKILL', 'killed (out of memory)') };
    }
    if (result.signal !== null) {
        return { status: 'error', error: plainError(result.signal, `killed by ${result.signal}`) };
    }
    if (result.status !== 0) {
        const raw = guardError();
        const error = raw !== null ? rules.clean(raw)
            : plainError('NonZeroExitCode', `exit code ${result.status}`);
        return { status: 'error', error };
    }
    return { status: 'ok', error: null };
}

class StdioTests {
    /** The job's program, written to main.js on `load`; `run` runs it on one test frame. */
    constructor(job) {
        this.job = job;
        this.rules = new ErrorRules(stripHashbang(job.code));
        this.mainPath = path.join(WORK, MAIN_FILE);
    }

    /** Checks the program's syntax and sends `ready` (true) or `compile_error`. */
    load(channel) {
        try {
            compileModule(stripHashbang(this.job.code), MAIN_FILE);
        } catch (error) {
            channel.compileError(compileErrorText(error, MAIN_FILE, this.rules.lineCount));
            return false;
        }
        fs.writeFileSync(this.mainPath, this.job.code);
        channel.ready();
        return true;
    }

    /** Runs the program once on the frame's stdin and sends the test's record. */
    run(frame, channel) {
        const limit = this.job.stdout_limit;
        const [inPath, outPath, errPath] = STDIO_FILES;
        fs.writeFileSync(inPath, frame.input ?? '');
        fs.rmSync(ERROR_FILE, { force: true });
        const fds = [fs.openSync(inPath, 'r'), fs.openSync(outPath, 'w'), fs.openSync(errPath, 'w')];
        const started = hrtime();
        let result;
        try {
            result = this.spawn(fds, frame.wall_ms);
        } finally {
            fds.forEach((fd) => fs.closeSync(fd));
        }
        const timeMs = Number((hrtime() - started) / 1000n) / 1000;
        const out = readHead(outPath, limit);
        const err = readHead(errPath, limit);
        const { status, error } = programStatus(result, out, err, limit, this.rules);
        channel.test({
            test: frame.test, status, error, timeMs, memoryKb: null,
            outputJson: status === 'ok' ? JSON.stringify(out.text.toWellFormed()) : 'null',
            stdout: err.text || null,
        });
    }

    /** The program's run; a watchdog at the frame's `wall_ms`, the host's own backstop. */
    spawn(fds, wallMs) {
        return childProcess.spawnSync(
            process.execPath,
            [...process.execArgv, '--require', GLOBALS, '--require', GUARD, this.mainPath],
            {
                cwd: WORK,
                env: {
                    ...process.env,
                    PYSCAPE_OUTPUT_LIMIT: String(this.job.stdout_limit),
                    PYSCAPE_ERROR_FILE: ERROR_FILE,
                },
                stdio: fds,
                timeout: wallMs,
                killSignal: 'SIGKILL',
            },
        );
    }
}

module.exports = { StdioTests };
