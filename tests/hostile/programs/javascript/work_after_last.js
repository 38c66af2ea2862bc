// Answers every test right, having left work behind while it loaded: a timer, a worker thread
// spinning forever and a detached child process spinning forever, all still at it after the
// last result.
const { spawn } = require('child_process');
const { Worker } = require('worker_threads');

setInterval(() => {}, 10);
new Worker('for (;;) {}', { eval: true });
spawn(process.execPath, ['-e', 'for (;;) {}'], { detached: true, stdio: 'ignore' });

var add = function (a, b) {
    return a + b;
};
