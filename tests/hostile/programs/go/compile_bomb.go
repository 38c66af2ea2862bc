// An instantiation that never ends: each call instantiates the function at a larger type.
func grow[T any](n int, x T) int {
	if n == 0 {
		return 0
	}
	return grow[[]T](n-1, []T{x})
}

func add(a int, b int) int {
	return grow(a, b) + a + b
}
