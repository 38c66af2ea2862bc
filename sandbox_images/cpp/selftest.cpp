// Self-test of the pyscape/cpp image: copies stdin to stdout. Compiled with the precompiled
// bits/stdc++.h; the static_assert checks C++23 "deducing this" lambdas.
#include <bits/stdc++.h>

constexpr auto fib = [](this auto&& self, int n) -> int { return n < 2 ? n : self(n - 1) + self(n - 2); };
static_assert(fib(10) == 55);

int main() {
    std::cout << std::cin.rdbuf();
}
