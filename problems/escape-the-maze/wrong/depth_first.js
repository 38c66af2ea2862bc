// verdict: wrong_answer
// Explores the maze depth first and reports the depth at which it first meets E: that finds
// a route, but not necessarily a shortest one (in an open field it wanders down first).
const lines = require('fs').readFileSync(0, 'utf8').split('\n');
const [n, m] = lines[0].trim().split(/\s+/).map(Number);
const w = m + 2;
const open = new Uint8Array((n + 2) * w);
let start = -1, goal = -1;
for (let r = 0; r < n; r++) {
    for (let c = 0; c < m; c++) {
        const ch = lines[1 + r][c];
        const cell = (r + 1) * w + c + 1;
        if (ch !== '#') open[cell] = 1;
        if (ch === 'S') start = cell;
        if (ch === 'E') goal = cell;
    }
}
const depth = new Int32Array(open.length).fill(-1);
const stack = [start];
depth[start] = 0;
let answer = -1;
while (stack.length > 0) {
    const cell = stack.pop();
    if (cell === goal) { answer = depth[cell]; break; }
    for (const nb of [cell - 1, cell + 1, cell - w, cell + w]) {
        if (open[nb] && depth[nb] < 0) {
            depth[nb] = depth[cell] + 1;
            stack.push(nb);
        }
    }
}
console.log(answer);
