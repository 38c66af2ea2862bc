// verdict: wrong_answer
// Prefix sums kept in 32-bit int: they wrap around once a sum leaves the int range
// (example 2 already needs -3000000000).
#include <cstdio>
#include <cstdint>
#include <vector>

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    std::vector<int32_t> prefix(n + 1, 0);
    for (int i = 0; i < n; i++) {
        int x;
        scanf("%d", &x);
        // wrap-around addition (done in unsigned to avoid signed-overflow UB)
        prefix[i + 1] = (int32_t)((uint32_t)prefix[i] + (uint32_t)x);
    }
    for (int k = 0; k < q; k++) {
        int l, r;
        scanf("%d %d", &l, &r);
        printf("%d\n", (int32_t)((uint32_t)prefix[r] - (uint32_t)prefix[l - 1]));
    }
    return 0;
}
