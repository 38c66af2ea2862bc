impl Solution {
    pub fn daily_temperatures(temperatures: Vec<i32>) -> Vec<i32> {
        let n = temperatures.len();
        let mut answer = vec![0; n];
        let mut stack: Vec<usize> = Vec::new(); // days still waiting, temperatures non-increasing
        for i in 0..n {
            while let Some(&top) = stack.last() {
                if temperatures[top] >= temperatures[i] {
                    break;
                }
                answer[top] = (i - top) as i32;
                stack.pop();
            }
            stack.push(i);
        }
        answer
    }
}
