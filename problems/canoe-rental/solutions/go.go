package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	var n int
	var x int64
	fmt.Fscan(in, &n, &x)
	w := make([]int64, n)
	for i := range w {
		fmt.Fscan(in, &w[i])
	}
	sort.Slice(w, func(i, j int) bool { return w[i] < w[j] })
	// The heaviest person left takes the lightest one along whenever they fit together.
	lo, hi, canoes := 0, n-1, 0
	for lo <= hi {
		if lo < hi && w[lo]+w[hi] <= x {
			lo++
		}
		hi--
		canoes++
	}
	fmt.Println(canoes)
}
