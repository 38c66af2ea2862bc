# verdict: wrong_answer
# Treats the cache as "least recently inserted": get never makes a key more recent, so in
# example 1 put(3,3) evicts key 1 instead of key 2.
class LRUCache:

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.cache = OrderedDict()

    def get(self, key: int) -> int:
        return self.cache.get(key, -1)

    def put(self, key: int, value: int) -> None:
        self.cache[key] = value
        self.cache.move_to_end(key)
        if len(self.cache) > self.capacity:
            self.cache.popitem(last=False)
