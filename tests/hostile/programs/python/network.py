# Opens a TCP connection and resolves a name; returns how many of them worked (must be 0).
import socket


def works(attempt) -> int:
    try:
        attempt()
    except OSError:
        return 0
    return 1


class Solution:
    def add(self, a: int, b: int) -> int:
        return sum(
            works(attempt)
            for attempt in (
                lambda: socket.create_connection(("1.1.1.1", 53), timeout=0.2),
                lambda: socket.create_connection(("172.17.0.1", 2375), timeout=0.2),
                lambda: socket.getaddrinfo("example.com", 80),
                lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b"x", ("8.8.8.8", 53)),
            )
        )
