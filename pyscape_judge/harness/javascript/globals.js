'use strict';
// LeetCode's JavaScript globals, defined before the user's code runs, no `require` needed:
// `_` (lodash), `PriorityQueue`, `MinPriorityQueue`, `MaxPriorityQueue`
// (@datastructures-js/priority-queue), `Queue` (@datastructures-js/queue) and `Deque`
// (@datastructures-js/deque). The image holds them at LIBRARY_DIR, at the versions of
// sandbox_images/javascript/npm. Loaded in function mode by run.js before the job is read (a
// warm sandbox pays for it before any submission), and preloaded (`node --require`) into
// every stdio program before the guard, so its load time is the program's start-up, not its run.
//
// Each is a plain writable global: the user's own `class Queue {}` or `const _ = ...` shadows
// it, as on LeetCode. A library missing here (the local backend, off the image) is left out.

const path = require('path');

const LIBRARY_DIR = '/opt/pyscape/node_modules';

/** Global names -> [package, export] (`null`: the module itself). */
const GLOBALS = {
    _: ['lodash', null],
    PriorityQueue: ['@datastructures-js/priority-queue', 'PriorityQueue'],
    MinPriorityQueue: ['@datastructures-js/priority-queue', 'MinPriorityQueue'],
    MaxPriorityQueue: ['@datastructures-js/priority-queue', 'MaxPriorityQueue'],
    Queue: ['@datastructures-js/queue', 'Queue'],
    Deque: ['@datastructures-js/deque', 'Deque'],
};

/** The package from the image's library folder, else from Node's own search; null if absent. */
function load(name) {
    for (const request of [path.join(LIBRARY_DIR, name), name]) {
        try {
            return require(request);
        } catch (error) {
            if (error.code !== 'MODULE_NOT_FOUND' || !String(error.message).includes(request)) {
                throw error;
            }
        }
    }
    return null;
}

function defineGlobals() {
    const modules = new Map();
    for (const [global, [name, exported]] of Object.entries(GLOBALS)) {
        if (!modules.has(name)) modules.set(name, load(name));
        const module = modules.get(name);
        if (module === null) continue;
        const value = exported === null ? module : module[exported];
        Object.defineProperty(globalThis, global,
            { value, writable: true, configurable: true, enumerable: false });
    }
}

// In the image, Node starts from a snapshot (snapshot.js) that already ran this file: it left a
// mark, which is taken away here before any user code exists.
const SNAPSHOT_MARK = Symbol.for('pyscape.globals');
if (Object.prototype.hasOwnProperty.call(globalThis, SNAPSHOT_MARK)) {
    delete globalThis[SNAPSHOT_MARK];
} else {
    defineGlobals();
}

module.exports = { GLOBALS, LIBRARY_DIR };
