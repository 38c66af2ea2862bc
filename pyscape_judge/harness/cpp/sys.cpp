// PyScape C++ harness: the operating-system layer and the record writer. See sys.hpp.
//
// Everything reachable from a signal handler here is async-signal-safe in practice: no
// allocation, static buffers, raw system calls. The one exception is the flush hook (the
// user's std::cout/stdout buffers): it runs once, and a fault while it runs skips it.
#include "sys.hpp"

#include "escape.hpp"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

namespace pyscape::sys {
namespace {

// ---------------------------------------------------------------------- system calls
//
// The user's code is linked into the same program, so an `extern "C"` function of its own
// named `write`, `read`, `clock_gettime` (or `syscall`) would replace the C library's for the
// harness too. The channel and the clocks use these instead: the `syscall` instruction itself.

long system_call(long number, long a = 0, long b = 0, long c = 0) {
    long result;
#if defined(__x86_64__)
    asm volatile("syscall"
                 : "=a"(result)
                 : "a"(number), "D"(a), "S"(b), "d"(c)
                 : "rcx", "r11", "memory");
#elif defined(__aarch64__)
    register long x8 asm("x8") = number;
    register long x0 asm("x0") = a;
    register long x1 asm("x1") = b;
    register long x2 asm("x2") = c;
    asm volatile("svc 0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2) : "memory");
    result = x0;
#else
#error "the PyScape harness makes its system calls itself on x86-64 and arm64 only"
#endif
    return result;  // -errno on failure
}

long read_raw(int fd, char* buffer, std::size_t length) {
    for (;;) {
        long got = system_call(SYS_read, fd, reinterpret_cast<long>(buffer),
                               static_cast<long>(length));
        if (got != -EINTR) return got;
    }
}

void write_all(int fd, const char* data, std::size_t length) {
    while (length > 0) {
        long written = system_call(SYS_write, fd, reinterpret_cast<long>(data),
                                   static_cast<long>(length));
        if (written == -EINTR) continue;
        if (written <= 0) return;
        data += written;
        length -= static_cast<std::size_t>(written);
    }
}

long long clock_ns(clockid_t clock) {
    struct timespec now = {};
    system_call(SYS_clock_gettime, clock, reinterpret_cast<long>(&now));
    return static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

[[noreturn]] void exit_raw(int code) {
    for (;;) system_call(SYS_exit_group, code);
}

// ------------------------------------------------------------------------------ state

constexpr const char* capture_paths[3] = {nullptr, ".capture.stdout", ".capture.stderr"};
/// How much of a test's output a record carries (the host shows 64 KiB).
constexpr std::size_t shown_output_bytes = 64 * 1024;
/// Lines of the test's stderr searched for a failed assert's text.
constexpr int stderr_tail_lines = 5;

struct State {
    int frame_fd = 0;   // a copy of the original stdin: the frames
    int record_fd = 1;  // a copy of the original stdout: the record channel
    int error_fd = 2;   // a copy of the original stderr
    char nonce[128] = {};
    std::size_t nonce_length = 0;
    FlushHook flush = nullptr;
    int capture_fd[3] = {-1, -1, -1};  // [1] the test's stdout, [2] its stderr
    volatile sig_atomic_t test = 0;    // the running test, 0 between tests
    volatile sig_atomic_t ready = 0;   // the code is loaded: crashes are tests' failures
    volatile sig_atomic_t fatal_depth = 0;
    volatile sig_atomic_t has_fatal_error = 0;
    long long test_started_ns = 0;  // CPU time
    uintptr_t stack_top = 0;
    uintptr_t stack_limit = 0;  // RLIMIT_STACK, 0 if unlimited
    ErrorInfo fatal_error;      // what the terminate handler said
    int error_file_fd = -1;     // in a stdio program: where a crash is described
};

State state;
alignas(16) char alternate_stack[256 * 1024];

// --------------------------------------------------------------------- small safe helpers

void write_text(int fd, const char* text) { write_all(fd, text, strlen(text)); }

/// Copies the NUL-terminated `text` into `out` (`capacity` bytes), cut if needed.
void copy_string(char* out, std::size_t capacity, const char* text) {
    std::size_t length = 0;
    for (; text[length] && length + 1 < capacity; ++length) out[length] = text[length];
    out[length] = '\0';
}

/// Decimal digits of `value` into `out` (at least 24 bytes); returns the length.
std::size_t format_unsigned(unsigned long long value, char* out) {
    char digits[24];
    std::size_t n = 0;
    do {
        digits[n++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value > 0);
    for (std::size_t i = 0; i < n; ++i) out[i] = digits[n - 1 - i];
    return n;
}

/// pread(2) of up to `length` bytes from `offset`, retrying; the bytes read.
std::size_t read_at(int fd, char* buffer, std::size_t length, std::size_t offset) {
    std::size_t done = 0;
    while (done < length) {
        ssize_t got = pread(fd, buffer + done, length - done, static_cast<off_t>(offset + done));
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) break;
        done += static_cast<std::size_t>(got);
    }
    return done;
}

std::size_t file_size(int fd) {
    struct stat info;
    return fd >= 0 && fstat(fd, &info) == 0 ? static_cast<std::size_t>(info.st_size) : 0;
}

/// How many bytes at the end of `data` start a UTF-8 sequence that is cut off.
std::size_t incomplete_utf8_tail(const char* data, std::size_t length) {
    for (std::size_t back = 1; back <= 3 && back <= length; ++back) {
        unsigned char c = static_cast<unsigned char>(data[length - back]);
        if ((c & 0xC0) == 0x80) continue;  // a continuation byte: look further back
        std::size_t needed = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return needed > back ? back : 0;
    }
    return 0;
}

/// Up to `limit` bytes of `fd` from its start, escaped into `out` (a JSON string's inside).
/// Returns the bytes read, and whether it ended with a newline.
std::size_t escape_file(Record& out, int fd, std::size_t limit, bool& ends_with_newline) {
    static char buffer[64 * 1024];
    std::size_t offset = 0;
    std::size_t carried = 0;  // bytes of a cut UTF-8 sequence kept at the buffer's start
    while (offset < limit) {
        std::size_t want = sizeof buffer - carried;
        if (want > limit - offset) want = limit - offset;
        std::size_t got = read_at(fd, buffer + carried, want, offset);
        offset += got;
        std::size_t length = carried + got;
        bool last = got < want || offset >= limit;
        std::size_t keep = last ? 0 : incomplete_utf8_tail(buffer, length);
        escape_json(out, buffer, length - keep);
        if (length - keep > 0) ends_with_newline = buffer[length - keep - 1] == '\n';
        memmove(buffer, buffer + length - keep, keep);
        carried = keep;
        if (last) break;
    }
    return offset;
}

/// The last `lines` lines among the last `capacity - 1` bytes of `fd`, NUL-terminated.
std::size_t tail_of(int fd, int lines, char* out, std::size_t capacity) {
    if (capacity == 0) return 0;
    std::size_t size = file_size(fd);
    std::size_t length = size < capacity - 1 ? size : capacity - 1;
    length = read_at(fd, out, length, size - length);
    while (length > 0 && (out[length - 1] == '\n' || out[length - 1] == ' ')) --length;
    std::size_t start = length;
    for (int seen = 0; start > 0; --start) {
        if (out[start - 1] == '\n' && ++seen == lines) break;
    }
    memmove(out, out + start, length - start);
    out[length - start] = '\0';
    return length - start;
}

// ------------------------------------------------------------------------ crash reports

/// A signal's meaning, more precise when its details say more (null pointer, stack overflow).
const char* describe_signal(int number, const siginfo_t* info, const void* context) {
    if (number == SIGSEGV && info != nullptr) {
        uintptr_t address = reinterpret_cast<uintptr_t>(info->si_addr);
        uintptr_t sp = address;
#if defined(__x86_64__)
        if (context) {
            sp = static_cast<uintptr_t>(
                static_cast<const ucontext_t*>(context)->uc_mcontext.gregs[REG_RSP]);
        }
#elif defined(__aarch64__)
        if (context) sp = static_cast<const ucontext_t*>(context)->uc_mcontext.sp;
#endif
        constexpr uintptr_t slack = 1 << 20;
        uintptr_t top = state.stack_top;
        if (state.stack_limit && sp <= top && top - sp + slack >= state.stack_limit) {
            return "segmentation fault: stack overflow, the recursion is too deep";
        }
        if (address < 65536) return "segmentation fault: a null pointer was dereferenced";
    }
    if (number == SIGFPE && info != nullptr && info->si_code == FPE_INTDIV) {
        return "arithmetic error: an integer division by zero";
    }
    return signal_meaning(number);
}

/// The record of the test that ends here (crash, output limit, exit()), or a `load_error`
/// when no test runs yet.
void write_failure_record(const char* status, const ErrorInfo* error) {
    if (!state.ready) {
        Record record;
        record.raw("{\"event\":\"load_error\",\"error\":").error(error).raw("}");
        return;
    }
    send_test_result(state.test, status, nullptr, 0, error, cpu_ns() - state.test_started_ns);
}

/// Ends the process after a fatal event: a record, then exit.
///
/// A fault inside (a corrupted stdout buffer while flushing) re-enters it: the second entry
/// skips the flush and sends the record prepared by the first; a third gives up.
[[noreturn]] void fail(const char* status, const ErrorInfo* error, int exit_code) {
    static const char* first_status = "error";
    static const ErrorInfo* first_error = nullptr;
    static int first_exit_code = 1;
    int depth = state.fatal_depth + 1;
    state.fatal_depth = depth;
    if (depth == 1) {
        first_status = status;
        first_error = error;
        first_exit_code = exit_code;
        if (state.flush != nullptr) state.flush();
    }
    if (depth <= 2 && (state.test != 0 || !state.ready)) {
        write_failure_record(first_status, first_error);
    }
    exit_raw(first_exit_code);
}

/// What a fatal signal was: the exception std::terminate reported, or the signal with its
/// meaning (and a failed assert's text and line, from the test's stderr).
const ErrorInfo* error_of_signal(int number, siginfo_t* info, void* context) {
    if (number == SIGABRT && state.has_fatal_error) return &state.fatal_error;
    static ErrorInfo error;
    error.set(signal_name(number), describe_signal(number, info, context));
    static char tail[2048];
    if (number == SIGABRT && tail_of(state.capture_fd[2], stderr_tail_lines, tail, sizeof tail)) {
        read_assertion(tail, error);
    }
    return &error;
}

void on_fatal_signal(int number, siginfo_t* info, void* context) {
    const char* status = number == SIGXFSZ ? "output_limit" : "error";
    fail(status, error_of_signal(number, info, context), 128 + number);
}

/// exit() while loading or during a test is the user's (the harness ends with exit_group).
void on_exit_called(int code, void*) {
    if (state.test == 0 && state.ready) return;
    static ErrorInfo error;
    snprintf(error.message, sizeof error.message, "exit(%d) was called %s", code,
             state.ready ? "during the test" : "while the code was loading");
    copy_string(error.type, sizeof error.type, "exit");
    fail("error", &error, 1);
}

void use_alternate_stack() {
    stack_t stack = {};
    stack.ss_sp = alternate_stack;
    stack.ss_size = sizeof alternate_stack;
    sigaltstack(&stack, nullptr);
}

void install_handlers() {
    use_alternate_stack();
    struct sigaction action = {};
    action.sa_sigaction = on_fatal_signal;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
    sigemptyset(&action.sa_mask);
    static const int fatal[] = {SIGSEGV, SIGBUS, SIGFPE,  SIGILL, SIGABRT,
                                SIGTRAP, SIGSYS, SIGXFSZ, SIGXCPU};
    for (int number : fatal) sigaction(number, &action, nullptr);
}

void remember_stack() {
    state.stack_top = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
    struct rlimit limit;
    if (getrlimit(RLIMIT_STACK, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) {
        state.stack_limit = static_cast<uintptr_t>(limit.rlim_cur);
    }
}

void set_file_size_limit(long long bytes) {
    struct rlimit limit;
    limit.rlim_cur = limit.rlim_max = static_cast<rlim_t>(bytes);
    setrlimit(RLIMIT_FSIZE, &limit);
}

[[noreturn]] void die(const char* what, const char* path) {
    write_text(state.error_fd, "pyscape harness: ");
    write_text(state.error_fd, what);
    write_text(state.error_fd, path);
    write_text(state.error_fd, "\n");
    exit_raw(70);
}

/// Writes `error` (its type, a newline, its message) into the file of a stdio program's crash.
void describe_in_file(const ErrorInfo& error) {
    if (state.error_file_fd < 0) return;
    write_text(state.error_file_fd, error.type);
    write_text(state.error_file_fd, "\n");
    write_text(state.error_file_fd, error.message);
}

/// In a stdio program: says what a crash was (stack overflow, null pointer...), then dies of
/// the same signal (the handler is reset by SA_RESETHAND).
void on_program_crash(int number, siginfo_t* info, void* context) {
    static ErrorInfo error;
    error.set(signal_name(number), describe_signal(number, info, context));
    describe_in_file(error);
    raise(number);
}

void describe_program_crashes(const char* path) {
    state.error_file_fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (state.error_file_fd < 0) return;
    use_alternate_stack();
    struct sigaction action = {};
    action.sa_sigaction = on_program_crash;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESETHAND | SA_NODEFER;
    sigemptyset(&action.sa_mask);
    static const int crashes[] = {SIGSEGV, SIGBUS, SIGFPE};
    for (int number : crashes) sigaction(number, &action, nullptr);
}

/// Opens `path` with `flags` as file descriptor `target` (in the child of fork_program).
void redirect(int target, const char* path, int flags) {
    int fd = open(path, flags, 0600);
    if (fd < 0 || dup2(fd, target) < 0) die("cannot open ", path);
    if (fd != target) close(fd);
}

/// A private, close-on-exec copy of `fd` above the standard three.
int private_copy(int fd) {
    int copy = fcntl(fd, F_DUPFD_CLOEXEC, 3);
    return copy < 0 ? fd : copy;
}

}  // namespace

// -------------------------------------------------------------------------------- errors

void ErrorInfo::set(const char* new_type, const char* new_message) {
    copy_string(type, sizeof type, new_type);
    copy_string(message, sizeof message, new_message);
    line = 0;
}

bool read_assertion(const char* text, ErrorInfo& error) {
    const char* assertion = strstr(text, "Assertion `");
    if (assertion == nullptr) return false;
    const char* start = assertion;
    while (start > text && start[-1] != '\n') --start;
    std::size_t length = strcspn(assertion, "\n");
    if (length >= sizeof error.message) length = sizeof error.message - 1;
    memcpy(error.message, assertion, length);
    error.message[length] = '\0';
    const char* file = strstr(start, "solution.cpp:");
    if (file != nullptr && file < assertion) error.line = atoi(file + strlen("solution.cpp:"));
    return true;
}

// ------------------------------------------------------------------------------ channel

void open_channel(const char* nonce, std::size_t nonce_length) {
    if (nonce_length > sizeof state.nonce) nonce_length = sizeof state.nonce;
    memcpy(state.nonce, nonce, nonce_length);
    state.nonce_length = nonce_length;
    state.frame_fd = private_copy(0);
    state.record_fd = private_copy(1);
    state.error_fd = private_copy(2);
    int empty = open("/dev/null", O_RDONLY);
    if (empty >= 0 && empty != 0) {
        dup2(empty, 0);
        close(empty);
    }
}

long read_frames(char* buffer, std::size_t length) {
    return read_raw(state.frame_fd, buffer, length);
}

Record::Record() {
    raw("\n", 1);
    raw(state.nonce, state.nonce_length);
    raw(" ", 1);
}

Record::~Record() {
    raw("\n", 1);
    flush();
}

void Record::flush() {
    write_all(state.record_fd, buffer_, used_);
    used_ = 0;
}

Record& Record::raw(const char* json) { return raw(json, strlen(json)); }

Record& Record::raw(const char* json, std::size_t length) {
    while (length > 0) {
        if (used_ == sizeof buffer_) flush();
        std::size_t part = sizeof buffer_ - used_;
        if (part > length) part = length;
        memcpy(buffer_ + used_, json, part);
        used_ += part;
        json += part;
        length -= part;
    }
    return *this;
}

Record& Record::string(const char* text) {
    return text == nullptr ? raw("null", 4) : string(text, strlen(text));
}

Record& Record::string(const char* text, std::size_t length) {
    raw("\"", 1);
    escape_json(*this, text, length);
    return raw("\"", 1);
}

Record& Record::number(long long value) {
    char digits[24];
    if (value < 0) raw("-", 1);
    unsigned long long magnitude =
        value < 0 ? 0ULL - static_cast<unsigned long long>(value) : static_cast<unsigned long long>(value);
    return raw(digits, format_unsigned(magnitude, digits));
}

Record& Record::milliseconds(long long ns) {
    unsigned long long us = ns > 0 ? static_cast<unsigned long long>(ns) / 1000 : 0;
    number(static_cast<long long>(us / 1000));
    char fraction[4] = {'.', static_cast<char>('0' + us % 1000 / 100),
                        static_cast<char>('0' + us % 100 / 10), static_cast<char>('0' + us % 10)};
    return raw(fraction, 4);
}

Record& Record::error(const ErrorInfo* error) {
    if (error == nullptr) return raw("null", 4);
    raw("{\"type\":").string(error->type).raw(",\"message\":").string(error->message);
    raw(",\"line\":");
    return (error->line > 0 ? number(error->line) : raw("null", 4)).raw("}", 1);
}

Record& Record::captured_output() {
    std::size_t sizes[3] = {0, file_size(state.capture_fd[1]), file_size(state.capture_fd[2])};
    if (sizes[1] + sizes[2] == 0) return raw("null", 4);
    raw("\"", 1);
    bool ends_with_newline = true;
    for (int stream = 1; stream <= 2; ++stream) {
        if (sizes[stream] == 0) continue;
        if (!ends_with_newline) raw("\\n", 2);
        std::size_t shown = escape_file(*this, state.capture_fd[stream], shown_output_bytes,
                                        ends_with_newline);
        if (sizes[stream] > shown) {
            raw(ends_with_newline ? "[... cut]\\n" : "\\n[... cut]\\n");
            ends_with_newline = true;
        }
    }
    return raw("\"", 1);
}

Record& Record::file_text(const char* path, long long limit, bool null_if_empty) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0 || (null_if_empty && file_size(fd) == 0)) {
        if (fd >= 0) close(fd);
        return null_if_empty ? raw("null", 4) : raw("\"\"", 2);
    }
    raw("\"", 1);
    bool ends_with_newline = true;
    std::size_t shown = escape_file(*this, fd, static_cast<std::size_t>(limit), ends_with_newline);
    if (file_size(fd) > shown) raw(ends_with_newline ? "[... cut]\\n" : "\\n[... cut]\\n");
    close(fd);
    return raw("\"", 1);
}

void send_stderr(const char* text) { write_text(state.error_fd, text); }

// --------------------------------------------------------------------------------- files

bool write_file(const char* path, const char* data, std::size_t size) {
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) return false;
    write_all(fd, data, size);
    bool complete = file_size(fd) == size;
    return close(fd) == 0 && complete;
}

std::size_t file_tail(const char* path, int lines, char* out, std::size_t capacity) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (capacity) out[0] = '\0';
        return 0;
    }
    std::size_t length = tail_of(fd, lines, out, capacity);
    close(fd);
    return length;
}

