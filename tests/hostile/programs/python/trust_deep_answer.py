# Answers with a list nested 5,000 levels deep: what the harness's codec hands over as it is,
# so the harness itself sends it. The host must refuse it (deeper than its bound) as the
# program's own runtime_error, never fail decoding it.
class Solution:
    def add(self, a: int, b: int) -> int:
        answer = []
        for _ in range(5000):
            answer = [answer]
        return answer
