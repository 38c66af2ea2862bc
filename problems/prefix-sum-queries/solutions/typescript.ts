const data = require('fs').readFileSync(0, 'utf8');
let pos = 0;
function nextInt() {
    while (data.charCodeAt(pos) <= 32) pos++;
    let neg = false;
    if (data.charCodeAt(pos) === 45) { neg = true; pos++; }
    let x = 0;
    let c = data.charCodeAt(pos);
    while (c >= 48 && c <= 57) {
        x = x * 10 + (c - 48);
        c = data.charCodeAt(++pos);
    }
    return neg ? -x : x;
}

const n = nextInt(), q = nextInt();
// |prefix sums| <= 2 * 10^14 < 2^53, so plain numbers are exact.
const prefix = new Float64Array(n + 1);
for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i] + nextInt();
const out = new Array(q);
for (let k = 0; k < q; k++) {
    const l = nextInt(), r = nextInt();
    out[k] = prefix[r] - prefix[l - 1];
}
process.stdout.write(out.join('\n') + '\n');
