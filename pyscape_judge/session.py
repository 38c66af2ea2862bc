"""One submission in one sandbox: compile, load, one test at a time, compared on the host.

A :class:`Session` is a small state machine (compile -> load -> tests -> end). The host sends
each test's input only after the previous answer was judged, reads the sandbox's CPU time and
memory from outside it at every record (:class:`Meter`), and holds every phase to a CPU budget
of its own with a wall-clock backstop. Whatever the sandbox writes, the outcome is a verdict:
a record that breaks the protocol is the submission's ``runtime_error``, never an exception.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import logging
import math
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import msgspec

from pyscape_judge.channel import OutputFlood, RecordChannel
from pyscape_judge.checkers import checker_for
from pyscape_judge.errors import SandboxError
from pyscape_judge.languages import CompiledLanguage, Language
from pyscape_judge.limits import Limits, backstop_s
from pyscape_judge.problem import Mode, Problem, TestCase
from pyscape_judge.records import (
    Compiled,
    CompileError,
    Done,
    LoadError,
    ProtocolError,
    Ready,
    Record,
    TestRecord,
    decode_output,
)
from pyscape_judge.sandbox.base import Sandbox, frame, tar_bytes
from pyscape_judge.verdict import Status, TestResult, Verdict, make_verdict, strongest

if TYPE_CHECKING:
    from pyscape_judge.artefacts import ArtefactCache

log = logging.getLogger(__name__)

OnResult = Callable[[TestResult], None]

#: What a harness's per-test status means for the verdict.
HARNESS_STATUS = {
    "error": Status.RUNTIME_ERROR,
    "memory": Status.MEMORY_LIMIT_EXCEEDED,
    "output_limit": Status.OUTPUT_LIMIT_EXCEEDED,
}
#: How much of a test's printed output, or of its answer's JSON, a result keeps for display.
DISPLAY_BYTES = 64 * 1024
COMPILE_ERROR_DISPLAY = 4000
#: The shortest wait between two looks at the CPU time of a program near its budget.
MIN_POLL_S = 0.005
GO = frame(b"go")
END = frame(b'{"end": true}')


class TimeLimit(Exception):
    """A phase spent its CPU budget (or, sleeping or blocked, its wall-clock backstop)."""

    def __init__(self, cpu_ms: float, waited: bool) -> None:
        super().__init__(cpu_ms, waited)
        self.cpu_ms = cpu_ms
        #: The wall-clock backstop ended it, not the CPU time.
        self.waited = waited


class Meter:
    """The sandbox's CPU time and peak memory, read from outside it, since a mark.

    When the sandbox ended itself, its cgroup is gone with it: from then on the meter charges
    the wall time since its last reading at the full CPU quota, the most the program can have
    used, so that exiting right after an answer hides no work.
    """

    def __init__(self, box: Sandbox, cpus: float) -> None:
        self.box = box
        self.cpus = cpus
        self.mark_ns = 0
        self.cpu_ns = 0
        self.memory_kb = 0
        #: OOM kills in the sandbox so far; ``None`` where the sandbox cannot count them.
        self.oom_kills: int | None = None
        self.gone = False
        self._read_at = time.monotonic()
        self.read()

    def read(self) -> float:
        """Read the figures now; the CPU milliseconds spent since the mark."""
        now = time.monotonic()
        try:
            if self.gone:
                raise SandboxError("the sandbox ended")
            usage = self.box.usage()
        except SandboxError:
            if self.cpu_ns == 0:
                raise  # never read at all: the judge's own failure
            self.gone = True
            self.cpu_ns += int((now - self._read_at) * self.cpus * 1e9)
        else:
            self.cpu_ns = max(self.cpu_ns, usage.cpu_ns)
            self.memory_kb = max(self.memory_kb, usage.memory_bytes // 1024)
            self.oom_kills = usage.oom_kills
        self._read_at = now
        return self.spent_ms()

    def spent_ms(self) -> float:
        return (self.cpu_ns - self.mark_ns) / 1e6

    def mark(self) -> None:
        """Start counting a new phase from the last reading."""
        self.mark_ns = self.cpu_ns


class Session:
    """Judges one submission in one primed sandbox.

    By default it judges the problem's tests and stops at the first failure. A run
    (:mod:`pyscape_judge.running`) hands it ``tests`` of its own (the user's inputs),
    ``early_exit=False`` (go on after a failed test while the sandbox can: a wrong answer, an
    exception the harness caught; after a timeout, a crash or a signal it stops, and
    :attr:`loaded` tells whether the code itself got as far as its tests) and
    ``compare=False`` (answers are not checked: every answer is ``accepted`` with its whole
    output, for the caller to compare and cut, and a failed test keeps what it wrote).
    """

    def __init__(
        self,
        problem: Problem,
        language: Language,
        code: str,
        limits: Limits,
        *,
        nonce: str,
        compile_nonce: str,
        artefacts: ArtefactCache | None = None,
        reveal_hidden: bool = False,
        on_result: OnResult | None = None,
        tests: Sequence[TestCase] | None = None,
        early_exit: bool = True,
        compare: bool = True,
    ) -> None:
        self.problem = problem
        self.language = language
        self.code = code
        self.limits = limits
        self.nonce = nonce
        self.compile_nonce = compile_nonce
        self.artefacts = artefacts
        self.reveal_hidden = reveal_hidden
        self.on_result = on_result
        #: The tests to run (default: the problem's), numbered from 1 in this sandbox.
        self.tests = list(problem.tests if tests is None else tests)
        self.early_exit = early_exit
        self.compare = compare
        self.check = checker_for(problem)
        self.test_times = [t.time_limit_ms or limits.time_ms for t in self.tests]
        #: CPU a stdio runtime gets per test to start (never counted in ``runtime_ms``).
        self.start_ms = language.stdio_start_ms if problem.mode is Mode.STDIO else 0
        self.results: list[TestResult] = []
        #: The code compiled and loaded (``ready``): a failure after it is a test's own.
        self.loaded = False
        #: The harness answered the last test with a record: the sandbox can take another.
        self._answered = False
        self.artefact_key: str | None = None
        #: The whole run's wall-clock backstop, from the moment the sandbox is handed over.
        self.wall = 0.0

    # ------------------------------------------------------------------------- phases

    def judge(self, box: Sandbox) -> Verdict:
        """The verdict of the submission in ``box`` (primed, used once)."""
        wall_s = self.limits.wall_s
        self.wall = time.monotonic() + wall_s if wall_s is not None else math.inf
        channel = RecordChannel(
            box, self.nonce, _flood_limit(self.limits), _record_limit(self.limits)
        )
        meter = Meter(box, self.limits.cpus)
        if isinstance(self.language, CompiledLanguage):
            failed = self._compile(box, channel, meter)
            if failed is not None:
                return failed
        failed = self._load(box, channel, meter)
        if failed is not None:
            return failed
        self.loaded = True
        failed_first: TestResult | None = None
        for number, test in enumerate(self.tests, 1):
            self._answered = False
            result = self._run_test(box, channel, meter, number, test)
            go_on = result.passed or (not self.early_exit and self._answered)
            if go_on and number == len(self.tests):
                result = self._end(box, channel, meter, result)
            self.results.append(result)
            if self.on_result is not None:
                self.on_result(result)
            if not result.passed:
                failed_first = failed_first or result
                if not go_on:
                    break
        if failed_first is not None:
            status = strongest(*(r.status for r in self.results))
            return self._verdict(status, runtime_error=_runtime_error(failed_first))
        return self._verdict(Status.ACCEPTED)

    def _compile(self, box: Sandbox, channel: RecordChannel, meter: Meter) -> Verdict | None:
        """Send the submission, wait for ``compiled``; a verdict when it did not compile."""
        channel.expect(self.compile_nonce)
        meter.mark()
        budget = self.limits.compile_s * 1000
        try:
            _send(box, self._submission(), budget)
            record = self._await(channel, meter, budget)
        except TimeLimit as e:
            return self._compile_error(_compile_time_message(self.limits.compile_s, e))
        except OutputFlood:
            return self._compile_error("the compiler's output was too long")
        except ProtocolError as e:
            return self._compile_error(f"the compiler broke the judge's protocol: {e}")
        if record is None:
            if box.exit_status().oom_killed or meter.oom_kills:
                return self._compile_error("the compiler ran out of memory")
            return self._compile_error(channel.stderr_tail(60) or "Compile Error")
        if isinstance(record, CompileError):
            return self._compile_error(record.message)
        if not isinstance(record, Compiled):
            return self._compile_error("the compiler wrote a record out of turn")
        self._keep_artefact(record.artefact)
        box.set_memory(self.limits.memory_mb)
        box.reset_peak()
        meter.memory_kb = 0
        meter.read()
        _send(box, GO, backstop_s(self.limits.time_ms))
        return None

    def _load(self, box: Sandbox, channel: RecordChannel, meter: Meter) -> Verdict | None:
        """Send the job, wait for ``ready``; a verdict when the code could not load."""
        channel.expect(self.nonce)
        meter.mark()
        first = self.tests[0]
        budget = self.limits.time_ms
        try:
            _send(box, self._job(), budget)
            record = self._await(channel, meter, budget)
        except TimeLimit as e:
            message = "Time Limit Exceeded (while loading the code)"
            if e.waited:
                message += ": it waited instead of running"
            return self._fail_first(first, Status.TIMEOUT, message, meter)
        except OutputFlood:
            return self._fail_first(
                first, Status.OUTPUT_LIMIT_EXCEEDED, "Output Limit Exceeded", meter
            )
        except ProtocolError as e:
            return self._fail_first(first, Status.RUNTIME_ERROR, _broke(e), meter)
        if record is None:
            result = self._died(box, channel, meter, 1, first)
            self.results.append(result)
            return self._verdict(result.status, runtime_error=_runtime_error(result))
        if isinstance(record, Ready):
            return None
        if isinstance(record, CompileError):
            return self._compile_error(record.message)
        if isinstance(record, LoadError):
            return self._fail_first(
                first, Status.RUNTIME_ERROR, record.error.describe(hidden=False), meter
            )
        return self._fail_first(first, Status.RUNTIME_ERROR, _broke("a record out of turn"), meter)

    def _run_test(
        self, box: Sandbox, channel: RecordChannel, meter: Meter, number: int, test: TestCase
    ) -> TestResult:
        """Send test ``number``'s input, wait for its answer, judge it."""
        limit = self.test_times[number - 1]
        budget = limit + self.start_ms
        meter.mark()
        try:
            _send(box, self._test_frame(number, test, budget), budget)
            record = self._await(channel, meter, budget)
        except TimeLimit as e:
            return self._timeout(number, test, e, meter)
        except OutputFlood:
            return self._result(
                number, test, Status.OUTPUT_LIMIT_EXCEEDED, meter, error="Output Limit Exceeded"
            )
        except ProtocolError as e:
            return self._result(number, test, Status.RUNTIME_ERROR, meter, error=_broke(e))
        if record is None:
            return self._died(box, channel, meter, number, test)
        if not isinstance(record, TestRecord) or record.test != number:
            return self._result(
                number, test, Status.RUNTIME_ERROR, meter, error=_broke("a record out of turn")
            )
        return self._judge_record(record, channel, meter, number, test)

    def _end(
        self, box: Sandbox, channel: RecordChannel, meter: Meter, last: TestResult
    ) -> TestResult:
        """Send the end frame; work until ``done`` counts against the last test's time."""
        number = last.test_number
        test = self.tests[number - 1]
        spent = last.runtime_ms + self.start_ms
        budget = self.test_times[number - 1] + self.start_ms
        mark = meter.mark_ns
        try:
            _send(box, END, budget - spent)
            record = self._await(channel, meter, budget, since=mark)
        except TimeLimit as e:
            return self._timeout(number, test, e, meter)
        except OutputFlood:
            return self._result(
                number, test, Status.OUTPUT_LIMIT_EXCEEDED, meter, error="Output Limit Exceeded"
            )
        except ProtocolError as e:
            return self._result(number, test, Status.RUNTIME_ERROR, meter, error=_broke(e))
        if record is None:  # it ended on its own after its last answer: how, and at what cost
            return self._died(box, channel, meter, number, test)
        if not isinstance(record, Done):
            return self._result(
                number, test, Status.RUNTIME_ERROR, meter, error=_broke("a record out of turn")
            )
        return msgspec.structs.replace(
            last, runtime_ms=round(self._runtime_ms(meter), 3), memory_kb=meter.memory_kb
        )

    # ----------------------------------------------------------------------- waiting

    def _await(
        self, channel: RecordChannel, meter: Meter, budget_ms: float, since: int | None = None
    ) -> Record | None:
        """The next record, watching the phase's CPU time and its wall-clock backstop.

        The sandbox runs on at most its CPU quota, so waiting for as long as the CPU budget
        has left before looking again never lets it overrun by more than a poll.
        """
        if since is not None:
            meter.mark_ns = since
        backstop = min(time.monotonic() + backstop_s(budget_ms), self.wall)
        # From the last reading, taken when the sandbox last answered: whatever it spent
        # since is in the next reading, which comes after at most the wait below.
        spent = meter.spent_ms()
        while True:
            if spent > budget_ms:
                raise TimeLimit(spent, waited=False)
            now = time.monotonic()
            if now >= backstop:
                raise TimeLimit(spent, waited=True)
            wait = max((budget_ms - spent) / 1000 / max(self.limits.cpus, 0.01), MIN_POLL_S)
            try:
                record = channel.next_record(min(wait, backstop - now))
            except TimeoutError:
                spent = meter.read()
                continue
            spent = meter.read()
            if spent > budget_ms:
                raise TimeLimit(spent, waited=False)
            return record

    # ------------------------------------------------------------------------ frames

    def _submission(self) -> bytes:
        """The submission frame; with the compiled program itself when the cache has it."""
        from pyscape_judge.artefacts import artefact_key

        language = self.language
        assert isinstance(language, CompiledLanguage)
        files = language.submission_files(self.code, self.problem.signature, self.limits)
        if self.artefacts is not None and language.artefact:
            self.artefact_key = artefact_key(language, files)
            cached = self.artefacts.get(self.artefact_key)
            if cached is not None:
                files[language.artefact] = cached
        files["nonce"] = self.compile_nonce.encode()
        return frame(tar_bytes(files))

    def _keep_artefact(self, artefact: str | None) -> None:
        if self.artefact_key and self.artefacts is not None and artefact:
            with contextlib.suppress(binascii.Error, ValueError):
                self.artefacts.put(self.artefact_key, base64.b64decode(artefact, validate=True))

    def _job(self) -> bytes:
        signature = self.problem.signature
        job: dict[str, Any] = {
            "nonce": self.nonce,
            "mode": str(self.problem.mode),
            "signature": signature.to_wire() if signature else None,
            "test_count": len(self.tests),
            "stdout_limit": self.limits.output_kb * 1024,
        }
        if self.language.code_in_job():
            job["code"] = self.code
        return frame(msgspec.json.encode(job))

    @staticmethod
    def _test_frame(number: int, test: TestCase, budget_ms: float) -> bytes:
        wall_ms = round(backstop_s(budget_ms) * 1000)
        return frame(msgspec.json.encode({"test": number, "input": test.input, "wall_ms": wall_ms}))

    # -------------------------------------------------------------------------- judging

    def _judge_record(
        self, record: TestRecord, channel: RecordChannel, meter: Meter, number: int, test: TestCase
    ) -> TestResult:
        stdout = _join(record.stdout, channel.take_stray())
        if record.status != "ok":
            status = HARNESS_STATUS[record.status]
            error = (
                record.error.describe(self._hides(test), self.code)
                if record.error
                else status.label
            )
            if meter.oom_kills:
                status = strongest(status, Status.MEMORY_LIMIT_EXCEEDED)
            elif (
                status is Status.MEMORY_LIMIT_EXCEEDED and _killed(record) and meter.oom_kills == 0
            ):
                # The harness took a child's SIGKILL for the OOM killer's; the cgroup, which
                # counts every OOM kill, says it was not one. (Where nothing counts them, a
                # remote engine's statistics, the harness's guess stands.)
                status, error = Status.RUNTIME_ERROR, "the program was killed (SIGKILL)"
            # an exception the harness caught leaves it serving; a signal (C++) ended it
            self._answered = record.status == "error" and not (
                record.error and record.error.type_name.startswith("SIG")
            )
            output = None if self.compare else self._partial_output(record)
            return self._result(
                number, test, status, meter, output=output, error=error, stdout=stdout
            )
        if len(record.output) > self.limits.output_kb * 1024:
            return self._result(
                number,
                test,
                Status.OUTPUT_LIMIT_EXCEEDED,
                meter,
                error="Output Limit Exceeded (the answer is longer than the output limit)",
            )
        try:
            output = decode_output(record.output)
        except ProtocolError as e:
            return self._result(number, test, Status.RUNTIME_ERROR, meter, error=_broke(e))
        self._answered = True
        if not self.compare:  # whole: the caller compares it, then cuts it for display
            return self._result(number, test, Status.ACCEPTED, meter, output=output, stdout=stdout)
        try:
            check = self.check(test.input, output, test.expected)
        except Exception as e:  # a custom checker's own bug is the judge's fault
            raise SandboxError(f"the checker of {self.problem.slug} failed: {e!r}") from e
        status = Status.ACCEPTED if check.passed else Status.WRONG_ANSWER
        return self._result(  # a checker's message may quote the answer: not for hidden tests
            number,
            test,
            status,
            meter,
            output=_displayed(output, record.output),
            error=None if self._hides(test) else check.message,
            stdout=stdout,
        )

    def _partial_output(self, record: TestRecord) -> Any:
        """What a failed test wrote as its answer (a stdio program's stdout up to its end),
        when it is within the output limit and JSON; else ``None``."""
        if len(record.output) > self.limits.output_kb * 1024:
            return None
        try:
            return decode_output(record.output)
        except ProtocolError:
            return None

    def _timeout(self, number: int, test: TestCase, e: TimeLimit, meter: Meter) -> TestResult:
        error = "Time Limit Exceeded"
        if e.waited:
            error += " (the program waited instead of running: sleeping, or blocked)"
        return self._result(number, test, Status.TIMEOUT, meter, error=error)

    def _died(
        self, box: Sandbox, channel: RecordChannel, meter: Meter, number: int, test: TestCase
    ) -> TestResult:
        """The sandbox ended before answering test ``number``: out of memory, or a crash."""
        status = box.exit_status()
        meter.read()
        if (
            status.oom_killed
            or meter.oom_kills
            or any(m in channel.stderr for m in self.language.out_of_memory_markers)
        ):
            if meter.gone:  # its last figures went with its cgroup: it reached the limit
                meter.memory_kb = max(meter.memory_kb, self.limits.memory_mb * 1024)
            return self._result(
                number, test, Status.MEMORY_LIMIT_EXCEEDED, meter, error="Memory Limit Exceeded"
            )
        if status.exit_code == 137:
            detail = "the program was killed (SIGKILL)"
        else:
            detail = f"the program exited (code {status.exit_code})"
        if not self._hides(test) and (tail := channel.stderr_tail()):
            detail = tail
        return self._result(number, test, Status.RUNTIME_ERROR, meter, error=detail)

    # -------------------------------------------------------------------------- results

    def _hides(self, test: TestCase) -> bool:
        return test.hidden and not self.reveal_hidden

    def _runtime_ms(self, meter: Meter) -> float:
        return max(0.0, meter.spent_ms() - self.start_ms)

    def _result(
        self,
        number: int,
        test: TestCase,
        status: Status,
        meter: Meter,
        *,
        output: Any = None,
        error: str | None = None,
        stdout: str | None = None,
    ) -> TestResult:
        hide = self._hides(test)
        return TestResult(
            test_number=number,
            passed=status is Status.ACCEPTED,
            input=None if hide else test.input,
            output=None if hide else output,
            expected=None if hide else test.expected,
            stdout=None if hide else _cut(stdout),
            error=error,
            status=status,
            hidden=test.hidden,
            runtime_ms=round(self._runtime_ms(meter), 3),
            memory_kb=meter.memory_kb,
        )

    def _fail_first(self, test: TestCase, status: Status, error: str, meter: Meter) -> Verdict:
        self.results.append(self._result(1, test, status, meter, error=error))
        return self._verdict(
            status, runtime_error=error if status is Status.RUNTIME_ERROR else None
        )

    def _compile_error(self, message: str) -> Verdict:
        if len(message) > COMPILE_ERROR_DISPLAY:
            message = message[:COMPILE_ERROR_DISPLAY] + "\n[... cut]"
        return self._verdict(Status.COMPILE_ERROR, compile_error=message or "Compile Error")

    def _verdict(self, status: Status, **extra: Any) -> Verdict:
        return make_verdict(
            status, self.results, len(self.tests), language=self.language.name, **extra
        )


def _send(box: Sandbox, data: bytes, budget_ms: float) -> None:
    """Write a frame; a program that does not read it in its backstop has spent its time."""
    try:
        box.write(data, timeout=backstop_s(max(budget_ms, 0.0)))
    except TimeoutError:
        raise TimeLimit(0.0, waited=True) from None


def _flood_limit(limits: Limits) -> int:
    """Bytes a sandbox may write in all before the host calls it a flood.

    The harness enforces the output limit per test; records carry that output JSON-escaped
    (up to twice its size, stdout and stderr both), so the host's backstop sits above it.
    """
    return 4 * limits.output_kb * 1024 + (4 << 20)


def _record_limit(limits: Limits) -> int:
    """The longest record line: anything within the flood limit (printed control characters
    grow six times when JSON escapes them)."""
    return _flood_limit(limits)


def _compile_time_message(allowed_s: float, e: TimeLimit) -> str:
    if e.waited:
        return "Compilation stalled (it waited instead of running)"
    return f"Compilation took more than {allowed_s:.0f} s of CPU time"


def _killed(record: TestRecord) -> bool:
    """Whether the harness says a SIGKILL ended the test's program."""
    return record.error is not None and record.error.type_name == "SIGKILL"


def _broke(reason: object) -> str:
    return f"the program broke the judge's protocol: {reason}"


def for_display(value: Any) -> Any:
    """An answer as a result shows it: whole, or its JSON text cut to :data:`DISPLAY_BYTES`."""
    return _displayed(value, msgspec.Raw(msgspec.json.encode(value)))


def _displayed(output: Any, raw: msgspec.Raw) -> Any:
    """The answer as a result shows it: whole, or its JSON text cut for display."""
    if len(raw) <= DISPLAY_BYTES:
        return output
    text = bytes(raw)[:DISPLAY_BYTES].decode("utf-8", "replace")
    return f"{text}... [cut: the answer is {len(raw)} bytes of JSON]"


def _cut(text: str | None) -> str | None:
    if text is not None and len(text) > DISPLAY_BYTES:
        return text[:DISPLAY_BYTES] + "\n[... cut]"
    return text


def _join(*parts: str | None) -> str | None:
    present = [p for p in parts if p]
    return "\n".join(present) if present else None


def _runtime_error(result: TestResult) -> str | None:
    return result.error if result.status is Status.RUNTIME_ERROR else None
