#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    // tails[L] = the smallest possible last element of a strictly increasing subsequence of
    // length L + 1 seen so far (strictly increasing, so lower_bound finds each slot).
    vector<int> tails;
    for (int k = 0; k < n; k++) {
        int x;
        cin >> x;
        auto it = lower_bound(tails.begin(), tails.end(), x);
        if (it == tails.end()) tails.push_back(x);
        else *it = x;
    }
    cout << tails.size() << '\n';
    return 0;
}
