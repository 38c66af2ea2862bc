// Panics in a goroutine of its own, out of the harness's reach: the whole program dies,
// and the runtime's report on stderr says why.
func add(a int, b int) int {
	done := make(chan int)
	go func() {
		var m map[string]int
		m["boom"] = a
		done <- a + b
	}()
	return <-done
}
