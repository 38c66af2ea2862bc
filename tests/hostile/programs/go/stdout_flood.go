// Prints forever (fmt.Println ignores the write errors past the output limit).
func add(a int, b int) int {
	for {
		fmt.Println("flood flood flood flood flood flood flood flood flood flood")
	}
}
