// A constructor of the highest priority a program may ask for (101) spends 4 s of CPU before
// anything else of the program runs (in v1: before the harness read the job, so untimed). The
// harness now waits for the host's "go" before the program starts, and the host counts the
// loading's CPU against the 1 s limit -> timeout.
long long cpu_ns() {
    struct timespec now = {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return now.tv_sec * 1'000'000'000LL + now.tv_nsec;
}

__attribute__((constructor(101))) static void work_first() {
    long long end = cpu_ns() + 4'000'000'000LL;
    volatile unsigned spin = 0;
    while (cpu_ns() < end) {
        for (int i = 0; i < 100'000; ++i) spin = spin + i;
    }
}

class Solution {
public:
    int add(int a, int b) { return a + b; }
};
