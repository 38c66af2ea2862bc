'use strict';
// Builds the V8 startup snapshot of the warm compiler, once, when the image is built
// (sandbox_images/typescript/setup.sh: `node --snapshot-blob ... --build-snapshot snapshot.js`):
// TypeScript loaded, the declarations parsed and bound by a check of the warm-up program, all
// in the heap the snapshot keeps. A sandbox's `start` then runs `node --snapshot-blob`, which
// deserializes that heap (about 0.4 s of CPU instead of 2 s; 0.26 s of it the parsed
// declarations, mostly Node's types) and goes on with tsc.js's main: `primed`, the submission.
// No second warm-up there: V8 keeps no optimized code in a snapshot, but one more check of
// the warm-up program (50 ms of CPU per sandbox) only took 10 ms off the first compile.
//
// A snapshot's entry script may only require Node's built-in modules: typescript.js and
// tsc.js are loaded here as CommonJS functions whose `require` serves the built-ins.

const fs = require('fs');
const path = require('path');
const v8 = require('v8');

const NODE_MODULES = '/opt/pyscape/node_modules';

/** A CommonJS file's exports; its `require` of a relative path loads the file the same way. */
function load(file) {
    const module = { exports: {} };
    const body = new Function('exports', 'require', 'module', '__filename', '__dirname',
        fs.readFileSync(file, 'utf8'));
    const requireHere = (id) => (id.startsWith('.') ? load(path.resolve(path.dirname(file), id))
        : require(id));
    body(module.exports, requireHere, module, file, path.dirname(file));
    return module.exports;
}

const ts = load(path.join(NODE_MODULES, 'typescript', 'lib', 'typescript.js'));
const { createCompiler, main } = load(path.join(__dirname, 'tsc.js'));
const compiler = createCompiler(ts, NODE_MODULES,
    fs.readFileSync(path.join(__dirname, 'leetcode.d.ts'), 'utf8'));
compiler.warmUp();

v8.startupSnapshot.setDeserializeMainFunction(() => {
    process.exitCode = main(compiler);
});
