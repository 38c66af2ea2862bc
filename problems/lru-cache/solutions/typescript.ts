class LRUCache {
    // A Map iterates in insertion order: the least recently used key first.
    private readonly map = new Map<number, number>();

    constructor(private readonly capacity: number) {}

    get(key: number): number {
        const value = this.map.get(key);
        if (value === undefined) return -1;
        this.map.delete(key); // re-insert to make it the most recent
        this.map.set(key, value);
        return value;
    }

    put(key: number, value: number): void {
        this.map.delete(key);
        this.map.set(key, value);
        if (this.map.size > this.capacity) {
            this.map.delete(this.map.keys().next().value);
        }
    }
}

/**
 * Your LRUCache object will be instantiated and called as such:
 * var obj = new LRUCache(capacity)
 * var param_1 = obj.get(key)
 * obj.put(key,value)
 */
