// PyScape C++ harness: what the runtime (runtime.cpp) offers a driver.
//
// A generated driver.cpp includes function.hpp (function and design mode, which includes this
// file) or this file alone (stdio mode), defines `pyscape::driver`, then includes the user's
// solution.cpp. Protocol: docs/harness-protocol.md. The runtime starts before any of the
// user's code, even before constructors of the highest priority (it is an entry of the
// program's .preinit_array): it reads the job frame from fd 0, prepares the mode, and then
// reads one test frame at a time; records go to the original stdout as `\n<nonce> <json>\n`.
// Light headers only, like json.hpp.
#pragma once

#include <cstddef>

#include "json.hpp"
#include "sys.hpp"

namespace pyscape {

/// What the generated driver tells the runtime. Constant-initialized (the driver defines it
/// `constinit`): the runtime reads it before any constructor has run.
struct Driver {
    /// The mode the driver was generated for: "function" (design too) or "stdio".
    const char* mode;
    /// Flushes the user's output streams (function mode; null in stdio mode).
    sys::FlushHook flush;
};

/// Defined by driver.cpp.
extern const Driver driver;

// ------------------------------------------------------------------------- function mode

/// One test's call, generated from the signature: reads the arguments from `input`, calls
/// the user's code, writes the answer's JSON to `answer`.
using Call = void (*)(Reader& input, Output& answer);

/// Called by main(), once the user's static initializers have run: says `ready`, then runs
/// the test of each test frame and answers it, until the end frame; then says `done` and exits.
[[noreturn]] void run_function_tests(Call call);

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
//
// Nothing to call: the runtime serves every test before the program itself starts. Each test
// runs in a forked child process (no exec: the loaded program itself), which goes on as the
// user's own program (its static initializers and main), with stdin from the test's input and
// stdout/stderr to files; the parent never runs any of the user's code.

}  // namespace pyscape
