import sys
from bisect import bisect_left


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    # tails[L] = the smallest possible last element of a strictly increasing subsequence of
    # length L + 1 seen so far; tails is strictly increasing, so binary search finds where
    # each element goes.
    tails = []
    for x in map(int, data[1 : 1 + n]):
        i = bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    print(len(tails))


main()
