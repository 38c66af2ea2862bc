package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	var n, m int
	fmt.Fscan(in, &n, &m)
	// Flatten the grid with a border of walls around it, so neighbours never leave it.
	w := m + 2
	open := make([]bool, (n+2)*w)
	start, goal := -1, -1
	for r := 0; r < n; r++ {
		var row string
		fmt.Fscan(in, &row)
		for c := 0; c < m; c++ {
			cell := (r+1)*w + c + 1
			open[cell] = row[c] != '#'
			if row[c] == 'S' {
				start = cell
			} else if row[c] == 'E' {
				goal = cell
			}
		}
	}
	dist := make([]int, len(open))
	for i := range dist {
		dist[i] = -1
	}
	queue := []int{start}
	dist[start] = 0
	for head := 0; head < len(queue); head++ {
		cell := queue[head]
		if cell == goal {
			break
		}
		for _, d := range []int{-1, 1, -w, w} {
			if nb := cell + d; open[nb] && dist[nb] < 0 {
				dist[nb] = dist[cell] + 1
				queue = append(queue, nb)
			}
		}
	}
	fmt.Println(dist[goal])
}
