// PyScape C++ harness: the runtime shared by function, design and stdio mode. See runtime.hpp.
//
// Its own translation unit, compiled apart from the user's code, without the precompiled
// header and with -O0, so written with light headers only (C library, <exception>,
// <typeinfo>, <cxxabi.h>): no std::string, fixed buffers and malloc. It starts before the C++
// runtime itself is initialized (see `start` below), which these light headers also allow.
#include "runtime.hpp"

#include <cxxabi.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <new>
#include <typeinfo>

#include "json.hpp"
#include "sys.hpp"

namespace pyscape {

// ================================================================================= frames

namespace {

bool equals(Text text, const char* word) {
    return text.size == std::strlen(word) && std::memcmp(text.data, word, text.size) == 0;
}

/// Says why the harness cannot go on (a broken frame: the host's fault) and exits.
[[noreturn]] void protocol_failure(const char* what) {
    sys::send_stderr("pyscape harness: ");
    sys::send_stderr(what);
    sys::send_stderr("\n");
    sys::exit_now(2);
}

/// One frame from the host, its buffer reused by the next one.
struct Frame {
    char* text = nullptr;
    std::size_t size = 0;
    std::size_t capacity = 0;
};

/// Reads the next frame, `<decimal length>\n<bytes>`, byte-exact, into `frame`.
void read_frame(Frame& frame) {
    std::size_t length = 0;
    int digits = 0;
    char c = 0;
    while (sys::read_frames(&c, 1) == 1 && c != '\n') {
        if (c < '0' || c > '9' || ++digits > 15) protocol_failure("bad frame header");
        length = length * 10 + static_cast<std::size_t>(c - '0');
    }
    if (c != '\n' || digits == 0) protocol_failure("stdin ended before the next frame");
    if (length + 1 > frame.capacity) {
        char* grown = static_cast<char*>(std::realloc(frame.text, length + 1));
        if (grown == nullptr) protocol_failure("no memory for a frame");
        frame.text = grown;
        frame.capacity = length + 1;
    }
    std::size_t done = 0;
    while (done < length) {
        long got = sys::read_frames(frame.text + done, length - done);
        if (got <= 0) protocol_failure("a frame ended early");
        done += static_cast<std::size_t>(got);
    }
    frame.size = length;
}

/// The job frame: what to run and where to report. The signature is not needed (the driver
/// was generated from it), nor the test count (the end frame says when to stop).
struct Job {
    char mode[16] = {};
    long long stdout_limit = 1 << 20;
};

/// Copies `text` into `out` (a NUL-terminated buffer of `capacity` bytes).
void copy_text(Text text, char* out, std::size_t capacity) {
    std::size_t length = text.size < capacity - 1 ? text.size : capacity - 1;
    std::memcpy(out, text.data, length);
    out[length] = '\0';
}

/// Fills `job` from its frame and opens the record channel with the job's nonce.
void parse_job(const Frame& frame, Job& job) {
    Reader reader(frame.text, frame.size);
    auto members = reader.object();
    Text key;
    while (members.next(key)) {
        if (equals(key, "nonce")) {
            Text nonce = reader.string();
            sys::open_channel(nonce.data, nonce.size);
        } else if (equals(key, "mode")) {
            copy_text(reader.string(), job.mode, sizeof job.mode);
        } else if (equals(key, "stdout_limit")) {
            job.stdout_limit = reader.integer();
        } else {
            reader.skip();
        }
    }
    reader.finish();
}

/// Reads the job (the frame that follows `go`) and checks it is for this driver's mode.
Job receive_job() {
    Frame frame;
    read_frame(frame);
    Job job;
    try {
        parse_job(frame, job);
    } catch (const InputError& e) {
        char message[1200];
        std::snprintf(message, sizeof message, "bad job: %s", e.what());
        protocol_failure(message);
    }
    std::free(frame.text);
    if (std::strcmp(job.mode, driver.mode) != 0) {
        char message[128];
        std::snprintf(message, sizeof message, "the driver was generated for %s mode, the job "
                      "is in %s mode", driver.mode, job.mode);
        protocol_failure(message);
    }
    return job;
}

/// A test frame, `{"test": 3, "input": [...], "wall_ms": 7000}`, or the end frame
/// `{"end": true}`. The input is JSON text inside the frame's buffer.
struct TestFrame {
    long long number = 0;
    Text input;
    long long wall_ms = 0;
    bool end = false;
};

TestFrame parse_test_frame(const Frame& frame) {
    TestFrame test;
    Reader reader(frame.text, frame.size);
    auto members = reader.object();
    Text key;
    while (members.next(key)) {
        if (equals(key, "test")) {
            test.number = reader.integer();
        } else if (equals(key, "input")) {
            test.input = reader.skip();
        } else if (equals(key, "wall_ms")) {
            test.wall_ms = reader.integer();
        } else if (equals(key, "end")) {
            test.end = reader.boolean();
        } else {
            reader.skip();
        }
    }
    reader.finish();
    return test;
}

/// Reads the next test frame (or the end frame) into `frame`.
TestFrame next_test(Frame& frame) {
    read_frame(frame);
    try {
        return parse_test_frame(frame);
    } catch (const InputError& e) {
        char message[1200];
        std::snprintf(message, sizeof message, "bad test frame: %s", e.what());
        protocol_failure(message);
    }
}

void send_event(const char* event) {
    sys::Record().raw("{\"event\":\"").raw(event).raw("\"}");
}

// ============================================================================= exceptions

/// Replaces every `from` in the NUL-terminated `text` (of `capacity` bytes) by `to`.
void replace_all(char* text, std::size_t capacity, const char* from, const char* to) {
    std::size_t from_length = std::strlen(from);
    std::size_t to_length = std::strlen(to);
    for (char* at = std::strstr(text, from); at != nullptr; at = std::strstr(at + to_length, from)) {
        std::size_t rest = std::strlen(at + from_length) + 1;
        if (at - text + to_length + rest > capacity) return;
        std::memmove(at + to_length, at + from_length, rest);
        std::memcpy(at, to, to_length);
    }
}

/// A readable type name (`std::out_of_range`, `int`, `std::string`) into `out`.
void demangle(const char* name, char* out, std::size_t capacity) {
    int status = 0;
    char* readable = abi::__cxa_demangle(name, nullptr, nullptr, &status);
    std::snprintf(out, capacity, "%s", status == 0 && readable != nullptr ? readable : name);
    std::free(readable);
    replace_all(out, capacity, "std::__cxx11::", "std::");
    replace_all(out, capacity, "std::basic_string<char, std::char_traits<char>, "
                "std::allocator<char> >", "std::string");
}

/// The exception being handled as an error: its type and its message (what(), or the text
/// of a thrown string); call inside a catch block.
void describe_current_exception(sys::ErrorInfo& error) {
    error.line = 0;
    error.message[0] = '\0';
    try {
        throw;
    } catch (const std::exception& e) {
        demangle(typeid(e).name(), error.type, sizeof error.type);
        std::snprintf(error.message, sizeof error.message, "%s", e.what());
    } catch (const char* text) {
        std::snprintf(error.type, sizeof error.type, "const char*");
        std::snprintf(error.message, sizeof error.message, "%s", text);
    } catch (...) {
        const std::type_info* thrown = abi::__cxa_current_exception_type();
        demangle(thrown ? thrown->name() : "unknown", error.type, sizeof error.type);
    }
}

/// std::terminate (an exception escaping a static initializer, a destructor, a noexcept
/// function): remember what was thrown, then abort (the SIGABRT handler reports it).
[[noreturn]] void on_terminate() {
    static sys::ErrorInfo error;
    error.set("std::terminate", "std::terminate was called");
    if (std::current_exception()) {
        try {
            throw;
        } catch (...) {
            describe_current_exception(error);
        }
    }
    sys::set_fatal_error(error);
    std::abort();
}

}  // namespace

// ========================================================================== function mode

namespace {

/// Runs `call` on one input into `answer`: the test's status, and its error when not ok.
const char* call_user(Call call, Text input, Output& answer, sys::ErrorInfo& error) {
    try {
        Reader reader(input);
        call(reader, answer);
        reader.finish();
        return "ok";
    } catch (const std::bad_alloc&) {
        describe_current_exception(error);
        return "memory";
    } catch (...) {
        describe_current_exception(error);
        return "error";
    }
}

/// The longest answer a test may give (the job's `stdout_limit`): the host would refuse a
/// longer one as `output_limit` anyway, so it is not sent.
long long answer_limit = 1 << 20;

/// Runs one test and sends its record.
void run_test(const TestFrame& test, Call call) {
    static Output answer;
    answer.clear();
    static sys::ErrorInfo error;
    int number = static_cast<int>(test.number);
    sys::begin_test(number);
    long long started = sys::cpu_ns();
    const char* status = call_user(call, test.input, answer, error);
    long long time_ns = sys::cpu_ns() - started;
    sys::end_test();
    bool ok = std::strcmp(status, "ok") == 0;
    if (ok && static_cast<long long>(answer.size()) > answer_limit) {
        sys::send_test_result(number, "output_limit", nullptr, 0, nullptr, time_ns);
        return;
    }
    sys::send_test_result(number, status, ok ? answer.data() : nullptr, answer.size(),
                          ok ? nullptr : &error, time_ns);
}

/// Function mode, before the user's code loads: capture, crash handlers, terminate handler.
void prepare_function_mode(const Job& job) {
    answer_limit = job.stdout_limit;
    sys::prepare_function_mode(driver.flush, job.stdout_limit);
    std::set_terminate(on_terminate);
}

}  // namespace

void run_function_tests(Call call) {
    sys::mark_ready();
    send_event("ready");
    static Frame frame;
    for (TestFrame test = next_test(frame); !test.end; test = next_test(frame)) {
        run_test(test, call);
    }
    send_event("done");
    sys::exit_now(0);
}

Args::Args(Reader& reader) : reader_(&reader), items_(reader.array()) {}

void Args::finish() {
    if (items_.next()) throw InputError("the input has more values than parameters");
}

void Args::advance(const char* name) {
    if (!items_.next()) {
        char message[256];
        std::snprintf(message, sizeof message, "the input has no value for `%s`", name);
        throw InputError(message);
    }
}

Operations::Operations(Reader& reader) : reader_(&reader), outer_(reader.array()) {
    if (!outer_.next()) throw InputError("a design test needs [operations, arguments]");
    auto names = reader.array();
    while (names.next()) {
        Text name = reader.string();
        auto** grown = static_cast<char**>(std::realloc(names_, (count_ + 1) * sizeof(char*)));
        char* copy = static_cast<char*>(std::malloc(name.size + 1));
        if (grown == nullptr || copy == nullptr) throw std::bad_alloc();
        names_ = grown;
        copy_text(name, copy, name.size + 1);
        names_[count_++] = copy;
    }
    if (!outer_.next()) throw InputError("a design test needs [operations, arguments]");
    lists_ = reader.array();
}

Operations::~Operations() {
    for (std::size_t i = 0; i < count_; ++i) std::free(names_[i]);
    std::free(names_);
}

bool Operations::next() {
    if (index_ + 1 >= count_) {
        if (lists_.next() || outer_.next()) {
            throw InputError("a design test has more argument lists than operations");
        }
        return false;
    }
    ++index_;
    if (!lists_.next()) throw InputError("a design test has fewer argument lists than operations");
    args_ = Args(*reader_);
    return true;
}

bool Operations::is(const char* name) const { return std::strcmp(names_[index_], name) == 0; }

void Operations::expect_constructor(const char* class_name) const {
    if (!is(class_name)) {
        char message[512];
        std::snprintf(message, sizeof message, "the first operation is %s, not the constructor %s",
                      names_[index_], class_name);
        throw InputError(message);
    }
}

void Operations::unknown() const {
    char message[512];
    std::snprintf(message, sizeof message, "unknown operation `%s`", names_[index_]);
    throw InputError(message);
}

// ============================================================================= stdio mode

namespace {

constexpr const char* stdio_input = ".test.in";
constexpr const char* stdio_stdout = ".test.out";
constexpr const char* stdio_stderr = ".test.err";
constexpr const char* stdio_error = ".test.error";
/// How much of the program's stderr a record carries (the host shows 64 KiB).
constexpr long long stderr_shown_bytes = 64 * 1024;

/// A crash of the program: what the child wrote about it (its type, a newline, its message),
/// or the signal's meaning; a failed assert's text and line from its stderr.
void describe_program_crash(int signal, sys::ErrorInfo& error) {
    char said[sizeof error.message + sizeof error.type];
    if (sys::file_head(stdio_error, said, sizeof said) > 0) {
        char* newline = std::strchr(said, '\n');
        if (newline != nullptr) *newline = '\0';
        error.set(said, newline != nullptr ? newline + 1 : "");
        return;
    }
    error.set(sys::signal_name(signal), sys::signal_meaning(signal));
    char tail[2048];
    if (signal == SIGABRT && sys::file_tail(stdio_stderr, 5, tail, sizeof tail) > 0) {
        sys::read_assertion(tail, error);
    }
}

/// How a run of the user's program ended: its status, and its error when not ok.
const char* judge_program_end(const sys::ChildResult& result, long long wall_ms,
                              sys::ErrorInfo& error) {
    char message[256];
    if (result.stopped) {
        std::snprintf(message, sizeof message, "the harness stopped the program at the "
                      "wall-clock backstop (%lld ms)", wall_ms);
        error.set("SIGKILL", message);
        return "error";
    }
    if (result.signaled && result.signal == SIGXFSZ) {
        error.set("SIGXFSZ", sys::signal_meaning(SIGXFSZ));
        return "output_limit";
    }
    if (result.signaled && result.signal == SIGKILL) {
        error.set("SIGKILL", "the program was killed, e.g. for want of memory");
        return "memory";
    }
    if (result.signaled) {
        describe_program_crash(result.signal, error);
        return "error";
    }
    if (result.exit_code != 0) {
        std::snprintf(message, sizeof message, "the program exited with code %d",
                      result.exit_code);
        error.set("exit", message);
        return "error";
    }
    return "ok";
}

/// Writes the record of a stdio test; `ran`: the program ran (its output files are its own).
void send_program_record(long long number, const char* status, bool ran,
                         const sys::ErrorInfo* error, const sys::ChildResult& result,
                         long long stdout_limit) {
    bool ok = std::strcmp(status, "ok") == 0;
    sys::Record record;
    record.raw("{\"event\":\"test\",\"test\":").number(number);
    record.raw(",\"status\":\"").raw(status).raw("\",\"output\":");
    if (ok) {
        record.file_text(stdio_stdout, stdout_limit, false);
    } else {
        record.raw("null");
    }
    record.raw(",\"stdout\":");
    if (ran) {
        record.file_text(stdio_stderr, stderr_shown_bytes, true);
    } else {
        record.raw("null");
    }
    record.raw(",\"error\":").error(ok ? nullptr : error);
    record.raw(",\"time_ms\":").milliseconds(result.cpu_ns);
    record.raw(",\"memory_kb\":").number(result.memory_kb).raw("}");
}

/// Runs the user's program on one test in a child process. The child returns true (and goes
/// on to run the program); the parent sends the test's record and returns false.
bool run_program(const TestFrame& test, long long stdout_limit) {
    static sys::ErrorInfo error;
    sys::ChildResult result;
    const char* status = "error";
    bool ran = false;
    try {
        Reader reader(test.input);
        Text input = reader.string();
        if (!sys::write_file(stdio_input, input.data, input.size)) {
            protocol_failure("cannot write the test's input");
        }
        int pid = sys::fork_program(stdio_input, stdio_stdout, stdio_stderr, stdio_error,
                                    stdout_limit);
        if (pid == 0) {
            std::set_terminate(on_terminate);
            return true;
        }
        if (pid < 0) {
            error.set("fork", "PyScape could not start the program (fork failed)");
        } else {
            result = sys::wait_program(pid, test.wall_ms);
            status = judge_program_end(result, test.wall_ms, error);
            ran = true;
        }
    } catch (const InputError& e) {
        error.set("pyscape::InputError", e.what());
    }
    send_program_record(test.number, status, ran, &error, result, stdout_limit);
    return false;
}

/// The parent of stdio mode: one child per test frame, until the end frame; then exits.
/// Returns in each child only.
void serve_stdio(const Job& job) {
    sys::prepare_stdio_mode();
    send_event("ready");
    static Frame frame;
    for (TestFrame test = next_test(frame); !test.end; test = next_test(frame)) {
        if (run_program(test, job.stdout_limit)) return;
    }
    send_event("done");
    sys::exit_now(0);
}

// ================================================================================= start

/// The harness's first code, run by the dynamic loader from the program's .preinit_array:
/// before any constructor of any priority, so before any of the user's code. Reads the job,
/// then prepares function mode (the user's static initializers and main() run next) or
/// serves every stdio test (each child returns here and runs the program).
void start(int, char**, char**) {
    Job job = receive_job();
    if (std::strcmp(job.mode, "stdio") == 0) {
        serve_stdio(job);
    } else {
        prepare_function_mode(job);
    }
}

[[gnu::used, gnu::section(".preinit_array")]] void (*start_entry)(int, char**, char**) = start;

}  // namespace

}  // namespace pyscape
