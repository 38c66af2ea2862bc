# verdict: timeout
# Correct answers, but sums every range element by element: O(n * q), about 2 * 10^10
# additions on the largest tests.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    a = [int(x) for x in data[2 : 2 + n]]
    out = []
    pos = 2 + n
    for _ in range(q):
        l, r = int(data[pos]), int(data[pos + 1])
        pos += 2
        total = 0
        for i in range(l - 1, r):
            total += a[i]
        out.append(total)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
