'use strict';
// PyScape's TypeScript compiler, warm: started by the prime's `start`, it loads the compiler
// and parses the declaration files every submission needs (the ES libraries, Node's types,
// LeetCode's globals in leetcode.d.ts) and checks a small warm-up program, all before the
// submission exists; then, once the runner `start` runs beside it has loaded the JavaScript
// harness (it says so on fd 7), it says `primed`, reads the submission frame (a tar, fd 0),
// type-checks solution.ts against the declarations it keeps (one CompilerHost, the same
// SourceFile objects, already bound) and emits solution.js (with an inline source map: the
// harness maps stack lines back to the user's). It exits 0 when solution.js is there (compiled,
// or sent back by the host's cache), or writes a `compile_error` record and exits 1: `start`
// says `compiled` once this process and its heap are gone, so the compiler's memory never
// counts against the program's. Protocol: docs/harness-protocol.md.

const childProcess = require('child_process');
const fs = require('fs');
const path = require('path');

const LIBRARY_DIR = '/opt/pyscape/node_modules';
const USER_FILE = 'solution.ts';
/** Where the compiler sees the user's file, whatever the work directory: the warm-up was
 * checked at the same path, so a submission's program reuses the warm-up's structure (at
 * another path, the first compile took 0.1 s more CPU). The sandbox's work directory. */
const USER_PATH = path.join('/tmp/w', USER_FILE);
const EMITTED_FILE = 'solution.js';
/** Written when this process compiled (start then sends solution.js to the host's cache). */
const FRESH_FILE = 'compiled.new';
const PRIMED_NONCE = 'pyscape-primed';
/** Where the runner (ts_run.js, which `start` runs beside this compiler) says `loaded` once
 * the harness is loaded: `primed` waits for it. */
const RUNNER_FD = 7;
const MAX_HEADER = 20;
const MAX_ERRORS = 50;

/** The compiler and the folder holding it, @types/ and LeetCode's libraries: the image's,
 * else Node's own search (a development checkout). */
function loadTypeScript() {
    for (const request of [path.join(LIBRARY_DIR, 'typescript'), 'typescript']) {
        try {
            const main = require.resolve(request);
            return [require(main), path.dirname(require.resolve(`${request}/package.json`))];
        } catch (error) {
            if (error.code !== 'MODULE_NOT_FOUND') throw error;
        }
    }
    throw new Error('typescript is not installed (see sandbox_images/typescript/npm)');
}

/**
 * The warm compiler: `compile(code)` type-checks and emits the user's solution.ts
 * against the declarations it keeps. `ts` is the TypeScript module, `nodeModules` the folder
 * holding it, @types/ and LeetCode's libraries, `globalsText` leetcode.d.ts.
 */
function createCompiler(ts, nodeModules, globalsText) {
    /** LeetCode's globals, as a file next to the libraries so that their imports resolve. */
    const globalsPath = path.join(path.dirname(nodeModules), 'pyscape-leetcode.d.ts');
    /** LeetCode's: TypeScript 5 with --alwaysStrict --strictBindCallApply
     * --strictFunctionTypes --target ES2022; the file is a module of its own (its names
     * shadow the globals). */
    const options = {
        target: ts.ScriptTarget.ES2022,
        lib: ['lib.es2023.d.ts'],
        module: ts.ModuleKind.CommonJS,
        moduleResolution: ts.ModuleResolutionKind.Node10,
        moduleDetection: ts.ModuleDetectionKind.Force,
        esModuleInterop: true,
        types: ['node'],
        typeRoots: [path.join(nodeModules, '@types')],
        alwaysStrict: true,
        strictBindCallApply: true,
        strictFunctionTypes: true,
        skipLibCheck: true,
        noEmitOnError: true,
        inlineSourceMap: true,
        newLine: ts.NewLineKind.LineFeed,
    };

    /** Every SourceFile but the user's, parsed (and bound by the first checker) once. */
    const sourceFiles = new Map();
    /** The user's code, which getSourceFile parses at USER_PATH with the program's options. */
    let userCode = '';
    const emitted = new Map();
    let previous;

    const host = ts.createCompilerHost(options, true);
    // As tsc does (5.3+): JSDoc is parsed only where it can make a type error (JavaScript
    // files), so Node's types keep no doc comments (5 MB less heap for the snapshot).
    host.jsDocParsingMode = ts.JSDocParsingMode.ParseForTypeErrors;
    const readSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (fileName, languageVersion, onError) => {
        if (fileName === USER_PATH) {
            return ts.createSourceFile(fileName, userCode, languageVersion, true);
        }
        let file = sourceFiles.get(fileName);
        if (file === undefined) {
            file = fileName === globalsPath
                ? ts.createSourceFile(fileName, globalsText, languageVersion, true)
                : readSourceFile(fileName, languageVersion, onError);
            sourceFiles.set(fileName, file);
        }
        return file;
    };
    host.writeFile = (fileName, text) => emitted.set(path.basename(fileName), text);

    /** `solution.ts:3:5 - error TS2322: Type 'string' is not assignable to type 'number'.` */
    function describe(diagnostic) {
        const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n  ');
        const words = `error TS${diagnostic.code}: ${text}`;
        if (diagnostic.file === undefined || diagnostic.start === undefined) return words;
        const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(
            diagnostic.start);
        const name = diagnostic.file.fileName === USER_PATH ? USER_FILE
            : path.basename(diagnostic.file.fileName);
        return `${name}:${line + 1}:${character + 1} - ${words}`;
    }

    /** The user's file checked and emitted: `{ errors }` (tsc's words) or `{ js }`. */
    function compile(code) {
        userCode = code;
        const program = ts.createProgram({
            rootNames: [globalsPath, USER_PATH], options, host, oldProgram: previous,
        });
        previous = program;
        const file = program.getSourceFile(USER_PATH);
        let diagnostics = program.getSyntacticDiagnostics(file);
        if (diagnostics.length === 0) {
            diagnostics = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics(),
                ...program.getSemanticDiagnostics(file)];
        }
        const errors = diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);
        if (errors.length > 0) return { errors: errors.map(describe) };
        emitted.clear();
        const result = program.emit(file);
        const js = emitted.get(EMITTED_FILE);
        if (result.emitSkipped || js === undefined) {
            return { errors: result.diagnostics.map(describe).concat('the emit failed') };
        }
        return { js };
    }

    /** The warm-up program checked and emitted: the declarations parsed and bound, the
     * checker's and the emitter's code compiled by V8. */
    function warmUp() {
        const result = compile(WARM_UP);
        if (result.errors) {
            throw new Error('the warm-up did not compile:\n' + result.errors.join('\n'));
        }
    }

    return { compile, warmUp, options };
}

