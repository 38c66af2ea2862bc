// Freezes every clock a harness could read (clock_gettime, gettimeofday, time, clock,
// getrusage, times: defined here, they replace the C library's for the whole program) and
// disarms every timer (setitimer, alarm), then spends 1.6 s of CPU in each test (timed by
// the kernel through a raw system call). The host reads the CPU time from the sandbox's
// cgroup, on a 1 s limit -> timeout.
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/times.h>
#include <unistd.h>

extern "C" int clock_gettime(clockid_t, struct timespec* now) noexcept {
    *now = {};
    return 0;
}
extern "C" int gettimeofday(struct timeval* now, void*) noexcept {
    *now = {};
    return 0;
}
extern "C" time_t time(time_t* now) noexcept { return now ? *now = 0 : 0; }
extern "C" clock_t clock() noexcept { return 0; }
extern "C" int getrusage(int, struct rusage* usage) noexcept {
    *usage = {};
    return 0;
}
extern "C" clock_t times(struct tms* used) noexcept {
    *used = {};
    return 0;
}
extern "C" int setitimer(int, const struct itimerval*, struct itimerval* old) noexcept {
    if (old) *old = {};
    return 0;
}
extern "C" unsigned alarm(unsigned) noexcept { return 0; }

long long cpu_ns() {
    struct timespec now = {};
    syscall(SYS_clock_gettime, CLOCK_PROCESS_CPUTIME_ID, &now);
    return now.tv_sec * 1'000'000'000LL + now.tv_nsec;
}

class Solution {
public:
    int add(int a, int b) {
        long long end = cpu_ns() + 1'600'000'000LL;
        volatile unsigned spin = 0;
        while (cpu_ns() < end) {
            for (int i = 0; i < 100'000; ++i) spin = spin + i;
        }
        return a + b;
    }
};
