func wordBreak(s string, wordDict []string) bool {
	words := map[string]bool{}
	for _, w := range wordDict {
		words[w] = true
	}
	ok := make([]bool, len(s)+1)
	ok[0] = true
	for i := 1; i <= len(s); i++ {
		for j := 0; j < i && !ok[i]; j++ {
			ok[i] = ok[j] && words[s[j:i]]
		}
	}
	return ok[len(s)]
}
