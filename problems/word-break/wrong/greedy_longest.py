# verdict: wrong_answer
# Always cuts off the longest word that starts the rest of the string and never goes
# back: "cars" with ["car","ca","rs"] takes "car", is left with "s" and answers false.
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        words = sorted(wordDict, key=len, reverse=True)
        i = 0
        while i < len(s):
            for w in words:
                if s.startswith(w, i):
                    i += len(w)
                    break
            else:
                return False
        return True
