package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	var n int
	var t int64
	fmt.Fscan(in, &n, &t)
	k := make([]int64, n)
	fastest := int64(-1)
	for i := range k {
		fmt.Fscan(in, &k[i])
		if fastest < 0 || k[i] < fastest {
			fastest = k[i]
		}
	}
	// Can the machines finish t widgets within `time`? Stops once the count reaches t.
	enough := func(time int64) bool {
		var built int64
		for _, x := range k {
			built += time / x
			if built >= t {
				return true
			}
		}
		return false
	}
	lo, hi := int64(0), fastest*t // !enough(lo), enough(hi)
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		if enough(mid) {
			hi = mid
		} else {
			lo = mid
		}
	}
	fmt.Println(hi)
}
