// Sleeps forever: blocks the thread on an atomic wait that nobody ends.
var add = function (a, b) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
    return a + b;
};
