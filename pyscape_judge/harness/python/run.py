"""PyScape's Python harness: runs inside the sandbox, never on trusted ground.

Reads one job frame from stdin (``<length>\\n<json>``): the code, the signature and the tests'
inputs (never the expected outputs), runs the tests in order and writes one record per test to
stdout as ``\\n<nonce> <json>\\n``. The host compares, and kills the sandbox at the first failure.
"""

import json
import os
import resource
import signal
import sys
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from codec import from_json, to_json  # noqa: E402
from prelude import namespace  # noqa: E402

USER_FILE = "solution.py"


class Channel:
    """Writes records on the original stdout, with the job's nonce."""

    def __init__(self, nonce):
        self.fd = os.dup(1)
        self.prefix = "\n" + nonce + " "

    def send(self, **record):
        data = (self.prefix + json.dumps(record, ensure_ascii=False, allow_nan=False) + "\n")
        # A lone surrogate the user printed or returned becomes "?": records are valid UTF-8.
        view = memoryview(data.encode("utf-8", "replace"))
        while view:
            view = view[os.write(self.fd, view):]


class Capture:
    """The user's ``sys.stdout`` for one test: kept in memory up to ``limit`` characters."""

    encoding = "utf-8"
    errors = "replace"

    def __init__(self, limit):
        self.limit = limit
        self.parts = []
        self.size = 0
        self.overflow = False

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not " + type(text).__name__)
        self.size += len(text)
        if self.size > self.limit:
            self.overflow = True
            raise OutputLimit()
        self.parts.append(text)
        return len(text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def isatty(self):
        return False

    def fileno(self):
        return 1

    def text(self):
        return "".join(self.parts) or None


class OutputLimit(BaseException):
    """Raised in the user's code when it prints past the output limit."""


def read_job():
    stream = sys.stdin.buffer
    size = int(stream.readline())
    return json.loads(stream.read(size))


def describe(error, code_file=USER_FILE):
    """``IndexError: list index out of range`` plus the user's innermost line, if any."""
    text = "".join(traceback.format_exception_only(type(error), error)).strip()
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == code_file]
    if frames:
        last = frames[-1]
        text += "\n  Line %d in %s (%s)" % (last.lineno, last.name, code_file)
    return text


def compile_error_text(error):
    if isinstance(error, SyntaxError):
        where = " (line %s)" % error.lineno if error.lineno else ""
        return "%s: %s%s" % (type(error).__name__, error.msg, where)
    return describe(error)


def memory_kb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def quiet_stdin():
    """The user's code reads an empty stdin, never the rest of the job frame."""
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    sys.stdin = open(0, encoding="utf-8", closefd=False)


# ----------------------------------------------------------------------------- function mode


def call_function(env, sig, args):
    solution = env["Solution"]()
    method = getattr(solution, sig["function"])
    params = sig["params"]
    values = [from_json(v, p["type"]) for v, p in zip(args, params)]
    answer = method(*values)
    if sig["output"]:
        index = [p["name"] for p in params].index(sig["output"])
        return to_json(values[index], params[index]["type"])
    return to_json(answer, sig["returns"])


def call_design(env, sig, args):
    operations, arguments = args
    methods = {m["name"]: m for m in sig["methods"]}
    cls = env[sig["class"]]
    constructor = methods[sig["class"]]
    obj = cls(*[from_json(v, p["type"]) for v, p in zip(arguments[0], constructor["params"])])
    answers = [None]
    for name, values in zip(operations[1:], arguments[1:]):
        method = methods[name]
        converted = [from_json(v, p["type"]) for v, p in zip(values, method["params"])]
        answer = getattr(obj, name)(*converted)
        answers.append(None if method["returns"] == "void" else to_json(answer, method["returns"]))
    return answers


def load_user_code(job, channel):
    """Compile and run the submission's module; ``None`` when a record already told why."""
    try:
        code = compile(job["code"], USER_FILE, "exec")
    except (SyntaxError, ValueError) as error:
        channel.send(event="compile_error", message=compile_error_text(error))
        return None
    env = namespace()
    env["__name__"] = "solution"
    try:
        exec(code, env)
    except BaseException as error:  # noqa: BLE001 - the user's module failed to load
        channel.send(event="load_error", message=describe(error))
        return None
    sig = job["signature"]
    wanted = "Solution" if sig["kind"] == "function" else sig["class"]
    if not isinstance(env.get(wanted), type):
        message = "class %s is not defined" % wanted
        channel.send(event="compile_error", message=message)
        return None
    if sig["kind"] == "function" and not hasattr(env[wanted], sig["function"]):
        channel.send(event="compile_error",
                     message="class Solution has no method %s" % sig["function"])
        return None
    return env


