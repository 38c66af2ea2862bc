class Solution {
public:
    bool isPalindrome(int x) {
        // Negative numbers, and numbers ending in 0 (except 0 itself), are never palindromes.
        if (x < 0 || (x % 10 == 0 && x != 0)) return false;
        // Reverse only the lower half of the digits: it never overflows an int.
        int half = 0;
        while (x > half) {
            half = half * 10 + x % 10;
            x /= 10;
        }
        return x == half || x == half / 10;
    }
};
