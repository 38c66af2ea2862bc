# Replaces json.dumps, the harness's JSON encoder: the record of every test comes out as an
# "ok" whose answer is nested 5,000 levels deep, under the real nonce. The host must refuse
# the record (deeper than its bound) as the program's own runtime_error, never fail itself.
import json

DEEP = "[" * 5000 + "]" * 5000
real_dumps = json.dumps


def deep_dumps(obj, *args, **kwargs):
    if isinstance(obj, dict) and obj.get("event") == "test":
        return '{"event": "test", "test": %d, "status": "ok", "output": %s}' % (obj["test"], DEEP)
    return real_dumps(obj, *args, **kwargs)


json.dumps = deep_dumps


class Solution:
    def add(self, a: int, b: int) -> int:
        return a + b