std::size_t file_head(const char* path, char* out, std::size_t capacity) {
    if (capacity == 0) return 0;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    std::size_t length = fd < 0 ? 0 : read_at(fd, out, capacity - 1, 0);
    if (fd >= 0) close(fd);
    out[length] = '\0';
    return length;
}

// ------------------------------------------------------------------------------- process

void exit_now(int code) { exit_raw(code); }

long long memory_kb() {
    struct rusage usage;
    return getrusage(RUSAGE_SELF, &usage) == 0 ? usage.ru_maxrss : 0;
}

long long cpu_ns() { return clock_ns(CLOCK_PROCESS_CPUTIME_ID); }

// ------------------------------------------------------------------------- function mode

void prepare_function_mode(FlushHook flush, long long stdout_limit) {
    state.flush = flush;
    remember_stack();
    for (int stream = 1; stream <= 2; ++stream) {
        const char* path = capture_paths[stream];
        int fd = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (fd < 0 || dup2(fd, stream) < 0) die("cannot create ", path);
        state.capture_fd[stream] = fd;
    }
    set_file_size_limit(stdout_limit);
    install_handlers();
    on_exit(on_exit_called, nullptr);
}

void mark_ready() { state.ready = 1; }

void begin_test(int number) {
    if (state.flush != nullptr) state.flush();  // output from before the test stays outside
    for (int stream = 1; stream <= 2; ++stream) {
        int fd = state.capture_fd[stream];
        if (ftruncate(fd, 0) != 0 || lseek(fd, 0, SEEK_SET) < 0) {
            die("cannot empty ", capture_paths[stream]);
        }
    }
    state.test_started_ns = cpu_ns();
    state.test = number;
}

