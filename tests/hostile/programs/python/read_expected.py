# Looks for the expected outputs: in files anywhere it can read (/tmp, the work directory,
# the root), the rest of stdin and the environment. Returns how many places showed a test
# file or an "expected" field (must be 0: expected outputs never enter the sandbox).
import os
import sys


def leaks_in(text: str) -> bool:
    return '"expected"' in text or "tests.jsonl" in text


class Solution:
    def add(self, a: int, b: int) -> int:
        found = 0
        for top in ("/tmp", os.getcwd(), "/home", "/root", "/srv", "/opt", "/mnt", "/var"):
            for folder, _, files in os.walk(top):
                for name in files:
                    try:
                        with open(os.path.join(folder, name), errors="replace") as f:
                            found += leaks_in(f.read(1 << 20))
                    except OSError:
                        pass
        found += leaks_in(sys.stdin.read())
        found += leaks_in(repr(dict(os.environ)))
        return found
