// PyScape C++ harness: the runtime shared by function, design and stdio mode. See runtime.hpp.
//
// Its own translation unit, compiled apart from the user's code, without the precompiled
// header and with -O0, so written with light headers only (C library, <exception>,
// <typeinfo>, <cxxabi.h>): no std::string, fixed buffers and malloc. That keeps a
// submission's compile close to the compile of the user's code alone. (The reader's hot
// path is inline in json.hpp, and compiled with -O2 in the driver.)
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

// ==================================================================================== job

namespace {

bool equals(Text text, const char* word) {
    return text.size == std::strlen(word) && std::memcmp(text.data, word, text.size) == 0;
}

/// Says why the harness cannot go on (a broken job frame: the host's fault) and exits.
[[noreturn]] void protocol_failure(const char* what) {
    sys::send_stderr("pyscape harness: ");
    sys::send_stderr(what);
    sys::send_stderr("\n");
    sys::exit_now(2);
}

}  // namespace

/// One test of the job: its input (JSON text, in the frame) and time limit.
struct TestSpec {
    Text input;
    long long time_limit_ms = 2000;
};

/// The job frame: what to run and where to report.
struct Job {
    char* text = nullptr;  // the frame; the tests' inputs point into it
    std::size_t size = 0;
    char mode[16] = {};
    long long stdout_limit = 1 << 20;
    TestSpec* tests = nullptr;
    std::size_t test_count = 0;
};

namespace {

/// Reads one frame, `<decimal length>\n<bytes>`, from fd 0, byte-exact, into `job.text`.
void read_frame(Job& job) {
    std::size_t length = 0;
    int digits = 0;
    char c = 0;
    while (sys::read_fd(0, &c, 1) == 1 && c != '\n') {
        if (c < '0' || c > '9' || ++digits > 15) protocol_failure("bad frame header");
        length = length * 10 + static_cast<std::size_t>(c - '0');
    }
    if (c != '\n' || digits == 0) protocol_failure("no job frame on stdin");
    job.text = static_cast<char*>(std::malloc(length + 1));
    if (job.text == nullptr) protocol_failure("no memory for the job");
    std::size_t done = 0;
    while (done < length) {
        long got = sys::read_fd(0, job.text + done, length - done);
        if (got <= 0) protocol_failure("the job frame ended early");
        done += static_cast<std::size_t>(got);
    }
    job.size = length;
}

TestSpec parse_test(Reader& reader) {
    TestSpec test;
    auto members = reader.object();
    Text key;
    while (members.next(key)) {
        if (equals(key, "input")) {
            test.input = reader.skip();
        } else if (equals(key, "time_limit_ms")) {
            test.time_limit_ms = reader.integer();
        } else {
            reader.skip();
        }
    }
    return test;
}

void add_test(Job& job, const TestSpec& test) {
    std::size_t count = job.test_count + 1;
    auto* tests = static_cast<TestSpec*>(std::realloc(job.tests, count * sizeof(TestSpec)));
    if (tests == nullptr) protocol_failure("no memory for the job");
    tests[job.test_count] = test;
    job.tests = tests;
    job.test_count = count;
}

/// Copies `text` into `out` (a NUL-terminated buffer of `capacity` bytes).
void copy_text(Text text, char* out, std::size_t capacity) {
    std::size_t length = text.size < capacity - 1 ? text.size : capacity - 1;
    std::memcpy(out, text.data, length);
    out[length] = '\0';
}

/// Fills `job` from its frame and opens the record channel with the job's nonce. The
/// signature and code are not needed: the driver was generated from them.
void parse_job(Job& job) {
    Reader reader(job.text, job.size);
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
        } else if (equals(key, "tests")) {
            auto items = reader.array();
            while (items.next()) add_test(job, parse_test(reader));
        } else {
            reader.skip();
        }
    }
    reader.finish();
}

/// Reads the job (once), opens the record channel, and empties the user's stdin.
Job& receive_job(const char* expected_mode) {
    static Job job;
    read_frame(job);
    try {
        parse_job(job);
    } catch (const InputError& e) {
        char message[1200];
        std::snprintf(message, sizeof message, "bad job: %s", e.what());
        protocol_failure(message);
    }
    sys::silence_stdin();
    if (std::strcmp(job.mode, expected_mode) != 0) {
        char message[128];
        std::snprintf(message, sizeof message, "the driver was generated for %s mode, the job "
                      "is in %s mode", expected_mode, job.mode);
        protocol_failure(message);
    }
    return job;
}

