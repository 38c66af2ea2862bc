# Replaces os.write, what the harness writes its records with: the record of every test comes
# out as an "ok" whose answer is nested 5,000 levels deep, under the real nonce. The host must
# refuse the record (deeper than its bound) as the program's own runtime_error, never fail itself.
import os

DEEP = b"[" * 5000 + b"]" * 5000
real_write = os.write


def forging_write(fd, data):
    nonce, _, body = bytes(data).strip(b"\n").partition(b" ")
    if not body.startswith(b'{"event":"test","test":'):
        return real_write(fd, data)
    test = body.split(b'"test":', 1)[1].split(b",", 1)[0]
    record = b'{"event": "test", "test": %s, "status": "ok", "output": %s}' % (test, DEEP)
    real_write(fd, b"\n" + nonce + b" " + record + b"\n")
    return len(data)


os.write = forging_write


class Solution:
    def add(self, a: int, b: int) -> int:
        return a + b
