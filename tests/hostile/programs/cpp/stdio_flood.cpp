// A program that prints forever to stdout (a file in the sandbox): the file-size limit.
#include <cstdio>

int main() {
    static char line[65536];
    memset(line, 'x', sizeof line - 1);
    for (;;) puts(line);
}
