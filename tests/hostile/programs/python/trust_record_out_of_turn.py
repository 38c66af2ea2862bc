# Replaces os.write, what the harness writes its records with, and sends each test's record
# under the real nonce as the next test's (test 1 answers as test 2): a record out of turn,
# the program's own runtime_error.
import json
import os

real_write = os.write


def forging_write(fd, data):
    nonce, _, body = bytes(data).strip(b"\n").partition(b" ")
    try:
        record = json.loads(body)
    except ValueError:
        return real_write(fd, data)
    if not (isinstance(record, dict) and record.get("event") == "test"):
        return real_write(fd, data)
    record["test"] += 1
    real_write(fd, b"\n" + nonce + b" " + json.dumps(record).encode() + b"\n")
    return len(data)


os.write = forging_write


class Solution:
    def add(self, a: int, b: int) -> int:
        return a + b
