// Looks for the host's secrets: the judge process's environment (a canary the test puts there),
// /proc of other processes, and the Docker socket. Returns how many it reached (must be 0).
import * as fs from 'fs';

function readable(file: string): string {
    try {
        return fs.readFileSync(file, 'latin1');
    } catch (error) {
        return '';
    }
}

function add(a: number, b: number): number {
    let found = 'PYSCAPE_HOSTILE_CANARY' in process.env ? 1 : 0;
    for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
        const seen = readable(`/proc/${pid}/environ`) + readable(`/proc/${pid}/cmdline`);
        if (seen.includes('PYSCAPE_HOSTILE_CANARY')) found += 1;
        if (/pytest|dockerd|containerd|systemd/.test(seen)) found += 1;
    }
    for (const sock of ['/var/run/docker.sock', '/run/docker.sock']) {
        if (fs.existsSync(sock)) found += 1;
    }
    return found;
}
