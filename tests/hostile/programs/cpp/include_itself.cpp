// #include bomb: the file includes itself twice, to the preprocessor's depth limit.
#include __FILE__
#include __FILE__

class Solution {
public:
    int add(int a, int b) { return a + b; }
};
