// #include bomb at compile time: an endless file, then the compiler's own memory.
#include </dev/random>

class Solution {
public:
    int add(int a, int b) { return a + b; }
};
