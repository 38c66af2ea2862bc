// Sleeps instead of running: only the wall-clock backstop ends it.
func add(a int, b int) int {
	time.Sleep(time.Hour)
	return a + b
}
