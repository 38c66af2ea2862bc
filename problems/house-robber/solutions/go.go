func rob(nums []int) int {
	take, skip := 0, 0
	for _, n := range nums {
		take, skip = skip+n, max(take, skip)
	}
	return max(take, skip)
}
