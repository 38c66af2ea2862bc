impl Solution {
    pub fn permute(nums: Vec<i32>) -> Vec<Vec<i32>> {
        fn build(a: &mut Vec<i32>, k: usize, result: &mut Vec<Vec<i32>>) {
            if k == a.len() {
                result.push(a.clone());
                return;
            }
            for i in k..a.len() {
                a.swap(k, i);
                build(a, k + 1, result);
                a.swap(k, i);
            }
        }
        let mut a = nums;
        let mut result = Vec::new();
        build(&mut a, 0, &mut result);
        result
    }
}
