import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    rows = data[2 : 2 + n]
    # Flatten the grid with a border of walls around it, so neighbours never leave it.
    w = m + 2
    grid = bytearray(b"#" * w)
    for row in rows:
        grid += b"#" + row + b"#"
    grid += b"#" * w
    start, goal = grid.index(b"S"), grid.index(b"E")
    wall = ord("#")
    seen = bytearray(len(grid))
    seen[start] = 1
    frontier, steps = [start], 0
    while frontier:
        nxt = []
        for cell in frontier:
            if cell == goal:
                print(steps)
                return
            for nb in (cell - 1, cell + 1, cell - w, cell + w):
                if not seen[nb] and grid[nb] != wall:
                    seen[nb] = 1
                    nxt.append(nb)
        frontier = nxt
        steps += 1
    print(-1)


main()
