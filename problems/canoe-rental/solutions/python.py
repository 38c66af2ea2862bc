import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, x = int(data[0]), int(data[1])
    w = sorted(map(int, data[2 : 2 + n]))
    # The heaviest person left takes the lightest one along whenever they fit together.
    lo, hi, canoes = 0, n - 1, 0
    while lo <= hi:
        if lo < hi and w[lo] + w[hi] <= x:
            lo += 1
        hi -= 1
        canoes += 1
    print(canoes)


main()
