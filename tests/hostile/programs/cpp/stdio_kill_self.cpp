// A program that ends itself with SIGKILL, the signal of the OOM killer: the harness reports a
// killed program as out of memory, and the host, whose cgroup counted no OOM kill, says it was not.
#include <csignal>
#include <unistd.h>

int main() { kill(getpid(), SIGKILL); }
