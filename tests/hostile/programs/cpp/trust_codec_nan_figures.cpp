// Replaces the harness's encoder of an int answer (pyscape::to_json<int>) with text that ends
// the record itself: the answer, then "nan" as its time and "lots" as its memory, and a
// newline (the harness's own fields land on the next line, as stray output). A record of the
// wrong types under the real nonce -> runtime_error.
class Solution {
public:
    int add(int a, int b) { return a + b; }
};

namespace pyscape {
template <>
void to_json<int>(Output& out, const int& value) {
    string forged = to_string(value) +
                    R"(,"stdout":null,"error":null,"time_ms":"nan","memory_kb":"lots"})" "\n";
    out.append(forged.data(), forged.size());
}
}  // namespace pyscape