void end_test() {
    if (state.flush != nullptr) state.flush();
    state.test = 0;
}

void send_test_result(int number, const char* status, const char* answer, std::size_t size,
                      const ErrorInfo* error, long long time_ns) {
    Record record;
    record.raw("{\"event\":\"test\",\"test\":").number(number);
    record.raw(",\"status\":\"").raw(status).raw("\",\"output\":");
    if (answer != nullptr) {
        record.raw(answer, size);
    } else {
        record.raw("null", 4);
    }
    record.raw(",\"stdout\":").captured_output();
    record.raw(",\"error\":").error(error);
    record.raw(",\"time_ms\":").milliseconds(time_ns);
    record.raw(",\"memory_kb\":").number(memory_kb()).raw("}");
}

void set_fatal_error(const ErrorInfo& error) {
    if (state.error_file_fd >= 0) {
        describe_in_file(error);
        return;
    }
    state.fatal_error.set(error.type, error.message);
    state.fatal_error.line = error.line;
    state.has_fatal_error = 1;
}

// ---------------------------------------------------------------------------- stdio mode

void prepare_stdio_mode() {
    sigset_t child;
    sigemptyset(&child);
    sigaddset(&child, SIGCHLD);
    sigprocmask(SIG_BLOCK, &child, nullptr);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

int fork_program(const char* input_path, const char* stdout_path, const char* stderr_path,
                 const char* error_path, long long stdout_limit) {
    pid_t pid = fork();
    if (pid != 0) return pid;
    prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);  // its own /proc/self as in any program
    remember_stack();
    describe_program_crashes(error_path);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
    redirect(0, input_path, O_RDONLY);
    redirect(1, stdout_path, O_WRONLY | O_CREAT | O_TRUNC);
    redirect(2, stderr_path, O_WRONLY | O_CREAT | O_TRUNC);
    const int channel[] = {state.frame_fd, state.record_fd, state.error_fd};
    for (int fd : channel) {
        if (fd > 2) close(fd);
    }
    state.frame_fd = state.record_fd = -1;
    state.error_fd = 2;
    set_file_size_limit(stdout_limit);
    return 0;
}

