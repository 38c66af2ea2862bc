// Closes stdout (the record channel) and stderr under the harness's feet.
const fs = require('fs');

var add = function (a, b) {
    fs.closeSync(1);
    fs.closeSync(2);
    return a + b;
};