// ================================================================================ records

void send_event(const char* event) { sys::Record().raw("{\"event\":\"").raw(event).raw("\"}"); }

/// How a test ended, besides its number and output.
struct Outcome {
    const char* status = "ok";
    char error[4096] = {};  // the message for people; empty: none
    long long time_ns = 0;
    long long memory_kb = 0;

    bool ok() const { return std::strcmp(status, "ok") == 0; }
    void fail(const char* new_status, const char* message) {
        status = new_status;
        std::snprintf(error, sizeof error, "%s", message);
    }
};

/// Writes the fields every test record ends with.
void finish_record(sys::Record& record, const Outcome& outcome) {
    record.raw(",\"error\":").string(outcome.error[0] ? outcome.error : nullptr);
    record.raw(",\"time_ms\":").milliseconds(outcome.time_ns);
    record.raw(",\"memory_kb\":").number(outcome.memory_kb).raw("}");
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

/// `Type: message` for the exception being handled, into `out` (call inside a catch block).
void describe_current_exception(char* out, std::size_t capacity) {
    char type[512];
    try {
        throw;
    } catch (const std::exception& e) {
        demangle(typeid(e).name(), type, sizeof type);
        std::snprintf(out, capacity, "%s: %s", type, e.what());
    } catch (const char* text) {
        std::snprintf(out, capacity, "an exception of type const char*: %s", text);
    } catch (...) {
        const std::type_info* thrown = abi::__cxa_current_exception_type();
        demangle(thrown ? thrown->name() : "unknown", type, sizeof type);
        std::snprintf(out, capacity, "an exception of type %s was thrown", type);
    }
}

/// std::terminate (an exception escaping a destructor, a noexcept function, a static
/// initializer): remember what was thrown, then abort (the SIGABRT handler reports it).
[[noreturn]] void on_terminate() {
    static char detail[2048];
    std::snprintf(detail, sizeof detail, "std::terminate was called");
    if (std::current_exception()) {
        try {
            throw;
        } catch (...) {
            char what[1800];
            describe_current_exception(what, sizeof what);
            std::snprintf(detail, sizeof detail, "std::terminate was called after an uncaught %s",
                          what);
        }
    }
    sys::set_fatal_detail(detail);
    std::abort();
}

// ========================================================================== function mode

/// Runs `call` on one input into `answer`, turning every exception into the test's failure.
void call_user(Call call, Text input, Output& answer, Outcome& outcome) {
    char message[4096];
    try {
        Reader reader(input);
        call(reader, answer);
        reader.finish();
    } catch (const InputError& e) {
        std::snprintf(message, sizeof message, "PyScape could not read the test's input: %s",
                      e.what());
        outcome.fail("error", message);
    } catch (const OutputError& e) {
        std::snprintf(message, sizeof message, "Runtime Error: %s", e.what());
        outcome.fail("error", message);
    } catch (const std::bad_alloc&) {
        outcome.fail("memory", "Memory Limit Exceeded (std::bad_alloc)");
    } catch (...) {
        char what[3800];
        describe_current_exception(what, sizeof what);
        std::snprintf(message, sizeof message, "Runtime Error: %s", what);
        outcome.fail("error", message);
    }
}

/// Runs test `number` and sends its record; whether it was ok.
bool run_test(int number, const TestSpec& test, Call call) {
    static Output answer;
    answer.clear();
    static Outcome outcome;
    outcome = Outcome{};
    user_clock() = UserClock{};
    sys::begin_test(number, test.time_limit_ms);
    long long started = sys::now_ns();
    call_user(call, test.input, answer, outcome);
    long long wall_ns = sys::now_ns() - started;
    sys::end_test();
    outcome.time_ns = user_clock().used ? user_clock().ns : wall_ns;
    outcome.memory_kb = sys::memory_kb();
    sys::Record record;
    record.raw("{\"test\":").number(number).raw(",\"status\":\"").raw(outcome.status);
    record.raw("\",\"output\":");
    if (outcome.ok()) {
        record.raw(answer.data(), answer.size());
    } else {
        record.raw("null");
    }
    record.raw(",\"stdout\":").captured_output();
    finish_record(record, outcome);
    return outcome.ok();
}

}  // namespace

UserClock& user_clock() {
    static UserClock clock;
    return clock;
}

