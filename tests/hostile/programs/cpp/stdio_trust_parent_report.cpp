// A stdio program that spends 1.6 s of CPU per test, and defines the C library's wait4()
// (extern "C": it replaces the library's in the whole program, and the harness's parent
// process is this same program). When the harness reaps a test's child through it, it finds
// the judge's nonce in memory and writes, on every pipe the harness holds, a report of that
// test with the child's own answer, 0 ms and 0 KB, before the harness's. The report reaches
// the host under the real nonce, but the host reads the CPU time from the sandbox's cgroup,
// on a 1 s limit -> timeout.
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace std;

// The judge's nonce, wherever it sits in this process's writable memory: 32 hex digits
// between two NUL bytes (the harness keeps it in a char array).
set<string> nonces_in_memory() {
    set<string> found;
    ifstream maps("/proc/self/maps");
    string line;
    while (getline(maps, line)) {
        unsigned long start = 0, end = 0;
        char perms[5] = {};
        if (sscanf(line.c_str(), "%lx-%lx %4s", &start, &end, perms) != 3) continue;
        if (perms[0] != 'r' || perms[1] != 'w' || line.find("[v") != string::npos) continue;
        const char* memory = reinterpret_cast<const char*>(start);
        size_t run = 0;
        for (size_t i = 0; i < end - start; ++i) {
            char c = memory[i];
            if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) {
                ++run;
                continue;
            }
            if (run == 32 && c == 0 && i > 32 && memory[i - 33] == 0) {
                found.insert(string(memory + i - 32, 32));
            }
            run = 0;
        }
    }
    return found;
}

// Writes `record` under every nonce found to every pipe this process holds.
void forge(const string& record) {
    for (const string& nonce : nonces_in_memory()) {
        string line = "\n" + nonce + " " + record + "\n";
        for (int fd = 3; fd < 64; ++fd) {
            struct stat info;
            if (fstat(fd, &info) == 0 && (S_ISFIFO(info.st_mode) || S_ISSOCK(info.st_mode))) {
                write(fd, line.data(), line.size());
            }
        }
    }
}

// What the child answered: the harness's file of its stdout, as a JSON string.
string answer_of_child() {
    ifstream file(".test.out");
    string text((istreambuf_iterator<char>(file)), istreambuf_iterator<char>());
    string json = "\"";
    for (char c : text) json += c == '\n' ? string("\\n") : string(1, c);
    return json + "\"";
}

extern "C" pid_t wait4(pid_t pid, int* status, int options, struct rusage* usage) noexcept {
    static int reaped = 0;
    pid_t done = static_cast<pid_t>(syscall(SYS_wait4, pid, status, options, usage));
    if (done > 0) {
        forge(R"({"event":"test","test":)" + to_string(++reaped) +
              R"(,"status":"ok","output":)" + answer_of_child() +
              R"(,"stdout":null,"error":null,"time_ms":0,"memory_kb":0})");
    }
    return done;
}

int main() {
    long long a, b;
    cin >> a >> b;
    clock_t end = clock() + CLOCKS_PER_SEC * 16 / 10;
    volatile unsigned spin = 0;
    while (clock() < end) {
        for (int i = 0; i < 100'000; ++i) spin = spin + i;
    }
    cout << a + b << endl;
}
