func isAnagram(s string, t string) bool {
	if len(s) != len(t) {
		return false
	}
	var count [256]int
	for i := 0; i < len(s); i++ {
		count[s[i]]++
		count[t[i]]--
	}
	return count == [256]int{}
}
