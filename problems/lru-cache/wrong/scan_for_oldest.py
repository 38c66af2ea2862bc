# verdict: timeout
# Correct, but remembers a timestamp per key and finds the least recently used key by
# scanning all of them: O(capacity) per eviction, about 7 * 10^4 evictions x 3000 keys on
# the largest test.
class LRUCache:

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.values = {}
        self.last_used = {}
        self.clock = 0

    def _touch(self, key):
        self.clock += 1
        self.last_used[key] = self.clock

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self._touch(key)
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        if key not in self.values and len(self.values) == self.capacity:
            oldest = min(self.last_used, key=self.last_used.get)
            del self.values[oldest]
            del self.last_used[oldest]
        self.values[key] = value
        self._touch(key)
