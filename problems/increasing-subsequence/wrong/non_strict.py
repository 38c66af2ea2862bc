# verdict: wrong_answer
# Patience sorting with bisect_right: it computes the longest NON-decreasing subsequence,
# so equal elements are counted ([4,4,4,4,4] gives 5 instead of 1).
import sys
from bisect import bisect_right


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    tails = []
    for x in map(int, data[1 : 1 + n]):
        i = bisect_right(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    print(len(tails))


main()