ChildResult wait_program(int pid, long long wall_ms) {
    ChildResult result;
    sigset_t child;
    sigemptyset(&child);
    sigaddset(&child, SIGCHLD);
    long long deadline = clock_ns(CLOCK_MONOTONIC) + wall_ms * 1000000LL;
    int status = 0;
    struct rusage usage = {};
    for (;;) {
        pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid || (done < 0 && errno != EINTR)) break;
        long long left = deadline - clock_ns(CLOCK_MONOTONIC);
        if (left <= 0) {
            kill(pid, SIGKILL);
            while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
            }
            result.stopped = true;
            break;
        }
        struct timespec wait = {static_cast<time_t>(left / 1000000000LL),
                                static_cast<long>(left % 1000000000LL)};
        sigtimedwait(&child, nullptr, &wait);  // a child ended, or the time is up
    }
    result.memory_kb = usage.ru_maxrss;
    result.cpu_ns = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000000000LL +
                    (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1000LL;
    if (WIFSIGNALED(status)) {
        result.signaled = true;
        result.signal = WTERMSIG(status);
    } else if (WIFEXITED(status)) {
        result.exit_code = WEXITSTATUS(status);
    }
    return result;
}

const char* signal_name(int number) {
    switch (number) {
        case SIGSEGV: return "SIGSEGV";
        case SIGBUS: return "SIGBUS";
        case SIGFPE: return "SIGFPE";
        case SIGILL: return "SIGILL";
        case SIGABRT: return "SIGABRT";
        case SIGTRAP: return "SIGTRAP";
        case SIGSYS: return "SIGSYS";
        case SIGKILL: return "SIGKILL";
        case SIGTERM: return "SIGTERM";
        case SIGPIPE: return "SIGPIPE";
        case SIGXFSZ: return "SIGXFSZ";
        case SIGXCPU: return "SIGXCPU";
        case SIGALRM: return "SIGALRM";
        case SIGINT: return "SIGINT";
        case SIGHUP: return "SIGHUP";
        case SIGUSR1: return "SIGUSR1";
        case SIGUSR2: return "SIGUSR2";
        default: break;
    }
    static char other[32] = "signal ";
    std::size_t length = 7 + format_unsigned(static_cast<unsigned>(number), other + 7);
    other[length] = '\0';
    return other;
}

const char* signal_meaning(int number) {
    switch (number) {
        case SIGSEGV:
            return "segmentation fault: an invalid memory access, e.g. a null or dangling "
                   "pointer, an index out of bounds or a stack overflow";
        case SIGBUS: return "bus error: an invalid memory access";
        case SIGFPE: return "arithmetic error, e.g. an integer division by zero";
        case SIGILL:
            return "illegal instruction, e.g. a function returning a value reached its end "
                   "without `return`";
        case SIGABRT:
            return "the program aborted, e.g. a failed assert, an uncaught exception or a "
                   "corrupted heap";
        case SIGTRAP: return "trap";
        case SIGSYS: return "a forbidden system call";
        case SIGKILL: return "killed";
        case SIGPIPE: return "broken pipe";
        case SIGXFSZ: return "output limit exceeded";
        case SIGXCPU: return "CPU time limit exceeded";
        default: return "killed by a signal";
    }
}

}  // namespace pyscape::sys
