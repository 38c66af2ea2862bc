# verdict: wrong_answer
# Allows a ")" whenever fewer than n have been placed, instead of fewer than the "(" placed
# so far: strings such as ")(" for n = 1 slip in.
class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        result = []

        def build(prefix, opened, closed):
            if len(prefix) == 2 * n:
                result.append(prefix)
                return
            if opened < n:
                build(prefix + "(", opened + 1, closed)
            if closed < n:
                build(prefix + ")", opened, closed + 1)

        build("", 0, 0)
        return result
