# verdict: wrong_answer
# Keeps one running minimum and never restores it on pop: after popping the minimum,
# getMin still reports the popped value (example 1 gives -3 instead of -2 at the end).
class MinStack:

    def __init__(self):
        self.stack = []
        self.min = None

    def push(self, val: int) -> None:
        self.stack.append(val)
        if self.min is None or val < self.min:
            self.min = val

    def pop(self) -> None:
        self.stack.pop()

    def top(self) -> int:
        return self.stack[-1]

    def getMin(self) -> int:
        return self.min
