// Endless recursion: the stack limit (a share of the memory limit) ends it first.
func add(a int, b int) int {
	return add(a+1, b) + 1
}
