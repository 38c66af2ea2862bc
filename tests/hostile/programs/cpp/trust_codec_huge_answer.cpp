// Replaces the harness's encoder of an int answer (pyscape::to_json<int>) to answer a list
// of 10^7 numbers (20 MB): past the output limit -> output_limit_exceeded, and no 20 MB
// verdict.
class Solution {
public:
    int add(int a, int b) { return a + b; }
};

namespace pyscape {
template <>
void to_json<int>(Output& out, const int&) {
    out.push('[');
    for (int i = 0; i < 10'000'000; ++i) out.append(i ? ",0" : "0");
    out.push(']');
}
}  // namespace pyscape
