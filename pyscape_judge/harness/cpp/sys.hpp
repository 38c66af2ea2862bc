// PyScape C++ harness: the operating-system layer (file descriptors, signals, fork, limits)
// and the record writer.
//
// Implemented in sys.cpp, a translation unit of its own: the POSIX headers it needs
// (<fcntl.h>, <sys/wait.h>, <sys/resource.h>...) would otherwise add names such as `open` or
// `wait` to the global namespace of the user's code, which LeetCode's does not have. This
// header includes nothing but <cstddef>.
#pragma once

#include <cstddef>

namespace pyscape::sys {

/// Flushes the user's output streams (std::cout, stdout...); set by the runtime.
using FlushHook = void (*)();

// ------------------------------------------------------------------------------- records

/// Takes private copies of the original stdout (for records) and stderr (for messages).
void open_channel(const char* nonce, std::size_t nonce_length);

/// One record, built in pieces and written to the record channel as `\n<nonce> <json>\n`.
/// Allocation-free: also used by the signal handlers.
class Record {
public:
    Record();
    ~Record();  // ends the line and writes what is left
    Record(const Record&) = delete;
    Record& operator=(const Record&) = delete;

    Record& raw(const char* json);
    Record& raw(const char* json, std::size_t length);
    /// `text` as a JSON string; `null` when `text` is null.
    Record& string(const char* text);
    Record& string(const char* text, std::size_t length);
    Record& number(long long value);
    /// A duration in nanoseconds, as milliseconds with 3 decimals.
    Record& milliseconds(long long ns);
    /// What the current test printed, stdout then stderr, as a JSON string (null if nothing),
    /// each cut at 64 KiB: the host shows no more.
    Record& captured_output();
    /// The text of file `path`, up to `limit` bytes, as a JSON string (null if the file is
    /// empty and `null_if_empty`).
    Record& file_text(const char* path, long long limit, bool null_if_empty);

    /// A sink for escape_json.
    void operator()(const char* data, std::size_t length) { raw(data, length); }

private:
    void flush();
    std::size_t used_ = 0;
    char buffer_[8192];
};

/// Writes `text` to the original stderr.
void send_stderr(const char* text);

// --------------------------------------------------------------------------------- files

/// read(2) retrying on EINTR: bytes read, 0 at end of file, -1 on error.
long read_fd(int fd, char* buffer, std::size_t length);
/// Creates `path` holding `size` bytes of `data`; false on failure.
bool write_file(const char* path, const char* data, std::size_t size);
/// The last `lines` lines of file `path` (at most `capacity - 1` bytes, NUL-terminated).
std::size_t file_tail(const char* path, int lines, char* out, std::size_t capacity);
/// From now on the user's code reads an empty stdin (/dev/null).
void silence_stdin();

// ------------------------------------------------------------------------------- process

[[noreturn]] void exit_now(int code);
/// Peak resident memory of this process, in KiB.
long long memory_kb();
/// CLOCK_MONOTONIC in nanoseconds.
long long now_ns();

// ------------------------------------------------------------------------- function mode

/// Function and design mode: capture files, crash and timeout handlers on an alternate stack,
/// RLIMIT_FSIZE = `stdout_limit` (a test printing more gets SIGXFSZ: `output_limit`).
void prepare_function_mode(FlushHook flush, long long stdout_limit);
/// The user's static initializers may run this long (then: a `load_error`).
void limit_loading(long long time_limit_ms);
/// The code is loaded: a crash is now a test's failure, not a `load_error`.
void mark_ready();
/// Test `number` starts: fds 1 and 2 go to fresh capture files, its timer runs.
void begin_test(int number, long long time_limit_ms);
/// The test ended normally: timer stopped, output flushed, fds 1 and 2 restored.
void end_test();
/// A detail shown with the next fatal error (the terminate handler says what was thrown).
void set_fatal_detail(const char* text);

// ---------------------------------------------------------------------------- stdio mode

/// How one run of the user's program ended.
struct ChildResult {
    bool timed_out = false;  // killed by us at the time limit
    bool signaled = false;   // killed by signal `signal`
    int signal = 0;
    int exit_code = 0;
    long long memory_kb = 0;  // peak resident memory of the child
    long long time_ns = 0;
};

/// Stdio mode: SIGCHLD is blocked (waited for with a timeout).
void prepare_stdio_mode();
/// Forks. In the child (returns 0): stdin from `input_path`, stdout and stderr to the next
/// two files, RLIMIT_FSIZE = `stdout_limit`, no record channel, and a crash (SIGSEGV, SIGBUS,
/// SIGFPE) described in `signal_path` before it kills the program as usual. In the parent:
/// the child's pid (-1 on failure).
int fork_program(const char* input_path, const char* stdout_path, const char* stderr_path,
                 const char* signal_path, long long stdout_limit);
/// Waits for the child `pid` at most `time_limit_ms` (then kills it), reaps it.
ChildResult wait_program(int pid, long long time_limit_ms, long long started_ns);
/// "SIGSEGV", "SIGKILL"... ("signal 42" for others).
const char* signal_name(int number);
/// A short explanation of a signal for people ("segmentation fault: ...").
const char* signal_meaning(int number);

}  // namespace pyscape::sys
