# verdict: timeout
# Correct but scans forward from every day until a warmer one: O(n^2) when warmer days are
# rare (10^5 days at 100 degrees: about 5 * 10^9 comparisons).
class Solution:
    def dailyTemperatures(self, temperatures: List[int]) -> List[int]:
        n = len(temperatures)
        answer = [0] * n
        for i in range(n):
            for j in range(i + 1, n):
                if temperatures[j] > temperatures[i]:
                    answer[i] = j - i
                    break
        return answer
