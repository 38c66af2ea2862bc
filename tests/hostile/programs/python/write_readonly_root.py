# Writes outside /tmp: the image's root file system is read-only and belongs to root, /etc/passwd
# included. Returns how many of the writes worked (must be 0).
class Solution:
    def add(self, a: int, b: int) -> int:
        worked = 0
        for path in ("/etc/passwd", "/usr/bin/pwned", "/pwned", "/proc/sys/kernel/hostname"):
            try:
                with open(path, "a") as f:
                    f.write("pwned\n")
                worked += 1
            except OSError:
                pass
        return worked
