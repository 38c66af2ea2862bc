// Endless loop in the first test.
var add = function (a, b) {
    for (;;) {}
};
