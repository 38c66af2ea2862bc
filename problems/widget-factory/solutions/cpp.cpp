#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    long long t;
    cin >> n >> t;
    vector<long long> k(n);
    for (auto& x : k) cin >> x;
    long long fastest = *min_element(k.begin(), k.end());
    // Can the machines finish t widgets within `time` seconds? Stops as soon as the count
    // reaches t, so the sum never overflows.
    auto enough = [&](long long time) {
        long long built = 0;
        for (long long x : k) {
            built += time / x;
            if (built >= t) return true;
        }
        return false;
    };
    // Binary search on the time; the fastest machine alone is done by fastest * t.
    long long lo = 0, hi = fastest * t; // !enough(lo), enough(hi)
    while (hi - lo > 1) {
        long long mid = lo + (hi - lo) / 2;
        if (enough(mid)) hi = mid;
        else lo = mid;
    }
    cout << hi << '\n';
    return 0;
}
