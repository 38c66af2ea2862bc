func maxSubArray(nums []int) int {
	best, current := nums[0], 0
	for _, n := range nums {
		current = max(n, current+n)
		best = max(best, current)
	}
	return best
}
