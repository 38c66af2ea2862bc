const data = require('fs').readFileSync(0, 'utf8');
let pos = 0;
function nextInt() {
    while (data.charCodeAt(pos) <= 32) pos++;
    let x = 0;
    let c = data.charCodeAt(pos);
    while (c >= 48 && c <= 57) {
        x = x * 10 + (c - 48);
        c = data.charCodeAt(++pos);
    }
    return x;
}

const n = nextInt(), x = nextInt();
const w = new Float64Array(n); // typed array: numeric sort
for (let i = 0; i < n; i++) w[i] = nextInt();
w.sort();
// The heaviest person left takes the lightest one along whenever they fit together.
let lo = 0, hi = n - 1, canoes = 0;
while (lo <= hi) {
    if (lo < hi && w[lo] + w[hi] <= x) lo++;
    hi--;
    canoes++;
}
process.stdout.write(canoes + '\n');
