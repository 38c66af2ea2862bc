type LRUCache struct {
	capacity int
	order    *list.List
	items    map[int]*list.Element
}

type entry struct{ key, value int }

func Constructor(capacity int) LRUCache {
	return LRUCache{capacity: capacity, order: list.New(), items: map[int]*list.Element{}}
}

func (this *LRUCache) Get(key int) int {
	if e, ok := this.items[key]; ok {
		this.order.MoveToFront(e)
		return e.Value.(*entry).value
	}
	return -1
}

func (this *LRUCache) Put(key int, value int) {
	if e, ok := this.items[key]; ok {
		e.Value.(*entry).value = value
		this.order.MoveToFront(e)
		return
	}
	this.items[key] = this.order.PushFront(&entry{key, value})
	if this.order.Len() > this.capacity {
		oldest := this.order.Back()
		this.order.Remove(oldest)
		delete(this.items, oldest.Value.(*entry).key)
	}
}
