// A stdio program that answers 10^7 numbers (20 MB) instead of one: past the output limit
// -> output_limit_exceeded, and no 20 MB verdict.
int main() {
    for (int i = 0; i < 10'000'000; ++i) std::fputs("0\n", stdout);
}