Job& receive_function_job(sys::FlushHook flush) {
    Job& job = receive_job("function");
    sys::prepare_function_mode(flush, job.stdout_limit);
    std::set_terminate(on_terminate);
    if (job.test_count > 0) sys::limit_loading(job.tests[0].time_limit_ms);
    return job;
}

void run_function_tests(Job& job, Call call) {
    sys::mark_ready();
    send_event("ready");
    for (std::size_t i = 0; i < job.test_count; ++i) {
        if (!run_test(static_cast<int>(i + 1), job.tests[i], call)) break;
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
constexpr const char* stdio_signal = ".test.signal";
/// How much of the program's stderr a record carries (the host shows 64 KiB).
constexpr long long stderr_shown_bytes = 64 * 1024;

/// The status and message of a run of the user's program.
void judge_program_end(const sys::ChildResult& result, Outcome& outcome) {
    char tail[1024];
    sys::file_tail(stdio_stderr, 5, tail, sizeof tail);
    const char* newline = tail[0] ? "\n" : "";
    char message[2048];
    if (result.timed_out || (result.signaled && result.signal == SIGXCPU)) {
        outcome.fail("timeout", "Time Limit Exceeded");
    } else if (result.signaled && result.signal == SIGXFSZ) {
        outcome.fail("output_limit", "Output Limit Exceeded");
    } else if (result.signaled && result.signal == SIGKILL) {
        outcome.fail("memory", "Memory Limit Exceeded (the program was killed)");
    } else if (result.signaled) {
        char meaning[256];  // the child's own description, when it could write one
        if (sys::file_tail(stdio_signal, 1, meaning, sizeof meaning) == 0) {
            std::snprintf(meaning, sizeof meaning, "%s", sys::signal_meaning(result.signal));
        }
        std::snprintf(message, sizeof message, "Runtime Error: %s (%s)%s%s",
                      sys::signal_name(result.signal), meaning, newline, tail);
        outcome.fail("error", message);
    } else if (result.exit_code != 0) {
        std::snprintf(message, sizeof message, "Runtime Error: the program exited with code %d%s%s",
                      result.exit_code, newline, tail);
        outcome.fail("error", message);
    }
}

/// Runs the user's program on test `number` in a child process. The child returns true (and
/// goes on to run the program); the parent sends the test's record and sets `ok`.
bool run_program(int number, const TestSpec& test, long long stdout_limit, bool& ok) {
    Outcome outcome;
    int pid = -1;
    try {
        Reader reader(test.input);
        Text input = reader.string();
        if (!sys::write_file(stdio_input, input.data, input.size)) {
            protocol_failure("cannot write the test's input");
        }
        long long started = sys::now_ns();
        pid = sys::fork_program(stdio_input, stdio_stdout, stdio_stderr, stdio_signal,
                                stdout_limit);
        if (pid == 0) return true;
        if (pid < 0) {
            outcome.fail("error", "PyScape could not start the program (fork failed)");
        } else {
            sys::ChildResult result = sys::wait_program(pid, test.time_limit_ms, started);
            outcome.time_ns = result.time_ns;
            outcome.memory_kb = result.memory_kb;
            judge_program_end(result, outcome);
        }
    } catch (const InputError& e) {
        char message[1200];
        std::snprintf(message, sizeof message, "PyScape could not read the test's input: %s",
                      e.what());
        outcome.fail("error", message);
    }
    sys::Record record;
    record.raw("{\"test\":").number(number).raw(",\"status\":\"").raw(outcome.status);
    record.raw("\",\"output\":");
    if (pid > 0 && outcome.ok()) {  // the host reads `output` only then: no flood otherwise
        record.file_text(stdio_stdout, stdout_limit, false);
    } else {
        record.raw("null");
    }
    record.raw(",\"stdout\":");
    if (pid > 0) {
        record.file_text(stdio_stderr, stderr_shown_bytes, true);
    } else {
        record.raw("null");
    }
    finish_record(record, outcome);
    ok = outcome.ok();
    return false;
}

}  // namespace

int serve_stdio() {
    Job& job = receive_job("stdio");
    sys::prepare_stdio_mode();
    send_event("ready");
    for (std::size_t i = 0; i < job.test_count; ++i) {
        bool ok = false;
        if (run_program(static_cast<int>(i + 1), job.tests[i], job.stdout_limit, ok)) return 0;
        if (!ok) break;
    }
    send_event("done");
    sys::exit_now(0);
}

}  // namespace pyscape
