# Replaces os.write, what the harness writes its records with, and sends each test's record
# under the real nonce with NaN as its time, which is not JSON: a broken protocol, the
# program's own runtime_error, never a failure of the judge.
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
    record["time_ms"] = float("nan")
    real_write(fd, b"\n" + nonce + b" " + json.dumps(record).encode() + b"\n")
    return len(data)


os.write = forging_write


class Solution:
    def add(self, a: int, b: int) -> int:
        return a + b
