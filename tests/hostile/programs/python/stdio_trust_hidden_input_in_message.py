# A stdio program that fails on the hidden test (the third) with an exception whose message
# is its input, and prints the input to stderr too. A hidden test's error shows the type and
# the line only, and its output none: the input stays hidden.
import sys

a, b = map(int, input().split())
if abs(a) > 10**6:
    print("the hidden input:", a, b, file=sys.stderr)
    raise ValueError("the hidden input is %d and %d" % (a, b))
print(a + b)
