"""PyScape's Python harness: runs inside the sandbox, never on trusted ground.

Protocol v2 (docs/harness-protocol.md): once LeetCode's modules are imported it writes
``primed`` and reads the job (the code and the signature, no test input), loads the code
(``ready``, ``compile_error`` or ``load_error``), answers each test frame with one record as
it comes, and the end frame with ``done``. Function mode runs the tests here, in this process;
stdio mode (stdio.py) runs the program in a child per test. The times and memory in the records
are hints: the host measures both from outside and holds every limit itself.
"""

import os
import resource
import sys
from time import perf_counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from codec import from_json, to_json  # noqa: E402
from prelude import namespace, prime  # noqa: E402
from protocol import (  # noqa: E402
    PRIMED_NONCE,
    Channel,
    Frames,
    compile_error_text,
    error_of,
    serve,
)

USER_FILE = "solution.py"
#: LeetCode's Python runs deep recursions (10^4-long lists and trees) without a word.
RECURSION_LIMIT = 100_000


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


def load_solution(job, channel):
    """Compile and run the submission's module; ``None`` when a record already told why."""
    try:
        code = compile(job["code"], USER_FILE, "exec")
    except (SyntaxError, ValueError) as error:
        channel.send({"event": "compile_error", "message": compile_error_text(error)})
        return None
    env = namespace(code)
    env["__name__"] = "solution"
    try:
        exec(code, env)
    except BaseException as error:  # noqa: BLE001 - the user's module failed to load
        channel.send({"event": "load_error", "error": error_of(error, USER_FILE)})
        return None
    sig = job["signature"]
    wanted = "Solution" if sig["kind"] == "function" else sig["class"]
    if not isinstance(env.get(wanted), type):
        channel.send({"event": "compile_error", "message": "class %s is not defined" % wanted})
        return None
    if sig["kind"] == "function" and not hasattr(env[wanted], sig["function"]):
        message = "class Solution has no method %s" % sig["function"]
        channel.send({"event": "compile_error", "message": message})
        return None
    return env


def run_call(call, env, sig, args, limit):
    """One test, here: the user's prints captured, its answer or its error."""
    capture = Capture(limit)
    real_stdout, sys.stdout = sys.stdout, capture
    started = perf_counter()
    try:
        status, output, error = "ok", call(env, sig, args), None
    except OutputLimit:
        status, output, error = "output_limit", None, None
    except MemoryError as exception:
        status, output, error = "memory", None, error_of(exception, USER_FILE)
    except BaseException as exception:  # noqa: BLE001 - anything the user's code raises
        status, output, error = "error", None, error_of(exception, USER_FILE)
    finally:
        elapsed_ms = (perf_counter() - started) * 1000
        sys.stdout = real_stdout
    if capture.overflow:  # even when the user's code caught OutputLimit and carried on
        status, output, error = "output_limit", None, None
    return {
        "status": status,
        "output": output,
        "stdout": None if capture.overflow else capture.text(),
        "error": error,
        "time_ms": round(elapsed_ms, 3),
        "memory_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }


def serve_functions(job, frames, channel):
    """Load the code once, then call it here for each test frame."""
    env = load_solution(job, channel)
    if env is None:
        return
    sig = job["signature"]
    call = call_design if sig["kind"] == "design" else call_function
    limit = job["stdout_limit"]
    channel.send({"event": "ready"})
    serve(frames, channel, lambda args, _wall_ms: run_call(call, env, sig, args, limit), limit)


def main():
    prime()  # LeetCode's modules (or the most used) before primed: a warm sandbox has them
    frames = Frames()
    records = os.dup(1)
    Channel(records, PRIMED_NONCE).send({"event": "primed"})
    job = frames.next()
    channel = Channel(records, job["nonce"])
    sys.setrecursionlimit(RECURSION_LIMIT)
    if job["mode"] == "stdio":
        import stdio  # only stdio programs need it (and its tempfile): off the prime's path

        stdio.serve(job, frames, channel)
    else:
        serve_functions(job, frames, channel)
    os._exit(0)


if __name__ == "__main__":
    main()
