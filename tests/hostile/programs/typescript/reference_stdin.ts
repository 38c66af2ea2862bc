/// <reference path="/dev/stdin" />
/// <reference path="/proc/self/fd/0" />
// Asks the compiler to read its stdin (the host's frames, if it could) and a device: the
// compiler reads /dev/null as its stdin and only source files: compile_error (file not
// found), and nothing waits for a frame that will not come.
import '/dev/zero';

function add(a: number, b: number): number {
    return a + b;
}
