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

const n = nextInt();
// tails[L] = the smallest possible last element of a strictly increasing subsequence of
// length L + 1 seen so far (strictly increasing, so binary search finds each slot).
const tails = new Int32Array(n);
let len = 0;
for (let k = 0; k < n; k++) {
    const x = nextInt();
    let lo = 0, hi = len; // first index with tails[i] >= x
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (tails[mid] < x) lo = mid + 1;
        else hi = mid;
    }
    tails[lo] = x;
    if (lo === len) len++;
}
process.stdout.write(len + '\n');
