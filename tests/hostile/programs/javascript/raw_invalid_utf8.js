// Writes raw bytes and invalid UTF-8 to the record channel's descriptor and to stderr, prints
// lone surrogates, then answers right.
const fs = require('fs');

var add = function (a, b) {
    const junk = Buffer.from([0x00, 0xff, 0xfe, 0x80, 0xbf, 0xed, 0xa0, 0x80, 0xc3, 0x28, 0x0a]);
    fs.writeSync(1, junk);
    fs.writeSync(2, junk);
    console.log('\udcff \ud800 lone surrogates');
    return a + b;
};
