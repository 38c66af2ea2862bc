func subsets(nums []int) [][]int {
	result := [][]int{{}}
	for _, n := range nums {
		for _, s := range result {
			result = append(result, append(slices.Clone(s), n))
		}
	}
	return result
}
