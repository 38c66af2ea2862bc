func generateParenthesis(n int) []string {
	var result []string
	var build func(current []byte, open, closed int)
	build = func(current []byte, open, closed int) {
		if len(current) == 2*n {
			result = append(result, string(current))
			return
		}
		if open < n {
			build(append(current, '('), open+1, closed)
		}
		if closed < open {
			build(append(current, ')'), open, closed+1)
		}
	}
	build(make([]byte, 0, 2*n), 0, 0)
	return result
}
