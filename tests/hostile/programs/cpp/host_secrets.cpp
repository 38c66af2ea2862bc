// Looks for the host's secrets: /proc of other processes (the host's, the engine's) and the
// Docker socket, by path and by connecting. Returns how many it reached (must be 0).
#include <dirent.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <fstream>

int connects(const char* path) {
    int fd = socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    strncpy(address.sun_path, path, sizeof address.sun_path - 1);
    int ok = connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    close(fd);
    return ok + (access(path, F_OK) == 0);
}

class Solution {
public:
    int add(int a, int b) {
        int found = getenv("PYSCAPE_HOSTILE_CANARY") != nullptr;
        DIR* proc = opendir("/proc");
        while (dirent* entry = readdir(proc)) {
            if (!isdigit(entry->d_name[0])) continue;
            for (string file : {"/environ", "/cmdline"}) {
                ifstream in(string("/proc/") + entry->d_name + file);
                string seen((istreambuf_iterator<char>(in)), istreambuf_iterator<char>());
                for (string word : {"PYSCAPE_HOSTILE_CANARY", "pytest", "dockerd", "containerd"}) {
                    found += seen.find(word) != string::npos;
                }
            }
        }
        closedir(proc);
        return found + connects("/var/run/docker.sock") + connects("/run/containerd/containerd.sock");
    }
};
