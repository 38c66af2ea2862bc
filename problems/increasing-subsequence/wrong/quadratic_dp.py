# verdict: timeout
# The textbook DP best[i] = 1 + max(best[j] for j < i with a[j] < a[i]): correct, but
# O(n^2), about 2 * 10^10 steps for n = 2 * 10^5.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1 : 1 + n]))
    best = [1] * n
    for i in range(n):
        for j in range(i):
            if a[j] < a[i] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
    print(max(best))


main()
