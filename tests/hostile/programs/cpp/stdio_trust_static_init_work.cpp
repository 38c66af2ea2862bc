// A stdio program whose constructor of priority 101 spends 4 s of CPU before main (in each
// test's process): the host counts it in the test's CPU time, on a 1 s limit -> timeout.
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

int main() {
    long long a, b;
    std::cin >> a >> b;
    std::cout << a + b << std::endl;
}
