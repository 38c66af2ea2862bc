// PyScape C++ harness: the operating-system layer and the record writer. See sys.hpp.
//
// Everything reachable from a signal handler here is async-signal-safe in practice: no
// allocation, static buffers, write(2)/pread(2)/_exit(2). The one exception is the flush hook
// (the user's std::cout/stdout buffers): it runs once, and a fault while it runs skips it.
#include "sys.hpp"

#include "escape.hpp"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

namespace pyscape::sys {
namespace {

constexpr const char* capture_paths[3] = {nullptr, ".capture.stdout", ".capture.stderr"};
/// How much of a test's output a record carries (the host shows 64 KiB).
constexpr std::size_t shown_output_bytes = 64 * 1024;
/// Lines of the test's stderr appended to a crash's message (a failed assert says where).
constexpr int stderr_tail_lines = 5;
/// Slack on a test's time limit before the harness stops the test itself.
constexpr long long timer_grace_ms = 50;

struct State {
    int record_fd = 1;  // a copy of the original stdout: the record channel
    int error_fd = 2;   // a copy of the original stderr
    char nonce[128] = {};
    std::size_t nonce_length = 0;
    FlushHook flush = nullptr;
    int capture_fd[3] = {-1, -1, -1};  // [1] the test's stdout, [2] its stderr
    volatile sig_atomic_t test = 0;    // the running test, 0 between tests
    volatile sig_atomic_t ready = 0;   // the code is loaded: crashes are tests' failures
    volatile sig_atomic_t fatal_depth = 0;
    long long test_started_ns = 0;
    uintptr_t stack_top = 0;
    uintptr_t stack_limit = 0;  // RLIMIT_STACK, 0 if unlimited
    char fatal_detail[2048] = {};
};

State state;
alignas(16) char alternate_stack[256 * 1024];

// --------------------------------------------------------------------- small safe helpers

void write_all(int fd, const char* data, std::size_t length) {
    while (length > 0) {
        ssize_t written = ::write(fd, data, length);
        if (written < 0) {
            if (errno == EINTR) continue;
            return;
        }
        data += written;
        length -= static_cast<std::size_t>(written);
    }
}

void write_text(int fd, const char* text) { write_all(fd, text, strlen(text)); }

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

/// The record of the test that ends here (crash, timeout, output limit, exit()), or a
/// `load_error` when no test runs yet.
void write_failure_record(const char* status, const char* message) {
    Record record;
    if (!state.ready) {
        record.raw("{\"event\":\"load_error\",\"message\":").string(message).raw("}");
        return;
    }
    record.raw("{\"test\":").number(state.test).raw(",\"status\":\"").raw(status);
    record.raw("\",\"output\":null,\"error\":").string(message);
    record.raw(",\"stdout\":").captured_output();
    record.raw(",\"time_ms\":").milliseconds(now_ns() - state.test_started_ns);
    record.raw(",\"memory_kb\":").number(memory_kb()).raw("}");
}

/// Ends the process after a fatal event: message to stderr, a record, _exit.
///
/// A fault inside (a corrupted stdout buffer while flushing) re-enters it: the second entry
/// skips the flush and sends the record prepared by the first; a third gives up.
[[noreturn]] void fail(const char* status, const char* headline, int exit_code) {
    static char message[4096];
    static const char* first_status = "error";
    static int first_exit_code = 1;
    int depth = state.fatal_depth + 1;
    state.fatal_depth = depth;
    if (depth == 1) {
        first_status = status;
        first_exit_code = exit_code;
        std::size_t length = 0;
        auto append = [&](const char* text) {
            for (; *text && length + 1 < sizeof message; ++text) message[length++] = *text;
            message[length] = '\0';
        };
        append(headline);
        if (state.fatal_detail[0]) {
            append("\n");
            append(state.fatal_detail);
        }
        static char tail[1024];
        if (state.test != 0 && tail_of(state.capture_fd[2], stderr_tail_lines, tail, sizeof tail)) {
            append("\n");
            append(tail);
        }
        write_text(state.error_fd, message);
        write_text(state.error_fd, "\n");
        if (state.flush != nullptr) state.flush();
    }
    if (depth <= 2 && (state.test != 0 || !state.ready)) write_failure_record(first_status, message);
    _exit(first_exit_code);
}

void on_fatal_signal(int number, siginfo_t* info, void* context) {
    if (number == SIGALRM && !state.ready) {
        fail("timeout", "Time Limit Exceeded while loading the code (a static initializer?)", 124);
    }
    if (number == SIGALRM) fail("timeout", "Time Limit Exceeded", 124);
    if (number == SIGXFSZ) fail("output_limit", "Output Limit Exceeded", 125);
    static char headline[256];
    std::size_t length = 0;
    auto append = [&](const char* text) {
        for (; *text && length + 1 < sizeof headline; ++text) headline[length++] = *text;
    };
    append("Runtime Error: ");
    append(signal_name(number));
    append(" (");
    append(describe_signal(number, info, context));
    append(")");
    headline[length] = '\0';
    fail("error", headline, 128 + number);
}

void on_exit_during_test() {
    if (state.test != 0) fail("error", "Runtime Error: exit() was called during the test", 1);
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
    static const int fatal[] = {SIGSEGV, SIGBUS, SIGFPE,  SIGILL,  SIGABRT,
                                SIGTRAP, SIGSYS, SIGALRM, SIGXFSZ, SIGXCPU};
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
    _exit(70);
}

void set_timer(long long ms) {
    struct itimerval timer = {};
    timer.it_value.tv_sec = ms / 1000;
    timer.it_value.tv_usec = ms % 1000 * 1000;
    setitimer(ITIMER_REAL, &timer, nullptr);
}

/// In a stdio program: says what a crash was (stack overflow, null pointer...) in the file
/// `signal_fd`, then dies of the same signal (the handler is reset by SA_RESETHAND).
int signal_fd = -1;

void on_program_crash(int number, siginfo_t* info, void* context) {
    write_text(signal_fd, describe_signal(number, info, context));
    raise(number);
}

void describe_program_crashes(const char* path) {
    signal_fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (signal_fd < 0) return;
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

}  // namespace

// ------------------------------------------------------------------------------- records

void open_channel(const char* nonce, std::size_t nonce_length) {
    if (nonce_length > sizeof state.nonce) nonce_length = sizeof state.nonce;
    memcpy(state.nonce, nonce, nonce_length);
    state.nonce_length = nonce_length;
    state.record_fd = fcntl(1, F_DUPFD_CLOEXEC, 3);
    state.error_fd = fcntl(2, F_DUPFD_CLOEXEC, 3);
    if (state.record_fd < 0) state.record_fd = 1;
    if (state.error_fd < 0) state.error_fd = 2;
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

long read_fd(int fd, char* buffer, std::size_t length) {
    for (;;) {
        ssize_t got = ::read(fd, buffer, length);
        if (got >= 0 || errno != EINTR) return static_cast<long>(got);
    }
}

bool write_file(const char* path, const char* data, std::size_t size) {
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) return false;
    while (size > 0) {
        ssize_t written = ::write(fd, data, size);
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) {
            close(fd);
            return false;
        }
        data += written;
        size -= static_cast<std::size_t>(written);
    }
    return close(fd) == 0;
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

void silence_stdin() {
    int fd = open("/dev/null", O_RDONLY);
    if (fd >= 0 && fd != 0) {
        dup2(fd, 0);
        close(fd);
    }
}

// ------------------------------------------------------------------------------- process

void exit_now(int code) { _exit(code); }

long long memory_kb() {
    struct rusage usage;
    return getrusage(RUSAGE_SELF, &usage) == 0 ? usage.ru_maxrss : 0;
}

long long now_ns() {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

// ------------------------------------------------------------------------- function mode

void prepare_function_mode(FlushHook flush, long long stdout_limit) {
    state.flush = flush;
    remember_stack();
    for (int stream = 1; stream <= 2; ++stream) {
        const char* path = capture_paths[stream];
        state.capture_fd[stream] = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (state.capture_fd[stream] < 0) die("cannot create ", path);
    }
    set_file_size_limit(stdout_limit);
    install_handlers();
    atexit(on_exit_during_test);
}

void mark_ready() {
    set_timer(0);
    state.ready = 1;
}

void limit_loading(long long time_limit_ms) {
    set_timer(time_limit_ms + time_limit_ms / 10 + timer_grace_ms);
}

void begin_test(int number, long long time_limit_ms) {
    if (state.flush != nullptr) state.flush();  // output from before the test stays outside
    for (int stream = 1; stream <= 2; ++stream) {
        int fd = state.capture_fd[stream];
        if (ftruncate(fd, 0) != 0 || lseek(fd, 0, SEEK_SET) < 0 || dup2(fd, stream) < 0) {
            die("cannot redirect the test's output to ", capture_paths[stream]);
        }
    }
    state.test_started_ns = now_ns();
    state.test = number;
    set_timer(time_limit_ms + time_limit_ms / 10 + timer_grace_ms);
}

void end_test() {
    set_timer(0);
    if (state.flush != nullptr) state.flush();
    dup2(state.record_fd, 1);
    dup2(state.error_fd, 2);
    state.test = 0;
}

void set_fatal_detail(const char* text) {
    strncpy(state.fatal_detail, text, sizeof state.fatal_detail - 1);
}

// ---------------------------------------------------------------------------- stdio mode

void prepare_stdio_mode() {
    sigset_t child;
    sigemptyset(&child);
    sigaddset(&child, SIGCHLD);
    sigprocmask(SIG_BLOCK, &child, nullptr);
}

int fork_program(const char* input_path, const char* stdout_path, const char* stderr_path,
                 const char* signal_path, long long stdout_limit) {
    pid_t pid = fork();
    if (pid != 0) return pid;
    remember_stack();
    describe_program_crashes(signal_path);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
    redirect(0, input_path, O_RDONLY);
    redirect(1, stdout_path, O_WRONLY | O_CREAT | O_TRUNC);
    redirect(2, stderr_path, O_WRONLY | O_CREAT | O_TRUNC);
    if (state.record_fd > 2) close(state.record_fd);
    if (state.error_fd > 2) close(state.error_fd);
    state.record_fd = -1;
    state.error_fd = 2;
    set_file_size_limit(stdout_limit);
    return 0;
}

ChildResult wait_program(int pid, long long time_limit_ms, long long started_ns) {
    ChildResult result;
    sigset_t child;
    sigemptyset(&child);
    sigaddset(&child, SIGCHLD);
    long long deadline = started_ns + (time_limit_ms + timer_grace_ms) * 1000000LL;
    int status = 0;
    struct rusage usage = {};
    for (;;) {
        pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid || (done < 0 && errno != EINTR)) break;
        long long left = deadline - now_ns();
        if (left <= 0) {
            kill(pid, SIGKILL);
            while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
            }
            result.timed_out = true;
            break;
        }
        struct timespec wait = {static_cast<time_t>(left / 1000000000LL),
                                static_cast<long>(left % 1000000000LL)};
        sigtimedwait(&child, nullptr, &wait);  // a child ended, or the time is up
    }
    result.time_ns = now_ns() - started_ns;
    result.memory_kb = usage.ru_maxrss;
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
