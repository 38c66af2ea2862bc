# verdict: wrong_answer
# Tests "multiple of 3" before "multiple of 15", so the FizzBuzz branch is never reached:
# 15 gives "Fizz".
class Solution:
    def fizzBuzz(self, n: int) -> List[str]:
        answer = []
        for i in range(1, n + 1):
            if i % 3 == 0:
                answer.append("Fizz")
            elif i % 5 == 0:
                answer.append("Buzz")
            elif i % 15 == 0:
                answer.append("FizzBuzz")
            else:
                answer.append(str(i))
        return answer
