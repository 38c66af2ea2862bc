// Opens TCP connections, sends a UDP datagram and resolves a name; returns how many of them
// worked (must be 0).
#include <arpa/inet.h>
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

int connects(const char* ip, int port, int type) {
    int fd = socket(AF_INET, type, 0);
    if (fd < 0) return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    inet_pton(AF_INET, ip, &address.sin_addr);
    int ok = type == SOCK_DGRAM
        ? sendto(fd, "x", 1, 0, reinterpret_cast<sockaddr*>(&address), sizeof address) == 1
        : connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    close(fd);
    return ok;
}

class Solution {
public:
    int add(int a, int b) {
        addrinfo* found = nullptr;
        int resolved = getaddrinfo("example.com", "80", nullptr, &found) == 0;
        return connects("1.1.1.1", 53, SOCK_STREAM) + connects("172.17.0.1", 2375, SOCK_STREAM)
            + connects("8.8.8.8", 53, SOCK_DGRAM) + resolved;
    }
};
