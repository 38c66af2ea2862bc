# verdict: timeout
# Correct, but compares each string with the first string of every group found so far,
# sorting both every time: about 5 * 10^7 comparisons when all 10^4 strings are in
# different groups.
class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = []
        for s in strs:
            for g in groups:
                if sorted(g[0]) == sorted(s):
                    g.append(s)
                    break
            else:
                groups.append([s])
        return groups
