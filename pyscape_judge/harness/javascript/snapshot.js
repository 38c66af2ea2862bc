'use strict';
// The entry of the image's V8 startup snapshot (sandbox_images/javascript/setup.sh builds it
// with `node --snapshot-blob /opt/pyscape/globals.blob --build-snapshot` from the image's copy
// of this folder). The snapshot holds Node's own bootstrap and LeetCode's globals (globals.js
// and the libraries it loads): a sandbox's Node deserializes them instead of running the
// bootstrap and compiling lodash each time (Node's built-in snapshot holds only its bootstrap).
// Each sandbox still gets its own copy, from the image's read-only file: nothing is shared.
//
// A snapshot's entry can only `require` Node's built-in modules, so the few files globals.js
// loads (itself, lodash, @datastructures-js) are loaded here the way Node's CommonJS loader
// does it: a file, `<dir>/index.js`, a package's `main`, and bare names from the nearest
// node_modules folders up the tree.

const fs = require('fs');
const path = require('path');
const vm = require('vm');

const cache = new Map();

/** Node's built-in module `request`, or null (the entry's own `require` has only those). */
function builtin(request) {
    if (request.startsWith('.') || path.isAbsolute(request)) return null;
    try {
        return require(request);
    } catch {
        return null;
    }
}

function asFile(candidate) {
    for (const file of [candidate, `${candidate}.js`, `${candidate}.json`]) {
        if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
    }
    if (fs.existsSync(candidate) && fs.statSync(candidate).isDirectory()) {
        const manifest = path.join(candidate, 'package.json');
        if (fs.existsSync(manifest)) {
            const main = JSON.parse(fs.readFileSync(manifest, 'utf8')).main;
            if (main) {
                const found = asFile(path.resolve(candidate, main));
                if (found) return found;
            }
        }
        return asFile(path.join(candidate, 'index'));
    }
    return null;
}

function resolve(request, fromDir) {
    if (request.startsWith('./') || request.startsWith('../') || path.isAbsolute(request)) {
        const found = asFile(path.resolve(fromDir, request));
        if (found) return found;
    } else {
        for (let dir = fromDir; ; dir = path.dirname(dir)) {
            const found = asFile(path.join(dir, 'node_modules', request));
            if (found) return found;
            if (dir === path.dirname(dir)) break;
        }
    }
    const error = new Error(`Cannot find module '${request}'`);
    error.code = 'MODULE_NOT_FOUND';
    throw error;
}

function load(request, fromDir) {
    const native = builtin(request);
    if (native !== null) return native;
    const file = resolve(request, fromDir);
    if (cache.has(file)) return cache.get(file).exports;
    const module = { exports: {}, filename: file, id: file, loaded: false };
    cache.set(file, module);
    const source = fs.readFileSync(file, 'utf8');
    if (file.endsWith('.json')) {
        module.exports = JSON.parse(source);
    } else {
        const dir = path.dirname(file);
        const localRequire = (name) => load(name, dir);
        module.require = localRequire;
        const wrapper = vm.compileFunction(
            source, ['exports', 'require', 'module', '__filename', '__dirname'],
            { filename: file });
        wrapper.call(module.exports, module.exports, localRequire, module, file, dir);
    }
    module.loaded = true;
    return module.exports;
}

load('./globals.js', __dirname);
// globals.js, loaded again by run.js or preloaded into a stdio program, sees the mark, takes
// it away and leaves the globals as the snapshot made them.
Object.defineProperty(globalThis, Symbol.for('pyscape.globals'),
    { value: true, writable: false, configurable: true, enumerable: false });
