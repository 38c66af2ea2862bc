// PyScape C++ harness: function and design mode (a class Solution, or a design class).
//
// The driver generated from a signature includes this file, defines `pyscape::driver`
// (function mode, `flush_user_output`), includes solution.cpp, and defines the glue
// `void call(pyscape::Reader&, pyscape::Output&)`: read the arguments (Args, Operations), call
// the user's code, write the answer (to_json, Results). main() calls `run_function_tests`.
// Each test's stdout and stderr go to capture files; crashes and the output limit are caught
// by sys.cpp.
//
// Standard headers only: the user's code sees LeetCode's environment (bits/stdc++.h,
// `using namespace std;`, ListNode, TreeNode) plus the namespace `pyscape`, nothing else.
#pragma once

#include <cstdio>
#include <iostream>

#include "codec.hpp"
#include "json.hpp"
#include "runtime.hpp"
#include "sys.hpp"

namespace pyscape {

/// Flushes every buffer the user's prints may sit in (std::cout has its own buffer after
/// `ios::sync_with_stdio(false)`). Also called by the crash handlers, once.
inline void flush_user_output() {
    try {
        std::cout.flush();
        std::cerr.flush();
        std::clog.flush();
    } catch (...) {
    }
    std::fflush(stdout);
    std::fflush(stderr);
}

template <class T>
T Args::next(const char* name) {
    advance(name);
    return from_json<T>(*reader_);
}

/// The answers of a design test: a JSON list, `null` for the constructor and void methods.
class Results {
public:
    explicit Results(Output& out) : out_(out) { out_.push('['); }
    void add_null() {
        comma();
        out_.append("null", 4);
    }
    template <class T>
    void add(const T& value) {
        comma();
        to_json<T>(out_, value);
    }
    void finish() { out_.push(']'); }

private:
    void comma() {
        if (count_++ > 0) out_.push(',');
    }
    Output& out_;
    std::size_t count_ = 0;
};

}  // namespace pyscape
