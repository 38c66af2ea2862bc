// Memory bomb on V8's own heap: arrays of 8 million numbers, until the sandbox or V8 gives up.
var add = function (a, b) {
    const hog = [];
    for (;;) hog.push(new Array(1 << 23).fill(1.5));
};
