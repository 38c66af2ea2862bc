use std::collections::{BTreeMap, HashMap};

struct LRUCache {
    capacity: usize,
    clock: u64,
    items: HashMap<i32, (i32, u64)>, // key -> (value, last use)
    order: BTreeMap<u64, i32>,       // last use -> key, least recent first
}

impl LRUCache {
    fn new(capacity: i32) -> Self {
        LRUCache { capacity: capacity as usize, clock: 0, items: HashMap::new(), order: BTreeMap::new() }
    }

    fn touch(&mut self, key: i32) -> Option<i32> {
        let (value, used) = self.items.get_mut(&key)?;
        self.order.remove(used);
        self.clock += 1;
        *used = self.clock;
        self.order.insert(self.clock, key);
        Some(*value)
    }

    fn get(&mut self, key: i32) -> i32 {
        self.touch(key).unwrap_or(-1)
    }

    fn put(&mut self, key: i32, value: i32) {
        if self.touch(key).is_some() {
            self.items.get_mut(&key).unwrap().0 = value;
            return;
        }
        self.clock += 1;
        self.items.insert(key, (value, self.clock));
        self.order.insert(self.clock, key);
        if self.items.len() > self.capacity {
            let (_, oldest) = self.order.pop_first().unwrap();
            self.items.remove(&oldest);
        }
    }
}
