func merge(intervals [][]int) [][]int {
	sort.Slice(intervals, func(i, j int) bool { return intervals[i][0] < intervals[j][0] })
	result := [][]int{}
	for _, in := range intervals {
		if n := len(result); n > 0 && in[0] <= result[n-1][1] {
			result[n-1][1] = max(result[n-1][1], in[1])
		} else {
			result = append(result, []int{in[0], in[1]})
		}
	}
	return result
}
