# verdict: timeout
# Correct, but computes distances by sweeping over the whole grid again and again, relaxing
# every cell from its neighbours, until nothing changes. A sweep in reading order carries
# information leftwards or upwards by one cell only, so a corridor walked right to left
# (or the winding serpentine) needs ~10^5 sweeps of 2 * 10^5 cells.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    w = m + 2
    grid = bytearray(b"#" * w)
    for row in data[2 : 2 + n]:
        grid += b"#" + row + b"#"
    grid += b"#" * w
    start, goal = grid.index(b"S"), grid.index(b"E")
    INF = float("inf")
    dist = [INF] * len(grid)
    dist[start] = 0
    cells = [k for k in range(len(grid)) if grid[k] != ord("#")]
    changed = True
    while changed:
        changed = False
        for k in cells:
            best = min(dist[k - 1], dist[k + 1], dist[k - w], dist[k + w]) + 1
            if best < dist[k]:
                dist[k] = best
                changed = True
    print(dist[goal] if dist[goal] < INF else -1)


main()
