# verdict: timeout
# Correct, but simulates the factory widget by widget with a heap of finishing times:
# O(t log n), hopeless for t = 10^9.
import heapq
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, t = int(data[0]), int(data[1])
    heap = [(int(x), int(x)) for x in data[2 : 2 + n]]  # (time the next widget is done, k)
    heapq.heapify(heap)
    done = 0
    while True:
        time, k = heap[0]
        done += 1
        if done == t:
            print(time)
            return
        heapq.heapreplace(heap, (time + k, k))


main()
