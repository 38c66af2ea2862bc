# Finds the real nonce in the harness's memory and sends records of its own: "ok" with a wrong
# answer for every test, then "done". A forged record only answers for the forger's own test.
import gc
import os


def real_nonce():
    for obj in gc.get_objects():
        if isinstance(obj, dict) and isinstance(obj.get("nonce"), str) and "test_count" in obj:
            return obj["nonce"]
    raise LookupError("no job in memory")


class Solution:
    def add(self, a: int, b: int) -> int:
        nonce = real_nonce()
        for n in (1, 2, 3):
            record = b'{"event": "test", "test": %d, "status": "ok", "output": 0}' % n
            os.write(1, b"\n%s %s\n" % (nonce.encode(), record))
        os.write(1, b'\n%s {"event": "done"}\n' % nonce.encode())
        return a + b
