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

const n = nextInt(), t = nextInt();
const k = new Float64Array(n);
let fastest = Infinity;
for (let i = 0; i < n; i++) {
    k[i] = nextInt();
    fastest = Math.min(fastest, k[i]);
}
// Can the machines finish t widgets within `time` seconds? The sum stops as soon as it
// reaches t, so it stays far below 2^53; time <= 10^15 < 2^53 keeps every quotient exact.
function enough(time) {
    let built = 0;
    for (let i = 0; i < n; i++) {
        built += Math.floor(time / k[i]);
        if (built >= t) return true;
    }
    return false;
}
// Binary search on the time; the fastest machine alone is done by fastest * t.
let lo = 0, hi = fastest * t; // not enough(lo), enough(hi)
while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (enough(mid)) hi = mid;
    else lo = mid;
}
process.stdout.write(hi + '\n');
