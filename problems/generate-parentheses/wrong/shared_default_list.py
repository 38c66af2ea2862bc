# verdict: wrong_answer
# Collects into a mutable default argument, which Python creates once: the strings of one
# call are still there in the next call (fine for the first test, wrong from the second on).
class Solution:
    def generateParenthesis(self, n: int, result: List[str] = []) -> List[str]:
        def build(prefix, opened, closed):
            if len(prefix) == 2 * n:
                result.append(prefix)
                return
            if opened < n:
                build(prefix + "(", opened + 1, closed)
            if closed < opened:
                build(prefix + ")", opened, closed + 1)

        build("", 0, 0)
        return result
