// PyScape C++ harness: what the runtime (runtime.cpp) offers a driver.
//
// A generated driver.cpp includes function.hpp (function and design mode, which includes this
// file) or this file alone (stdio mode), then the user's solution.cpp. Protocol:
// docs/harness-protocol.md. The job frame (`<length>\n<json>`) is read from fd 0 before any of
// the user's code runs, even its static initializers; records go to the original stdout as
// `\n<nonce> <json>\n`. Light headers only, like json.hpp.
#pragma once

#include <cstddef>

#include "json.hpp"
#include "sys.hpp"

namespace pyscape {

struct Job;

// ------------------------------------------------------------------------- function mode

/// One test's call, generated from the signature: reads the arguments from `input`, calls
/// the user's code, writes the answer's JSON to `answer`.
using Call = void (*)(Reader& input, Output& answer);

/// Reads the job, opens the record channel, prepares capture and crash handlers.
Job& receive_function_job(sys::FlushHook flush);
/// Every test in order, stopping at the first that is not ok; then exits.
[[noreturn]] void run_function_tests(Job& job, Call call);

/// Time spent in the user's code during the current test (see `measure` in function.hpp).
struct UserClock {
    long long ns = 0;
    bool used = false;
};

UserClock& user_clock();

/// The arguments of one call, read in order: `auto a0 = args.next<std::vector<int>>("nums");`
/// (`next` is defined in function.hpp).
class Args {
public:
    Args() = default;
    explicit Args(Reader& reader);

    template <class T>
    T next(const char* name);
    /// Checks that no argument is left over.
    void finish();

private:
    /// Moves to the next argument; InputError if there is none.
    void advance(const char* name);

    Reader* reader_ = nullptr;
    ArrayItems items_;
};

/// A design test's input, `[[operation names], [[arguments]...]]`, one operation at a time.
class Operations {
public:
    explicit Operations(Reader& reader);
    ~Operations();
    Operations(const Operations&) = delete;
    Operations& operator=(const Operations&) = delete;

    /// Moves to the next operation; false after the last one.
    bool next();
    std::size_t index() const { return index_; }
    /// Whether the current operation is called `name`.
    bool is(const char* name) const;
    /// The arguments of the current operation.
    Args& args() { return args_; }
    /// The first operation must construct `class_name`.
    void expect_constructor(const char* class_name) const;
    [[noreturn]] void unknown() const;

private:
    Reader* reader_;
    ArrayItems outer_;
    ArrayItems lists_;
    Args args_;
    char** names_ = nullptr;
    std::size_t count_ = 0;
    std::size_t index_ = static_cast<std::size_t>(-1);
};

// ---------------------------------------------------------------------------- stdio mode

/// Called by a static initializer of the driver, before the user's code. The parent runs
/// every test, each in a forked child (no exec: the loaded program itself), and exits; each
/// child returns 0 from here, so that the user's static initializers and `main` run as in an
/// ordinary program, with stdin from the test's input and stdout/stderr to files. The
/// program's exit code or signal decides the status; its memory comes from wait4.
int serve_stdio();

}  // namespace pyscape
