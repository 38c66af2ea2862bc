// Reads past the end of a slice on the second test: a panic named as Go names it, with the
// user's line.
func add(a int, b int) int {
	values := []int{a, b}
	if a+b > 3 {
		return values[a+b]
	}
	return a + b
}
