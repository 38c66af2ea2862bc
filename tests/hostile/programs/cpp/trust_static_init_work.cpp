// A static initializer (a global object's constructor) spends 4 s of CPU while the program
// loads: the host counts the loading's CPU against the 1 s limit -> timeout (v1 called it a
// runtime_error).
long long cpu_ns() {
    struct timespec now = {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return now.tv_sec * 1'000'000'000LL + now.tv_nsec;
}

struct Warmup {
    Warmup() {
        long long end = cpu_ns() + 4'000'000'000LL;
        volatile unsigned spin = 0;
        while (cpu_ns() < end) {
            for (int i = 0; i < 100'000; ++i) spin = spin + i;
        }
    }
} warmup;

class Solution {
public:
    int add(int a, int b) { return a + b; }
};
