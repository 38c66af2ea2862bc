// A program that closes stdout and stderr, then prints its answer into the void.
#include <cstdio>
#include <unistd.h>

int main() {
    int a = 0, b = 0;
    scanf("%d %d", &a, &b);
    close(1);
    close(2);
    printf("%d\n", a + b);
}
