// Memory bomb: 32 MB buffers, touched, until the sandbox's memory limit kills Node.
var add = function (a, b) {
    const hog = [];
    for (;;) hog.push(Buffer.alloc(1 << 25, 1));
};
