#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    long long x;
    cin >> n >> x;
    vector<long long> w(n);
    for (auto& v : w) cin >> v;
    sort(w.begin(), w.end());
    // The heaviest person left takes the lightest one along whenever they fit together.
    int lo = 0, hi = n - 1, canoes = 0;
    while (lo <= hi) {
        if (lo < hi && w[lo] + w[hi] <= x) lo++;
        hi--;
        canoes++;
    }
    cout << canoes << '\n';
    return 0;
}
