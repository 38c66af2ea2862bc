// PyScape C++ harness: the operating-system layer (file descriptors, signals, fork, limits)
// and the record writer.
//
// Implemented in sys.cpp, a translation unit of its own: the POSIX headers it needs
// (<fcntl.h>, <sys/wait.h>, <sys/resource.h>...) would otherwise add names such as `open` or
// `wait` to the global namespace of the user's code, which LeetCode's does not have. This
// header includes nothing but <cstddef>.
//
// The frames and records travel through system calls made by the harness itself (no `read` or
// `write` of the C library): a `write()` defined in solution.cpp replaces the C library's for
// the whole program, never the harness's channel.
#pragma once

#include <cstddef>

namespace pyscape::sys {

/// Flushes the user's output streams (std::cout, stdout...); set by the runtime.
using FlushHook = void (*)();

// -------------------------------------------------------------------------------- errors

/// An error in the user's code, as a record carries it: `{"type", "message", "line"}`.
struct ErrorInfo {
    char type[256] = {};      // the exception's type or the signal's name (SIGSEGV)
    char message[4096] = {};  // what() or what the signal means
    int line = 0;             // the line in solution.cpp; 0: unknown (null)

    void set(const char* new_type, const char* new_message);
};

/// Fills `error` from a failed assert's text in `text` (`solution.cpp:12: int f(): Assertion
/// `x' failed.`): the message and the line; false if `text` holds no failed assert.
bool read_assertion(const char* text, ErrorInfo& error);

// ------------------------------------------------------------------------------ channel

/// Takes private copies of the original stdin (frames), stdout (records) and stderr
/// (messages), all close-on-exec; the user's stdin becomes /dev/null.
void open_channel(const char* nonce, std::size_t nonce_length);

/// Reads up to `length` bytes of the frames (the original stdin): bytes read, 0 at its end.
long read_frames(char* buffer, std::size_t length);

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
    /// `error` as a JSON object; `null` when `error` is null.
    Record& error(const ErrorInfo* error);
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

/// Creates `path` holding `size` bytes of `data`; false on failure.
bool write_file(const char* path, const char* data, std::size_t size);
/// The last `lines` lines of file `path` (at most `capacity - 1` bytes, NUL-terminated).
std::size_t file_tail(const char* path, int lines, char* out, std::size_t capacity);
/// Up to `capacity - 1` bytes of file `path` from its start, NUL-terminated.
std::size_t file_head(const char* path, char* out, std::size_t capacity);

// ------------------------------------------------------------------------------- process

[[noreturn]] void exit_now(int code);
/// Peak resident memory of this process, in KiB (a hint: the host measures the sandbox).
long long memory_kb();
/// CPU time of this process in nanoseconds (a hint: the host measures the sandbox).
long long cpu_ns();

// ------------------------------------------------------------------------- function mode

/// Function and design mode, before the user's code is loaded: fds 1 and 2 go to capture
/// files, crash handlers run on an alternate stack, RLIMIT_FSIZE = `stdout_limit` (a test
/// printing more gets SIGXFSZ: `output_limit`), and exit() becomes a failure. A crash now
/// is a `load_error`.
void prepare_function_mode(FlushHook flush, long long stdout_limit);
/// The code is loaded: a crash is now a test's failure, not a `load_error`.
void mark_ready();
/// Test `number` starts: its capture files are emptied.
void begin_test(int number);
/// The test ended normally: the user's output is flushed into the capture files.
void end_test();
/// The record of test `number`: its status, its answer (JSON text; null if `answer` is), what
/// it printed (the capture files), its error (or null) and CPU time, and the peak memory.
void send_test_result(int number, const char* status, const char* answer, std::size_t size,
                      const ErrorInfo* error, long long time_ns);
/// The error shown for the next SIGABRT (the terminate handler says what was thrown); in a
/// stdio program, written at once to its file of `fork_program`.
void set_fatal_error(const ErrorInfo& error);

// ---------------------------------------------------------------------------- stdio mode

/// How one run of the user's program ended.
struct ChildResult {
    bool stopped = false;    // killed by the harness at the wall-clock backstop
    bool signaled = false;   // killed by signal `signal`
    int signal = 0;
    int exit_code = 0;
    long long memory_kb = 0;  // peak resident memory of the child
    long long cpu_ns = 0;     // CPU time of the child
};

/// Stdio mode: SIGCHLD is blocked (waited for with a timeout), and this process is not
/// dumpable, so that the user's program (its child) cannot open its channel through /proc.
void prepare_stdio_mode();
/// Forks. In the child (returns 0): stdin from `input_path`, stdout and stderr to the next
/// two files, RLIMIT_FSIZE = `stdout_limit`, no channel, and a crash (SIGSEGV, SIGBUS,
/// SIGFPE) or an uncaught exception described in `error_path` (its type, a newline, its
/// message) before it kills the program as usual. In the parent: the child's pid (-1 on
/// failure).
int fork_program(const char* input_path, const char* stdout_path, const char* stderr_path,
                 const char* error_path, long long stdout_limit);
/// Waits for the child `pid`, killing it after `wall_ms` of wall clock (the host's backstop:
/// the time limit is CPU time, measured by the host), and reaps it.
ChildResult wait_program(int pid, long long wall_ms);
/// "SIGSEGV", "SIGKILL"... ("signal 42" for others).
const char* signal_name(int number);
/// A short explanation of a signal for people ("segmentation fault: ...").
const char* signal_meaning(int number);

}  // namespace pyscape::sys
