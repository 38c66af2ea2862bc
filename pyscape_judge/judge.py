"""Judging: compile once, feed the tests' inputs, compare on the host, stop at the first failure.

:class:`Judge` is the public entry point; one :class:`_Run` judges one submission in one fresh
sandbox, as a small state machine: start -> load (compile) -> tests -> close.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import functools
import logging
import os
import secrets
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import msgspec

from pyscape_judge.artefacts import ArtefactCache, artefact_key
from pyscape_judge.channel import OutputFlood, ProtocolError, RecordChannel
from pyscape_judge.checkers import checker_for
from pyscape_judge.errors import SandboxError
from pyscape_judge.languages import CompiledLanguage, Language, get_language, languages
from pyscape_judge.limits import Limits, test_deadline_s
from pyscape_judge.problem import Mode, Problem, TestCase, load_problem
from pyscape_judge.sandbox.base import Backend, RunSpec, Sandbox, frame, tar_bytes
from pyscape_judge.sandbox.pool import ColdStart, WarmPool
from pyscape_judge.submission import MAX_CODE_KB, check_submission
from pyscape_judge.verdict import Status, TestResult, Verdict, internal_error, make_verdict

log = logging.getLogger(__name__)

OnResult = Callable[[TestResult], None]

#: What a harness's per-test status means for the verdict.
HARNESS_STATUS = {
    "error": Status.RUNTIME_ERROR,
    "memory": Status.MEMORY_LIMIT_EXCEEDED,
    "output_limit": Status.OUTPUT_LIMIT_EXCEEDED,
    "timeout": Status.TIMEOUT,
}
#: What runtimes print when they die for want of memory before the sandbox's OOM kill.
OUT_OF_MEMORY_MARKERS = (
    b"JavaScript heap out of memory",
    b"java.lang.OutOfMemoryError",
    b"std::bad_alloc",
)
#: How much of a test's printed output a result keeps for display.
STDOUT_DISPLAY = 64 * 1024
COMPILE_ERROR_DISPLAY = 4000
#: Time for a script language to start and load the code, on top of one test's time.
LOAD_SLACK_S = 5.0


class Judge:
    """Judges submissions in sandboxes, at most ``concurrency`` at a time.

    >>> judge = Judge()
    >>> verdict = judge.judge("two-sum", "python", code)
    >>> verdict.status, verdict.runtime_ms
    """

    #: The largest code judged, in KiB of UTF-8 (larger: :class:`~pyscape_judge.errors.CodeError`).
    max_code_kb: int = MAX_CODE_KB

    def __init__(
        self,
        *,
        backend: Backend | None = None,
        runtime: str = "runc",
        concurrency: int | None = None,
        limits: Limits | None = None,
        problems_dir: Path | None = None,
        reveal_hidden: bool = False,
        pool_size: int = 0,
        max_live: int | None = None,
        pool_idle_s: float = 300.0,
        artefact_cache_mb: int = 256,
    ) -> None:
        if backend is None:
            from pyscape_judge.sandbox.docker import DockerBackend

            backend = DockerBackend(runtime=runtime)
        self.backend = backend
        #: Where sandboxes come from: a warm pool (``pool_size`` > 0) or started on demand.
        self.sandboxes: ColdStart = (
            WarmPool(
                backend,
                size=pool_size,
                idle_s=pool_idle_s,
                max_live=max_live or 2 * pool_size * len(languages()) + 4,
            )
            if pool_size > 0
            else ColdStart(backend)
        )
        self.concurrency = concurrency or os.cpu_count() or 1
        self.limits = limits or Limits()
        #: Compiled programs of earlier submissions (``None`` when ``artefact_cache_mb`` is 0).
        self.artefacts = (
            ArtefactCache(artefact_cache_mb * 1024 * 1024) if artefact_cache_mb > 0 else None
        )
        self.problems_dir = problems_dir
        #: Show hidden tests' data in results (for problem authors, never for users).
        self.reveal_hidden = reveal_hidden
        self._slots = threading.BoundedSemaphore(self.concurrency)
        self._executor = ThreadPoolExecutor(self.concurrency, thread_name_prefix="pyscape-judge")
        self._swept = False
        self._sweep_lock = threading.Lock()

    def judge(
        self,
        problem: Problem | str | Path,
        language: str,
        code: str,
        *,
        on_result: OnResult | None = None,
    ) -> Verdict:
        """Judge ``code`` in ``language`` against ``problem`` (a :class:`Problem`, slug or folder).

        Raises :class:`~pyscape_judge.errors.ProblemError` or ``LanguageError`` for bad
        arguments; anything that goes wrong in the sandbox machinery is an ``internal_error``
        verdict, never an exception. ``on_result`` sees each test's result as it is decided.
        """
        if not isinstance(problem, Problem):
            problem = load_problem(problem, self.problems_dir)
        lang = get_language(language)
        check_submission(problem, lang, code, self.max_code_kb)
        with self._slots:
            try:
                self._sweep_once()
                return _Run(self, problem, lang, code, on_result).run()
            except SandboxError as e:
                log.error("judging %s in %s failed: %s", problem.slug, lang.name, e)
                return internal_error(str(e), len(problem.tests), lang.name)

    async def judge_async(
        self,
        problem: Problem | str | Path,
        language: str,
        code: str,
        *,
        on_result: OnResult | None = None,
    ) -> Verdict:
        """:meth:`judge` for asyncio callers: runs in the judge's bounded thread pool.

        ``on_result`` is called on the event loop's thread.
        """
        loop = asyncio.get_running_loop()
        callback = None
        if on_result is not None:

            def callback(result: TestResult) -> None:
                loop.call_soon_threadsafe(on_result, result)

        call = functools.partial(self.judge, problem, language, code, on_result=callback)
        return await loop.run_in_executor(self._executor, call)

    def sweep(self) -> int:
        """Remove sandboxes left behind by judges that died; return how many."""
        with self._sweep_lock:
            removed = self.backend.sweep()
            self._swept = True
        return removed

    def _sweep_once(self) -> None:
        if not self._swept:
            with self._sweep_lock:
                if not self._swept:
                    self.backend.sweep()
                    self._swept = True

    def warm_up(self, language: str, problem: Problem | str | Path | None = None) -> None:
        """Have the pool keep sandboxes of ``language`` ready (for ``problem``'s limits)."""
        if not isinstance(self.sandboxes, WarmPool):
            return
        if problem is not None and not isinstance(problem, Problem):
            problem = load_problem(problem, self.problems_dir)
        lang = get_language(language)
        limits = (
            resolve_limits(self.limits, problem, lang)
            if problem is not None
            else lang.limits(self.limits)
        )
        self.sandboxes.warm(sandbox_spec(lang, limits), prime_frame(lang, sandbox_limits(limits)))

    def close(self) -> None:
        """Stop judging: destroy waiting sandboxes and release the engine."""
        self._executor.shutdown(wait=False, cancel_futures=True)
        self.sandboxes.close()
        self.backend.close()

    def __enter__(self) -> Judge:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def resolve_limits(defaults: Limits, problem: Problem, language: Language) -> Limits:
    """The limits of one submission: problem over judge defaults, then the language's say."""
    limits = defaults.with_(time_ms=problem.limits.time_ms, memory_mb=problem.limits.memory_mb)
    return language.limits(limits)


def flood_limit(limits: Limits) -> int:
    """Bytes a sandbox may write in all before the host calls it a flood.

    The harness enforces the output limit per test; records carry that output JSON-escaped
    (up to twice its size, stdout and stderr both), so the host's backstop sits above it.
    """
    return 4 * limits.output_kb * 1024 + (1 << 20)


def sandbox_limits(limits: Limits) -> Limits:
    """``limits`` without what only the host enforces (times): sandboxes that differ only
    there are interchangeable, so a warm pool keeps one kind of them."""
    defaults = Limits()
    return limits.with_(
        time_ms=defaults.time_ms, compile_s=defaults.compile_s, wall_s=defaults.wall_s
    )


def sandbox_spec(language: Language, limits: Limits) -> RunSpec:
    """The sandbox a submission runs in: compiled languages start with the compiler's memory."""
    memory = max(limits.memory_mb, limits.compile_memory_mb if language.compiled else 0)
    return RunSpec(
        language=language.name,
        image=language.image(),
        limits=sandbox_limits(limits).with_(memory_mb=memory),
    )


@functools.lru_cache(maxsize=128)
def prime_frame(language: Language, limits: Limits) -> bytes:
    """The first frame of every sandbox of ``language``: its harness, before any code is known."""
    return frame(tar_bytes(language.prime_files(limits)))


class _Run:
    """One submission in one sandbox."""

    def __init__(
        self,
        judge: Judge,
        problem: Problem,
        language: Language,
        code: str,
        on_result: OnResult | None,
    ) -> None:
        self.judge = judge
        self.problem = problem
        self.language = language
        self.code = code
        self.on_result = on_result
        self.limits = resolve_limits(judge.limits, problem, language)
        self.check = checker_for(problem)
        self.test_times = [t.time_limit_ms or self.limits.time_ms for t in problem.tests]
        #: Start-up a stdio runtime gets per test on top of the limit (never in runtime_ms).
        self.start_ms = language.stdio_start_ms if problem.mode is Mode.STDIO else 0
        self.results: list[TestResult] = []
        self.artefact_key: str | None = None

    def run(self) -> Verdict:
        nonce = secrets.token_hex(16)
        started = time.monotonic()
        wall = started + self.limits.wall_clock_s([t + self.start_ms for t in self.test_times])
        log.info(
            "judging %s in %s (%d tests)",
            self.problem.slug,
            self.language.name,
            len(self.problem.tests),
        )
        sandboxes = self.judge.sandboxes
        box = sandboxes.acquire(
            sandbox_spec(self.language, self.limits),
            prime_frame(self.language, sandbox_limits(self.limits)),
        )
        try:
            verdict = self._judge(box, nonce, wall)
        finally:
            sandboxes.release(box)
        log.info(
            "judged %s in %s: %s (%d/%d tests, %.0f ms)",
            self.problem.slug,
            self.language.name,
            verdict.status,
            verdict.summary.passed,
            verdict.total_test_cases,
            (time.monotonic() - started) * 1000,
        )
        return verdict

    def _submission(self, compile_nonce: str) -> bytes:
        """The submission frame; with the compiled program itself when the cache has it."""
        language = self.language
        assert isinstance(language, CompiledLanguage)
        files = language.submission_files(self.code, self.problem.signature, self.limits)
        cache = self.judge.artefacts
        if cache is not None and language.artefact:
            self.artefact_key = artefact_key(language, files)
            cached = cache.get(self.artefact_key)
            if cached is not None:
                files[language.artefact] = cached
        files["nonce"] = compile_nonce.encode()
        return frame(tar_bytes(files))

    def _job(self, nonce: str) -> bytes:
        job: dict[str, Any] = {
            "nonce": nonce,
            "mode": str(self.problem.mode),
            "signature": self.problem.signature.to_wire() if self.problem.signature else None,
            "tests": [
                {"input": t.input, "time_limit_ms": ms}
                for t, ms in zip(self.problem.tests, self.test_times, strict=True)
            ],
            "stdout_limit": self.limits.output_kb * 1024,
        }
        if self.language.code_in_job():
            job["code"] = self.code
        return frame(msgspec.json.encode(job))

    # --------------------------------------------------------------------------- phases

    def _judge(self, box: Sandbox, nonce: str, wall: float) -> Verdict:
        channel = RecordChannel(box, nonce, flood_limit(self.limits))
        if self.language.compiled:
            compile_nonce = secrets.token_hex(16)
            channel.expect(compile_nonce)
            box.write(self._submission(compile_nonce), timeout=10)
            failed = self._compile(box, channel, wall)
            if failed is not None:
                return failed
            box.set_memory(self.limits.memory_mb)
            channel.expect(nonce)
            box.write(self._job(nonce), timeout=10)
        else:
            box.write(self._job(nonce), timeout=10)
        loaded = self._load(box, channel, wall)
        if loaded is not None:
            return loaded
        for number, test in enumerate(self.problem.tests, 1):
            deadline = test_deadline_s(self.test_times[number - 1] + self.start_ms)
            result = self._next_result(box, channel, number, test, min(deadline, _left(wall)))
            self.results.append(result)
            if self.on_result is not None:
                self.on_result(result)
            if not result.passed:
                return self._verdict(result.status, runtime_error=_runtime_error(result))
        return self._verdict(Status.ACCEPTED)

    def _compile(self, box: Sandbox, channel: RecordChannel, wall: float) -> Verdict | None:
        """Wait for the ``start`` script to compile the code; a verdict when it could not."""
        allowed = self.limits.compile_s
        try:
            record = channel.next_record(min(allowed, _left(wall)))
        except TimeoutError:
            return self._compile_error(f"Compilation took longer than {allowed:.0f} s")
        except (OutputFlood, ProtocolError):
            return self._compile_error("the compiler's output was too long or corrupt")
        if record is None:
            status = box.exit_status()
            if status.oom_killed:
                return self._compile_error("the compiler ran out of memory")
            return self._compile_error(channel.stderr_tail(60) or "Compile Error")
        if record.get("event") != "compiled":
            return self._compile_error("the compiler wrote an unexpected record")
        artefact = record.get("artefact")
        if self.artefact_key and self.judge.artefacts is not None and isinstance(artefact, str):
            with contextlib.suppress(binascii.Error, ValueError):
                self.judge.artefacts.put(self.artefact_key, base64.b64decode(artefact))
        return None

    def _load(self, box: Sandbox, channel: RecordChannel, wall: float) -> Verdict | None:
        """Wait for the harness to load the code; a verdict when it could not."""
        allowed = LOAD_SLACK_S + self.limits.time_ms / 1000
        first = self.problem.tests[0]
        try:
            record = channel.next_record(min(allowed, _left(wall)))
        except TimeoutError:
            return self._fail_first(first, Status.TIMEOUT, "Time Limit Exceeded (while loading)")
        except OutputFlood:
            return self._fail_first(first, Status.OUTPUT_LIMIT_EXCEEDED, "Output Limit Exceeded")
        except ProtocolError as e:
            return self._fail_first(first, Status.RUNTIME_ERROR, f"the program corrupted {e}")
        if record is None:
            return self._died(box, channel, first)
        event = record.get("event")
        if event == "ready":
            return None
        if event == "compile_error":
            return self._compile_error(str(record.get("message", "")))
        if event == "load_error":
            return self._fail_first(first, Status.RUNTIME_ERROR, str(record.get("message")))
        return self._fail_first(
            first, Status.RUNTIME_ERROR, "the program wrote a record out of turn"
        )

    def _next_result(
        self, box: Sandbox, channel: RecordChannel, number: int, test: TestCase, timeout: float
    ) -> TestResult:
        try:
            record = channel.next_record(timeout)
        except TimeoutError:
            return self._result(
                number,
                test,
                Status.TIMEOUT,
                error="Time Limit Exceeded",
                runtime_ms=self.test_times[number - 1],
            )
        except OutputFlood:
            return self._result(
                number,
                test,
                Status.OUTPUT_LIMIT_EXCEEDED,
                error="Output Limit Exceeded",
                stdout=channel.take_stray(),
            )
        except ProtocolError as e:
            return self._result(
                number, test, Status.RUNTIME_ERROR, error=f"the program corrupted {e}"
            )
        if record is None:
            return self._died_result(box, channel, number, test)
        if record.get("test") != number:
            return self._result(
                number, test, Status.RUNTIME_ERROR, error="the program wrote a record out of turn"
            )
        return self._judge_record(record, channel, number, test)

    def _judge_record(
        self, record: dict[str, Any], channel: RecordChannel, number: int, test: TestCase
    ) -> TestResult:
        stdout = _join(record.get("stdout"), channel.take_stray())
        runtime_ms = float(record.get("time_ms") or 0)
        fields = {
            "stdout": stdout,
            "runtime_ms": runtime_ms,
            "memory_kb": int(record.get("memory_kb") or 0),
        }
        harness_status = record.get("status")
        if harness_status != "ok":
            status = HARNESS_STATUS.get(str(harness_status), Status.RUNTIME_ERROR)
            return self._result(number, test, status, error=_text(record.get("error")), **fields)
        if runtime_ms > self.test_times[number - 1]:
            return self._result(number, test, Status.TIMEOUT, error="Time Limit Exceeded", **fields)
        output = record.get("output")
        try:
            check = self.check(test.input, output, test.expected)
        except Exception as e:  # a custom checker's own bug is the judge's fault
            raise SandboxError(f"the checker of {self.problem.slug} failed: {e!r}") from e
        status = Status.ACCEPTED if check.passed else Status.WRONG_ANSWER
        return self._result(number, test, status, output=output, error=check.message, **fields)

    def _died(self, box: Sandbox, channel: RecordChannel, test: TestCase) -> Verdict:
        result = self._died_result(box, channel, 1, test)
        self.results.append(result)
        return self._verdict(result.status, runtime_error=_runtime_error(result))

    def _died_result(
        self, box: Sandbox, channel: RecordChannel, number: int, test: TestCase
    ) -> TestResult:
        """The sandbox ended before answering test ``number``: out of memory, or a crash."""
        status = box.exit_status()
        stdout = channel.take_stray()
        if status.oom_killed or any(m in channel.stderr for m in OUT_OF_MEMORY_MARKERS):
            return self._result(
                number,
                test,
                Status.MEMORY_LIMIT_EXCEEDED,
                error="Memory Limit Exceeded",
                stdout=stdout,
            )
        detail = channel.stderr_tail() or f"the program exited (code {status.exit_code})"
        if status.exit_code == 137 and not channel.stderr_tail():
            detail = "the program was killed (SIGKILL)"
        return self._result(number, test, Status.RUNTIME_ERROR, error=detail, stdout=stdout)

    # -------------------------------------------------------------------------- results

    def _result(
        self,
        number: int,
        test: TestCase,
        status: Status,
        *,
        output: Any = None,
        error: str | None = None,
        stdout: str | None = None,
        runtime_ms: float = 0.0,
        memory_kb: int = 0,
    ) -> TestResult:
        hide = test.hidden and not self.judge.reveal_hidden
        if stdout is not None and len(stdout) > STDOUT_DISPLAY:
            stdout = stdout[:STDOUT_DISPLAY] + "\n[... cut]"
        return TestResult(
            test_number=number,
            passed=status is Status.ACCEPTED,
            input=None if hide else test.input,
            output=None if hide else output,
            expected=None if hide else test.expected,
            stdout=None if hide else stdout,
            error=error,
            status=status,
            hidden=test.hidden,
            runtime_ms=round(runtime_ms, 3),
            memory_kb=memory_kb,
        )

    def _fail_first(self, test: TestCase, status: Status, error: str) -> Verdict:
        self.results.append(self._result(1, test, status, error=error))
        return self._verdict(
            status, runtime_error=error if status is Status.RUNTIME_ERROR else None
        )

    def _compile_error(self, message: str) -> Verdict:
        if len(message) > COMPILE_ERROR_DISPLAY:
            message = message[:COMPILE_ERROR_DISPLAY] + "\n[... cut]"
        return self._verdict(Status.COMPILE_ERROR, compile_error=message or "Compile Error")

    def _verdict(self, status: Status, **extra: Any) -> Verdict:
        return make_verdict(
            status, self.results, len(self.problem.tests), language=self.language.name, **extra
        )


def _left(wall: float) -> float:
    return max(0.0, wall - time.monotonic())


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _join(*parts: str | None) -> str | None:
    present = [p for p in parts if p]
    return "\n".join(present) if present else None


def _runtime_error(result: TestResult) -> str | None:
    return result.error if result.status is Status.RUNTIME_ERROR else None
