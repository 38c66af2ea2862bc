"""The hostile programs and what each must get: the verdict, and what stays true on the host.

Each program lives in ``programs/<language>/<name>.<ext>`` with a comment on how it attacks. It
is judged against ``problems/hostile-add`` (``add(a, b)``, three tests, the last hidden, 1 s
per test), or ``problems/hostile-add-stdio`` when its name starts with ``stdio_``.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any, NamedTuple

from pyscape_judge import Status, get_language
from pyscape_judge.languages import languages

HERE = Path(__file__).parent
PROGRAMS = HERE / "programs"
PROBLEMS = HERE / "problems"

#: A probe returns how many secrets it reached: 0, against an expected 3 (a wrong answer).
NOTHING_FOUND = 0
#: The host checks a case may ask for on top of the ones every case gets (see host.py).
STILL_JUDGES = "still_judges"
HOST_FILES_UNTOUCHED = "host_files_untouched"

OK, WA, CE = Status.ACCEPTED, Status.WRONG_ANSWER, Status.COMPILE_ERROR
RE, TLE = Status.RUNTIME_ERROR, Status.TIMEOUT
MLE, OLE = Status.MEMORY_LIMIT_EXCEEDED, Status.OUTPUT_LIMIT_EXCEEDED


class Case(NamedTuple):
    language: str
    name: str
    status: Status
    #: Tests passed before the failure (all three when accepted).
    passed: int = 0
    #: The failing test's output, when it says something (the probes' count).
    output: Any = None
    #: Text the failing test's error (or the compile error) contains.
    error: str | None = None
    #: Extra host checks by name.
    host: tuple[str, ...] = ()
    #: Also judged under gVisor (runsc): the representative subset.
    runsc: bool = False
    #: The verdicts allowed under runsc, when they differ.
    runsc_statuses: tuple[Status, ...] = ()

    @property
    def id(self) -> str:
        return f"{self.language}-{self.name}"

    @property
    def path(self) -> Path:
        return PROGRAMS / self.language / f"{self.name}{get_language(self.language).extensions[0]}"

    @property
    def problem(self) -> Path:
        return PROBLEMS / ("hostile-add-stdio" if self.name.startswith("stdio_") else "hostile-add")

    def code(self) -> str:
        return self.path.read_text(encoding="utf-8")


def _case(language: str, name: str, status: Status, **more: Any) -> Case:
    if status is OK:
        more.setdefault("passed", 3)
    return Case(language, name, status, **more)


CASES = [
    # ----------------------------------------------------------------------------- Python
    # Under gVisor a fork bomb ends the whole sandbox one way or another: its kernel (a Go
    # program) exits when it cannot get more host threads past the pids limit (code 2), or the
    # processes' memory, which gVisor's kernel holds, reaches the limit first. The host and the
    # judge are fine either way (STILL_JUDGES).
    _case("python", "fork_bomb", TLE, host=(STILL_JUDGES,), runsc=True, runsc_statuses=(RE, MLE)),
    _case("python", "memory_bomb", MLE, runsc=True),
    _case("python", "endless_loop", TLE, runsc=True),
    _case("python", "sleep_forever", TLE),
    _case("python", "stdout_flood", OLE, runsc=True),
    _case("python", "stderr_flood", OLE),
    _case("python", "raw_invalid_utf8", OK),
    _case("python", "forged_records", OK, runsc=True),
    _case("python", "forged_with_real_nonce", WA, output=0),
    _case("python", "exit_halfway", RE, passed=1, error="exited (code 0)"),
    _case("python", "network", WA, output=NOTHING_FOUND, runsc=True),
    _case(
        "python", "disk_fill_tmp", RE, error="No space left on device", host=(HOST_FILES_UNTOUCHED,)
    ),
    _case("python", "file_too_big", RE, error="File too large", host=(HOST_FILES_UNTOUCHED,)),
    _case("python", "write_readonly_root", WA, output=NOTHING_FOUND, host=(HOST_FILES_UNTOUCHED,)),
    _case("python", "thread_after_last", OK),
    _case("python", "child_after_last", OK, runsc=True),
    _case("python", "zombies", OK),
    _case("python", "kill_everything", RE, error="SIGKILL", host=(STILL_JUDGES,), runsc=True),
    _case("python", "close_all_fds", RE),
    _case("python", "read_expected", WA, output=NOTHING_FOUND),
    _case("python", "host_secrets", WA, output=NOTHING_FOUND, runsc=True),
    # Raw bytes are the program's output: a wrong answer, shown with replacement characters.
    _case("python", "stdio_invalid_utf8", WA),
    _case("python", "stdio_memory_bomb", MLE),
    _case("python", "stdio_kill_self", RE, error="killed (SIGKILL)"),
    # ------------------------------------------------------------------------- JavaScript
    _case("javascript", "fork_bomb", TLE, host=(STILL_JUDGES,)),
    _case("javascript", "memory_bomb", MLE, runsc=True),
    _case("javascript", "heap_bomb", MLE),
    _case("javascript", "endless_loop", TLE),
    _case("javascript", "sleep_forever", TLE),
    _case("javascript", "stdout_flood", OLE),
    _case("javascript", "raw_stderr_flood", OLE),
    _case("javascript", "raw_invalid_utf8", OK),
    _case("javascript", "forged_records", OK),
    _case("javascript", "exit_halfway", RE, passed=1, error="exited (code 0)"),
    _case("javascript", "network", WA, output=NOTHING_FOUND),
    _case("javascript", "disk_fill_workdir", RE, error="ENOSPC", host=(HOST_FILES_UNTOUCHED,)),
    _case("javascript", "work_after_last", OK),
    _case("javascript", "kill_everything", RE, error="SIGKILL", host=(STILL_JUDGES,)),
    _case("javascript", "close_stdout", RE),
    _case("javascript", "host_secrets", WA, output=NOTHING_FOUND),
    # ------------------------------------------------------------------------------- Java
    _case("java", "fork_bomb", TLE, host=(STILL_JUDGES,)),
    _case("java", "memory_bomb", MLE, runsc=True),
    _case("java", "endless_loop", TLE),
    _case("java", "stdout_flood", OLE),
    _case("java", "raw_stdout_flood", OLE),
    _case("java", "forged_records", OK),
    _case("java", "exit_halfway", RE, passed=1, error="exit status 0"),
    _case("java", "halt_halfway", RE, passed=1, error="exited (code 0)"),
    _case("java", "network", WA, output=NOTHING_FOUND),
    _case("java", "static_init_forever", TLE),
    _case("java", "thread_after_last", OK),
    _case("java", "host_secrets", WA, output=NOTHING_FOUND),
    # -------------------------------------------------------------------------------- C++
    _case("cpp", "fork_bomb", TLE, host=(STILL_JUDGES,), runsc=True, runsc_statuses=(RE, MLE)),
    _case("cpp", "memory_bomb", MLE, runsc=True),
    _case("cpp", "endless_loop", TLE),
    _case("cpp", "stdout_flood", OLE),
    _case("cpp", "raw_fd_flood", OLE),
    _case("cpp", "stdio_flood", OLE),
    _case("cpp", "stdio_kill_self", RE, error="killed (SIGKILL)"),
    _case("cpp", "forged_records", OK),
    _case("cpp", "exit_halfway", RE, passed=1, error="exit(0) was called"),
    _case("cpp", "network", WA, output=NOTHING_FOUND),
    # A file over the file-size limit: SIGXFSZ, which the C++ harness cannot tell apart from
    # its capture file (of stdout) growing past the output limit.
    _case("cpp", "file_too_big", OLE, host=(HOST_FILES_UNTOUCHED,)),
    _case("cpp", "template_bomb", CE, error="recursive template instantiation"),
    _case("cpp", "include_itself", CE, error="#include nested too deeply"),
    # The compiler reads a character device as an empty file, and /dev/null as its stdin.
    _case("cpp", "include_dev_random", OK),
    _case("cpp", "include_stdin", OK),
    _case("cpp", "child_after_last", OK),
    _case("cpp", "zombies", OK),
    _case("cpp", "kill_everything", RE, error="SIGKILL", host=(STILL_JUDGES,)),
    _case("cpp", "host_secrets", WA, output=NOTHING_FOUND),
    _case("cpp", "stdio_close_stdout", WA, output=""),
]

# The trust-boundary cases (a program that attacks the harness's protocol, its clocks, its
# inputs or its error text), one file per language of the registry: ``trust_<language>.py``.
for _language in languages():
    if (HERE / f"trust_{_language}.py").is_file():
        CASES += importlib.import_module(f"tests.hostile.trust_{_language}").CASES
