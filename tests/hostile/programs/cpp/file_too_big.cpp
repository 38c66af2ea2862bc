// Writes one file larger than the file-size limit with write(2): SIGXFSZ.
#include <fcntl.h>
#include <unistd.h>

class Solution {
public:
    int add(int a, int b) {
        static char block[1 << 20];
        int fd = open("/tmp/big", O_WRONLY | O_CREAT | O_TRUNC, 0600);
        for (int i = 0; i < 64; ++i) {
            if (write(fd, block, sizeof block) < 0) throw runtime_error(strerror(errno));
        }
        return a + b;
    }
};
