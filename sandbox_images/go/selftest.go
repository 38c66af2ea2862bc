// Self-test of the pyscape/go image: copies stdin to stdout. Compiled and linked the way the
// judge compiles a submission (the image's compile and link with its importcfg of the
// prebuilt standard library), and it imports the judge's own package, which the image holds.
package main

import (
	"io"
	"os"
	"slices"

	_ "pyscape"
)

func main() {
	if !slices.Equal([]int{1, 2}, []int{1, 2}) {
		os.Exit(1)
	}
	io.Copy(os.Stdout, os.Stdin)
}
