// A stdio program that divides by zero: the child's crash report names the panic and line.
package main

import "fmt"

func main() {
	var a, b int
	fmt.Scan(&a, &b)
	zero := a - a
	fmt.Println(a / zero)
}
