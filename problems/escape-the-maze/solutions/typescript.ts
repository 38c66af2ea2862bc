const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const [n, m] = lines[0].trim().split(/\s+/).map(Number);
// Flatten the grid with a border of walls around it, so neighbours never leave it.
const w = m + 2;
const open = new Uint8Array((n + 2) * w);
let start = -1, goal = -1;
for (let r = 0; r < n; r++) {
    const row = lines[1 + r];
    for (let c = 0; c < m; c++) {
        const ch = row.charCodeAt(c);
        const cell = (r + 1) * w + c + 1;
        if (ch !== 35) open[cell] = 1; // '#'
        if (ch === 83) start = cell; // 'S'
        else if (ch === 69) goal = cell; // 'E'
    }
}
const dist = new Int32Array(open.length).fill(-1);
const queue = new Int32Array(open.length);
let head = 0, tail = 0;
queue[tail++] = start;
dist[start] = 0;
while (head < tail) {
    const cell = queue[head++];
    if (cell === goal) break;
    for (const nb of [cell - 1, cell + 1, cell - w, cell + w]) {
        if (open[nb] && dist[nb] < 0) {
            dist[nb] = dist[cell] + 1;
            queue[tail++] = nb;
        }
    }
}
process.stdout.write(dist[goal] + '\n');