def run_functions(job, channel):
    env = load_user_code(job, channel)
    if env is None:
        return
    quiet_stdin()
    sig = job["signature"]
    call = call_design if sig["kind"] == "design" else call_function
    limit = job["stdout_limit"]
    real_stdout = sys.stdout
    channel.send(event="ready")
    for number, test in enumerate(job["tests"], 1):
        capture = Capture(limit)
        sys.stdout = capture
        record = {"test": number}
        started = time.perf_counter()
        try:
            output = call(env, sig, test["input"])
            record.update(status="ok", output=output)
        except OutputLimit:
            record.update(status="output_limit", error="Output Limit Exceeded")
        except MemoryError:
            record.update(status="memory", error="MemoryError")
        except RecursionError as error:
            record.update(status="error", error=describe(error))
        except BaseException as error:  # noqa: BLE001 - anything the user's code raises
            record.update(status="error", error=describe(error))
        finally:
            elapsed = (time.perf_counter() - started) * 1000
            sys.stdout = real_stdout
        record.update(time_ms=round(elapsed, 3), memory_kb=memory_kb(),
                      stdout=None if capture.overflow else capture.text())
        try:
            channel.send(**record)
        except (TypeError, ValueError) as error:
            record.update(status="error", output=None,
                          error="the return value cannot be sent as JSON: %s" % error)
            channel.send(**record)
        if record["status"] != "ok":
            break
    channel.send(event="done")


# -------------------------------------------------------------------------------- stdio mode


def run_program(code, test, job, paths):
    """Fork, run the program on the test's stdin, return its record fields."""
    with open(paths["in"], "w", encoding="utf-8") as f:
        f.write(test["input"])
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # child: becomes the user's program
        try:
            _child(code, paths, job["stdout_limit"])
        finally:
            os._exit(70)
    limit_s = test["time_limit_ms"] / 1000
    timed_out = []

    def on_alarm(*_):
        timed_out.append(True)
        os.kill(pid, signal.SIGKILL)

    signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, limit_s + 0.05)
    _, status, usage = os.wait4(pid, 0)
    signal.setitimer(signal.ITIMER_REAL, 0)
    elapsed = (time.perf_counter() - started) * 1000
    out = _read_text(paths["out"], job["stdout_limit"])
    err = _read_text(paths["err"], job["stdout_limit"])
    record = {"time_ms": round(elapsed, 3), "memory_kb": usage.ru_maxrss,
              "output": out, "stdout": err or None}
    if timed_out:
        record.update(status="timeout", error="Time Limit Exceeded")
    elif os.WIFSIGNALED(status):
        record.update(_signal_record(os.WTERMSIG(status)))
    elif os.WEXITSTATUS(status) != 0:
        tail = (err or "").strip().splitlines()[-5:]
        message = "\n".join(tail) or "exit code %d" % os.WEXITSTATUS(status)
        record.update(status="error", error=message)
    else:
        record.update(status="ok")
    return record


def _signal_record(number):
    if number == signal.SIGXFSZ:
        return {"status": "output_limit", "error": "Output Limit Exceeded"}
    if number == signal.SIGXCPU:
        return {"status": "timeout", "error": "Time Limit Exceeded"}
    if number == signal.SIGKILL:
        return {"status": "memory", "error": "killed (out of memory)"}
    return {"status": "error", "error": "killed by signal %s" % signal.Signals(number).name}


def _read_text(path, limit):
    with open(path, "rb") as f:
        return f.read(limit).decode("utf-8", "replace")


def _child(code, paths, stdout_limit):
    resource.setrlimit(resource.RLIMIT_FSIZE, (stdout_limit, stdout_limit))
    for fd, (name, flags) in enumerate((("in", os.O_RDONLY),
                                        ("out", os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
                                        ("err", os.O_WRONLY | os.O_CREAT | os.O_TRUNC))):
        opened = os.open(paths[name], flags, 0o600)
        os.dup2(opened, fd)
        os.close(opened)
    sys.stdin = open(0, encoding="utf-8", closefd=False)
    sys.stdout = open(1, "w", encoding="utf-8", closefd=False)
    sys.stderr = open(2, "w", encoding="utf-8", closefd=False)
    env = namespace()
    env["__name__"] = "__main__"
    status = 0
    try:
        exec(code, env)
    except SystemExit as stop:
        status = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
        if not isinstance(stop.code, int | None):
            print(stop.code, file=sys.stderr)
    except BaseException as error:  # noqa: BLE001
        sys.stderr.write(describe(error, "main.py") + "\n")
        status = 1
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:
        status = status or 1
    os._exit(status)


def run_stdio(job, channel):
    try:
        code = compile(job["code"], "main.py", "exec")
    except (SyntaxError, ValueError) as error:
        channel.send(event="compile_error", message=compile_error_text(error))
        return
    quiet_stdin()
    base = os.path.dirname(os.path.abspath(__file__))
    paths = {name: os.path.join(base, "test." + name) for name in ("in", "out", "err")}
    channel.send(event="ready")
    for number, test in enumerate(job["tests"], 1):
        record = run_program(code, test, job, paths)
        channel.send(test=number, **record)
        if record["status"] != "ok":
            break
    channel.send(event="done")


def main():
    namespace()  # import LeetCode's modules now: a warm sandbox does it before the job comes
    job = read_job()
    channel = Channel(job["nonce"])
    sys.setrecursionlimit(job.get("recursion_limit", 100000))
    if job["mode"] == "stdio":
        run_stdio(job, channel)
    else:
        run_functions(job, channel)
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
