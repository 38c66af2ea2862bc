// verdict: wrong_answer
// Binary search with a lazy upper bound of 10^18 and a count that never stops early: with
// many fast machines the count sum(time / k_i) exceeds 2^63 and wraps around, so the search
// goes astray (2 * 10^5 machines of 1 second: 10^23 widgets "built" in 5 * 10^17 s).
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    long long t;
    scanf("%d %lld", &n, &t);
    vector<long long> k(n);
    for (auto& x : k) scanf("%lld", &x);
    long long lo = 0, hi = 1000000000000000000LL;
    while (hi - lo > 1) {
        long long mid = lo + (hi - lo) / 2;
        unsigned long long built = 0; // wraps around modulo 2^64 ...
        for (long long x : k) built += mid / x;
        if ((long long)built >= t) hi = mid; // ... and is read back as a signed number
        else lo = mid;
    }
    printf("%lld\n", hi);
    return 0;
}