// ---------------------------------------------------------------------------- frames

function readInto(fd, buffer) {
    let filled = 0;
    while (filled < buffer.length) {
        let count;
        try {
            count = fs.readSync(fd, buffer, filled, buffer.length - filled, null);
        } catch (error) {
            if (error.code !== 'EAGAIN') throw error;
            Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
            continue;
        }
        if (count === 0) throw new Error('the host closed stdin inside a frame');
        filled += count;
    }
}

/** The next frame's bytes (`<length>\n<bytes>`), read to its last byte and no further. */
function readFrame(fd) {
    const byte = Buffer.alloc(1);
    let header = '';
    for (;;) {
        readInto(fd, byte);
        if (byte[0] === 0x0a) break;
        header += byte.toString('latin1');
        if (header.length > MAX_HEADER) throw new Error('bad frame header');
    }
    const size = Number(header);
    if (header === '' || !Number.isSafeInteger(size) || size < 0) {
        throw new Error('bad frame header: ' + JSON.stringify(header));
    }
    const data = Buffer.alloc(size);
    readInto(fd, data);
    return data;
}

function writeRecord(nonce, json) {
    fs.writeSync(1, `\n${nonce} ${json}\n`);
}

// ------------------------------------------------------------------------------ main

/** A program like the submissions, checked and emitted before `primed`: the checker's and the
 * emitter's code is compiled by V8 and the declarations are bound before any submission. */
const WARM_UP = `
class Solution { seen = new Map<number, number>(); }
function warmUp(nums: number[], head: ListNode | null, root: TreeNode | null): number[] {
    const queue = new MinPriorityQueue<number>();
    const deque = new Deque<string>([]);
    const counts: Record<string, number> = {};
    let best = -Infinity;
    for (const [i, x] of nums.entries()) {
        queue.enqueue(x);
        deque.pushBack(String(i));
        counts[x] = (counts[x] ?? 0) + 1;
        best = Math.max(best, x);
    }
    while (head !== null) head = head.next;
    const sorted = [...nums].sort((a, b) => a - b).map((x) => x * 2).filter(Boolean);
    console.log(_.sum(sorted), root?.left?.val, new Queue<number>().size(), best, counts);
    return sorted.slice(0, new Set(nums).size).concat(Array.from({ length: 2 }, () => 0));
}
`;

/** Waits for the runner's `loaded`: an end of file instead is a runner that failed. */
function awaitRunner() {
    const word = Buffer.alloc(6);
    let filled = 0;
    while (filled < word.length) {
        const count = fs.readSync(RUNNER_FD, word, filled, word.length - filled, null);
        if (count === 0) throw new Error('the runner (ts_run.js) ended as it loaded');
        filled += count;
    }
    fs.closeSync(RUNNER_FD);
}

/** The prime's work, then the submission's: the exit status (0: solution.js is there). */
function main(compiler) {
    const work = process.cwd();
    awaitRunner();
    fs.writeSync(1, `\n${PRIMED_NONCE} {"event":"primed"}\n`);
    const archive = readFrame(0);
    // The compiler reads /dev/null as its stdin, never the host's frames.
    fs.closeSync(0);
    if (fs.openSync('/dev/null', 'r') !== 0) throw new Error('could not put /dev/null on fd 0');
    const unpacked = childProcess.spawnSync('tar', ['-xf', '-'], { input: archive, cwd: work });
    if (unpacked.status !== 0) throw new Error('the submission frame is not a tar archive');
    const nonce = fs.readFileSync(path.join(work, 'nonce'), 'utf8');
    if (fs.existsSync(path.join(work, EMITTED_FILE))) return 0; // the host's cache
    let result;
    try {
        result = compiler.compile(fs.readFileSync(path.join(work, USER_FILE), 'utf8'));
    } catch (error) {
        // The checker's own recursion on a pathological program (a stack overflow), say.
        result = { errors: [`the compiler failed: ${error}`] };
    }
    if (result.errors) {
        const shown = result.errors.slice(0, MAX_ERRORS);
        if (result.errors.length > MAX_ERRORS) shown.push(`... ${result.errors.length} errors`);
        writeRecord(nonce, `{"event":"compile_error","message":${JSON.stringify(
            shown.join('\n').toWellFormed())}}`);
        return 1;
    }
    fs.writeFileSync(path.join(work, EMITTED_FILE), result.js);
    fs.writeFileSync(path.join(work, FRESH_FILE), '');
    return 0;
}

if (require.main === module) {
    const [ts, typescriptDir] = loadTypeScript();
    const globals = fs.readFileSync(path.join(__dirname, 'leetcode.d.ts'), 'utf8');
    const compiler = createCompiler(ts, path.dirname(typescriptDir), globals);
    compiler.warmUp();
    process.exitCode = main(compiler);
}

module.exports = { createCompiler, main };
