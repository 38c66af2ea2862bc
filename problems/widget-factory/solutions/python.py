import sys
from collections import Counter
from operator import mul


def main():
    data = sys.stdin.buffer.read().split()
    n, t = int(data[0]), int(data[1])
    # Machines of the same speed are counted together.
    speeds = Counter(map(int, data[2 : 2 + n]))
    ks, counts = list(speeds), list(speeds.values())

    def built(time):
        return sum(map(mul, counts, map(time.__floordiv__, ks)))

    # built(T) = sum(T // k_i) lies in (T * rate - n, T * rate] with rate = sum(1 / k_i):
    # the answer is between t / rate and (t + n) / rate. These (float) bounds are checked
    # before use; the plain range (0, min(k) * t] is the fallback.
    rate = sum(c / k for k, c in zip(ks, counts))
    lo = max(0, int(t / rate * (1 - 1e-9)) - 1)
    hi = min(min(ks) * t, int((t + n) / rate * (1 + 1e-9)) + 1)
    if lo >= hi or built(lo) >= t:
        lo = 0
    if built(hi) < t:
        hi = min(ks) * t
    # Binary search: built(lo) < t <= built(hi).
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if built(mid) >= t:
            hi = mid
        else:
            lo = mid
    print(hi)


main()
