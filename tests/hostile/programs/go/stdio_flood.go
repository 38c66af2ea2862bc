// A stdio program that prints forever.
package main

import "os"

func main() {
	line := []byte("flood flood flood flood flood flood flood flood flood flood\n")
	for {
		os.Stdout.Write(line)
	}
}
