// verdict: wrong_answer
// Tests the looked-up value for truthiness, so a stored value of 0 reads as a miss (-1).
var LRUCache = function(capacity) {
    this.capacity = capacity;
    this.map = new Map();
};
LRUCache.prototype.get = function(key) {
    const value = this.map.get(key);
    if (!value) return -1;
    this.map.delete(key);
    this.map.set(key, value);
    return value;
};
LRUCache.prototype.put = function(key, value) {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value);
};
