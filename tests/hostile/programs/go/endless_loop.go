// Endless loop: never answers.
func add(a int, b int) int {
	for {
	}
}
