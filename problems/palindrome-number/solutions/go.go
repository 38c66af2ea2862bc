func isPalindrome(x int) bool {
	if x < 0 {
		return false
	}
	reversed, rest := 0, x
	for rest > 0 {
		reversed = reversed*10 + rest%10
		rest /= 10
	}
	return reversed == x
}
