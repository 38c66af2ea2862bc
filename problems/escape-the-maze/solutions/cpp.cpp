#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    cin >> n >> m;
    // Flatten the grid with a border of walls around it, so neighbours never leave it.
    int w = m + 2;
    vector<char> open((size_t)(n + 2) * w, 0);
    int start = -1, goal = -1;
    string row;
    for (int r = 0; r < n; r++) {
        cin >> row;
        for (int c = 0; c < m; c++) {
            int cell = (r + 1) * w + c + 1;
            open[cell] = row[c] != '#';
            if (row[c] == 'S') start = cell;
            else if (row[c] == 'E') goal = cell;
        }
    }
    vector<int> dist(open.size(), -1), queue(open.size());
    int head = 0, tail = 0;
    queue[tail++] = start;
    dist[start] = 0;
    const int moves[4] = {-1, 1, -w, w};
    while (head < tail) {
        int cell = queue[head++];
        if (cell == goal) break;
        for (int d : moves) {
            int nb = cell + d;
            if (open[nb] && dist[nb] < 0) {
                dist[nb] = dist[cell] + 1;
                queue[tail++] = nb;
            }
        }
    }
    cout << dist[goal] << '\n';
    return 0;
}
