func permute(nums []int) [][]int {
	var result [][]int
	var walk func(k int)
	walk = func(k int) {
		if k == len(nums) {
			result = append(result, slices.Clone(nums))
			return
		}
		for i := k; i < len(nums); i++ {
			nums[k], nums[i] = nums[i], nums[k]
			walk(k + 1)
			nums[k], nums[i] = nums[i], nums[k]
		}
	}
	walk(0)
	return result
}
