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
	fmt.Fscan(in, &n)
	// tails[L]: the smallest last element of a strictly increasing subsequence of length L+1.
	var tails []int
	for k := 0; k < n; k++ {
		var x int
		fmt.Fscan(in, &x)
		i := sort.SearchInts(tails, x)
		if i == len(tails) {
			tails = append(tails, x)
		} else {
			tails[i] = x
		}
	}
	fmt.Println(len(tails))
}
