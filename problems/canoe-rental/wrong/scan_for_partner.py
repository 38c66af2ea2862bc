# verdict: timeout
# A right greedy (the heaviest person takes the heaviest partner who still fits), but it
# looks for that partner by walking down the sorted list past everybody too heavy or
# already seated: O(n^2) when few people fit together (2 * 10^5 people with x = 1).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, x = int(data[0]), int(data[1])
    w = sorted(map(int, data[2 : 2 + n]))
    seated = [False] * n
    canoes = 0
    for i in range(n - 1, -1, -1):
        if seated[i]:
            continue
        seated[i] = True
        canoes += 1
        for j in range(i - 1, -1, -1):
            if not seated[j] and w[i] + w[j] <= x:
                seated[j] = True
                break
    print(canoes)


main()
