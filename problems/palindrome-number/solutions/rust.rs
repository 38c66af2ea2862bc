impl Solution {
    pub fn is_palindrome(x: i32) -> bool {
        if x < 0 || (x % 10 == 0 && x != 0) {
            return false;
        }
        let (mut x, mut half) = (x, 0);
        while x > half {
            half = half * 10 + x % 10;
            x /= 10;
        }
        x == half || x == half / 10
    }
}
