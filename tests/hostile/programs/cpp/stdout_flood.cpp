// Prints 64 KB lines forever through cout: the capture file hits the output limit.
class Solution {
public:
    int add(int a, int b) {
        string line(65536, 'x');
        for (;;) cout << line << endl;
    }
};
