"""Stdio mode: the program runs in a child process of its own per test, on the test's stdin.

The child is a fork of the harness (LeetCode's modules already imported): it closes the
harness's frames and records, and runs the program with its stdin, stdout and stderr on
anonymous files that the harness reads back when it ends. An uncaught exception reaches the
harness as a small JSON report in a fourth file. The time limit is the host's (CPU time, from
outside): the harness only kills a child still running at the test's wall-clock backstop.
"""

import os
import resource
import signal
import sys
import tempfile
from time import perf_counter

from prelude import namespace
from protocol import (
    MESSAGE_LIMIT,
    compile_error_text,
    error_of,
    from_json_text,
    plain_error,
    to_json_text,
)
from protocol import serve as serve_tests

MAIN_FILE = "main.py"
#: Bytes of the child's error report the harness reads (a report holds one cut message).
REPORT_LIMIT = 64 * 1024
#: Where the anonymous files live: the work directory (the harness itself may be the image's,
#: read-only).
HERE = os.getcwd()


def serve(job, frames, channel):
    """Compile the program once (a syntax error is its compile_error), then run it per test."""
    try:
        code = compile(job["code"], MAIN_FILE, "exec")
    except (SyntaxError, ValueError) as error:
        channel.send({"event": "compile_error", "message": compile_error_text(error)})
        return
    limit = job["stdout_limit"]
    cap = file_size_cap(limit)
    private = (frames.fd, channel.fd)
    env = namespace(code)  # its modules imported here, once, not in each test's child
    channel.send({"event": "ready"})
    serve_tests(
        frames,
        channel,
        lambda text, wall_ms: run_program(code, env, text, wall_ms, cap, private),
        limit,
    )


def file_size_cap(limit):
    """The most a test may print on stdout or stderr: ``limit``, or less if the sandbox's own
    file-size limit is lower (a child cannot raise it)."""
    _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    return limit if hard == resource.RLIM_INFINITY else min(limit, hard)


def run_program(code, env, stdin_text, wall_ms, cap, private):
    """Fork, run the program on ``stdin_text``, return its record's fields."""
    with Streams(stdin_text) as streams:
        started = perf_counter()
        pid = os.fork()
        if pid == 0:
            become_program(code, env, streams, cap, private)
        status, usage, overdue = wait_for(pid, wall_ms)
        elapsed_ms = (perf_counter() - started) * 1000
        result = {
            "output": streams.text("out", cap),
            "stdout": streams.text("err", cap) or None,
            "time_ms": round(elapsed_ms, 3),
            "memory_kb": usage.ru_maxrss,
        }
        result.update(outcome(status, overdue, streams, cap))
    return result


class Streams:
    """The program's stdin, stdout, stderr and error report: files without a name, gone once
    closed (no test's input stays on disk after its test)."""

    NAMES = ("in", "out", "err", "report")

    def __init__(self, stdin_text):
        self.files = {name: tempfile.TemporaryFile(dir=HERE) for name in self.NAMES}
        stdin = self.files["in"]
        stdin.write(stdin_text.encode("utf-8", "replace"))
        stdin.flush()
        stdin.seek(0)

    def fd(self, name):
        return self.files[name].fileno()

    def size(self, name):
        return os.fstat(self.fd(name)).st_size

    def text(self, name, cap):
        return os.pread(self.fd(name), cap, 0).decode("utf-8", "replace")

    def report(self):
        """The child's report of an uncaught exception, if it left one that makes sense."""
        try:
            error = from_json_text(os.pread(self.fd("report"), REPORT_LIMIT, 0))
        except (ValueError, RecursionError):
            return None
        if not isinstance(error, dict):
            return None
        kind, message, line = error.get("type"), error.get("message"), error.get("line")
        if not (isinstance(kind, str) and isinstance(message, str)):
            return None
        line = line if type(line) is int else None
        return {"type": kind, "message": message[:MESSAGE_LIMIT], "line": line}

    def __enter__(self):
        return self

    def __exit__(self, *_):
        for file in self.files.values():
            file.close()


def wait_for(pid, wall_ms):
    """Wait for the child; kill it if it still runs at ``wall_ms``, the host's own backstop."""
    overdue = []

    def on_alarm(*_):
        overdue.append(True)
        os.kill(pid, signal.SIGKILL)

    signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, wall_ms / 1000)
    try:
        _, status, usage = os.wait4(pid, 0)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return status, usage, bool(overdue)


def outcome(status, overdue, streams, cap):
    """The record's status and error, from how the child ended and what it left."""
    if overdue:
        message = "still running at the test's wall-clock backstop"
        return {"status": "error", "error": plain_error("SIGKILL", message)}
    if streams.size("out") >= cap or streams.size("err") >= cap:
        return {"status": "output_limit", "error": None}
    if os.WIFSIGNALED(status):
        return signal_outcome(os.WTERMSIG(status))
    code = os.WEXITSTATUS(status)
    if code != 0:
        error = streams.report() or plain_error("SystemExit", "exit code %d" % code)
        return {"status": "error", "error": error}
    return {"status": "ok", "error": None}


def signal_outcome(number):
    if number == signal.SIGXFSZ:
        return {"status": "output_limit", "error": None}
    if number == signal.SIGKILL:  # most likely the kernel's OOM killer (the host knows for sure)
        return {"status": "memory", "error": plain_error("SIGKILL", "killed (out of memory)")}
    try:
        name = signal.Signals(number).name
    except ValueError:
        name = "SIG%d" % number
    description = signal.strsignal(number) or ""
    return {"status": "error", "error": plain_error(name, description)}


# ---------------------------------------------------------------------------- in the child


def become_program(code, env, streams, cap, private):
    """In the child: run the program as ``__main__`` and exit; never returns."""
    try:
        for fd in private:  # the host's frames and records are none of the program's business
            os.close(fd)
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
        resource.setrlimit(resource.RLIMIT_FSIZE, (cap, cap))
        for target, name in enumerate(("in", "out", "err")):
            os.dup2(streams.fd(name), target)
        sys.stdin = open(0, encoding="utf-8", closefd=False)
        sys.stdout = open(1, "w", encoding="utf-8", closefd=False)
        sys.stderr = open(2, "w", encoding="utf-8", closefd=False)
        os._exit(run_main(code, env, streams.fd("report")))
    finally:
        os._exit(70)


def run_main(code, env, report_fd):
    """Run the program in ``env`` (its own: this is the test's child); its exit status. An
    uncaught exception is reported, then status 1."""
    env["__name__"] = "__main__"
    status = 0
    try:
        exec(code, env)
    except SystemExit as stop:
        status = exit_status(stop.code)
    except BaseException as error:  # noqa: BLE001 - anything the program raises
        report = to_json_text(error_of(error, MAIN_FILE))
        os.write(report_fd, report.encode("utf-8", "surrogatepass"))
        status = 1
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:  # past the output limit: the harness finds the file full
        status = status or 1
    return status


def exit_status(code):
    """``sys.exit(code)``'s status, as Python's own: a non-number is printed, then 1."""
    if code is None or isinstance(code, int):
        return code or 0
    print(code, file=sys.stderr)
    return 1
