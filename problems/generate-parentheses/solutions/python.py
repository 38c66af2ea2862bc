class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        result = []

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
