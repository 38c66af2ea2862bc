impl Solution {
    pub fn generate_parenthesis(n: i32) -> Vec<String> {
        fn build(prefix: &mut String, opened: i32, closed: i32, n: i32, result: &mut Vec<String>) {
            if prefix.len() as i32 == 2 * n {
                result.push(prefix.clone());
                return;
            }
            if opened < n {
                prefix.push('(');
                build(prefix, opened + 1, closed, n, result);
                prefix.pop();
            }
            if closed < opened {
                prefix.push(')');
                build(prefix, opened, closed + 1, n, result);
                prefix.pop();
            }
        }
        let mut result = Vec::new();
        build(&mut String::new(), 0, 0, n, &mut result);
        result
    }
}
