// verdict: wrong_answer
// Sorts, then pairs each person with the next one in sorted order when they fit: that wastes
// light people on each other ([1,2,3,4] with x = 5 gives 3 canoes instead of 2).
const t = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
const n = t[0], x = t[1];
const w = t.slice(2, 2 + n).sort((a, b) => a - b);
let canoes = 0;
for (let i = 0; i < n; ) {
    if (i + 1 < n && w[i] + w[i + 1] <= x) i += 2;
    else i += 1;
    canoes++;
}
console.log(canoes);
