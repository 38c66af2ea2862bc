func groupAnagrams(strs []string) [][]string {
	groups := map[string][]string{}
	var order []string
	for _, s := range strs {
		key := []byte(s)
		slices.Sort(key)
		if _, ok := groups[string(key)]; !ok {
			order = append(order, string(key))
		}
		groups[string(key)] = append(groups[string(key)], s)
	}
	result := make([][]string, 0, len(order))
	for _, key := range order {
		result = append(result, groups[key])
	}
	return result
}
