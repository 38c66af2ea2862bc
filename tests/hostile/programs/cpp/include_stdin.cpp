// #include of the compiler's own stdin: a compiler reading the sandbox's stdin would wait for
// the job frame forever (or read it).
#include </dev/stdin>

class Solution {
public:
    int add(int a, int b) { return a + b; }
};
