"""Judging: compile once, feed the tests' inputs, compare on the host, stop at the first failure.

:class:`Judge` is the public entry point: it resolves the limits, takes a primed sandbox from
the pool (or starts one), and hands it to a :class:`~pyscape_judge.session.Session`, which
judges one submission in it. Nothing a submission does makes :meth:`Judge.judge` raise.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
import secrets
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from pyscape_judge import running
from pyscape_judge.artefacts import ArtefactCache
from pyscape_judge.errors import SandboxError
from pyscape_judge.languages import Language, get_language, languages
from pyscape_judge.limits import Limits
from pyscape_judge.problem import Problem, load_problem
from pyscape_judge.running import ExecuteResult, RunResult
from pyscape_judge.sandbox.base import Backend, RunSpec, frame, tar_bytes
from pyscape_judge.sandbox.choose import make_backend
from pyscape_judge.sandbox.pool import ColdStart, WarmPool
from pyscape_judge.session import OnResult, Session
from pyscape_judge.submission import MAX_CODE_KB, check_code, check_submission
from pyscape_judge.verdict import TestResult, Verdict, internal_error

log = logging.getLogger(__name__)
#: What a guarded piece of work gives: a verdict, a run's result...
T = TypeVar("T")


class Judge:
    """Judges submissions in sandboxes, at most ``concurrency`` at a time.

    >>> judge = Judge()
    >>> verdict = judge.judge("two-sum", "python", code)
    >>> verdict.status, verdict.runtime_ms
    """

    #: The largest code judged, in KiB of UTF-8 (larger: :class:`~pyscape_judge.errors.CodeError`).
    max_code_kb: int = MAX_CODE_KB
    #: The most inputs one :meth:`run` takes.
    max_run_inputs: int = running.MAX_INPUTS

    def __init__(
        self,
        *,
        backend: Backend | None = None,
        sandbox: str = "auto",
        runtime: str = "auto",
        concurrency: int | None = None,
        limits: Limits | None = None,
        problems_dir: Path | None = None,
        reveal_hidden: bool = False,
        pool_size: int = 0,
        max_live: int | None = None,
        pool_idle_s: float = 300.0,
        artefact_cache_mb: int = 256,
        expected_cache_mb: int = 16,
    ) -> None:
        if backend is None:
            backend, why = make_backend(sandbox, runtime=runtime)
            log.info("sandboxes: %s", why)
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
        #: The reference solutions' answers to inputs of runs (:meth:`run`), by problem
        #: version and input.
        self.expected_cache = ArtefactCache(expected_cache_mb * 1024 * 1024)
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
        arguments. Whatever the submission does is its verdict; whatever goes wrong in the
        sandbox machinery is an ``internal_error`` verdict: never an exception. ``on_result``
        sees each test's result as it is decided.
        """
        if not isinstance(problem, Problem):
            problem = load_problem(problem, self.problems_dir)
        lang = get_language(language)
        check_submission(problem, lang, code, self.max_code_kb)
        total = len(problem.tests)
        return self._guarded(
            f"judging {problem.slug} in {lang.name}",
            lambda: self._judge(problem, lang, code, on_result),
            lambda message: internal_error(message, total, lang.name),
        )

    def run(
        self,
        problem: Problem | str | Path,
        language: str,
        code: str,
        inputs: Sequence[Any] | None = None,
    ) -> RunResult:
        """Run ``code`` on ``inputs`` without judging it (LeetCode's "Run"): every input runs.

        ``inputs`` are argument lists (function problems) or stdin texts (stdio problems),
        default the problem's visible examples. Each is checked against the problem first
        (:class:`~pyscape_judge.errors.InputError` names the input and the argument). An
        input's ``expected`` is its test's when it is one of the problem's tests, else the
        answer of the problem's reference solution, run on it in the same sandbox rules and
        cached by problem version and input (``None`` without a reference). Like
        :meth:`judge`, nothing the code does raises.
        """
        if not isinstance(problem, Problem):
            problem = load_problem(problem, self.problems_dir)
        lang = get_language(language)
        check_submission(problem, lang, code, self.max_code_kb)
        planned = running.plan_inputs(problem, inputs, self.max_run_inputs)
        return self._guarded(
            f"running {problem.slug} in {lang.name}",
            lambda: running.run(self, problem, lang, code, planned),
            lambda message: running.run_failed(message, lang.name),
        )

    def execute(self, language: str, code: str, stdin: str = "") -> ExecuteResult:
        """Run ``code`` as a program on ``stdin``, with no problem (a playground): its stdout,
        stderr, exit code, status, CPU time and peak memory under this judge's limits."""
        lang = get_language(language)
        check_code(code, self.max_code_kb)
        problem = running.playground(self, stdin)
        return self._guarded(
            f"executing {lang.name}",
            lambda: running.execute(self, problem, lang, code),
            lambda message: running.execute_failed(message, lang.name),
        )

    def _guarded(self, what: str, work: Callable[[], T], failed: Callable[[str], T]) -> T:
        """``work()`` in one of the judge's slots; a failure of the judge's own is
        ``failed(message)``, never the caller's exception."""
        with self._slots:
            try:
                self._sweep_once()
                return work()
            except SandboxError as e:
                log.error("%s failed: %s", what, e)
                return failed(str(e))
            except Exception:  # a bug of the judge's own: logged, never the caller's crash
                log.exception("%s failed", what)
                return failed("the judge failed on this submission (see its log)")

    def _judge(
        self, problem: Problem, language: Language, code: str, on_result: OnResult | None
    ) -> Verdict:
        session = self.new_session(problem, language, code, on_result=on_result)
        started = time.monotonic()
        log.info("judging %s in %s (%d tests)", problem.slug, language.name, len(problem.tests))
        verdict = self.in_sandbox(session)
        log.info(
            "judged %s in %s: %s (%d/%d tests, %d ms CPU, %.0f ms in all)",
            problem.slug,
            language.name,
            verdict.status,
            verdict.summary.passed,
            verdict.total_test_cases,
            verdict.runtime_ms,
            (time.monotonic() - started) * 1000,
        )
        return verdict

    def new_session(
        self, problem: Problem, language: Language, code: str, **options: Any
    ) -> Session:
        """A :class:`Session` of ``code`` on ``problem`` under this judge's limits and caches;
        ``options`` are the session's own (``tests``, ``early_exit``, ``compare``...)."""
        options.setdefault("reveal_hidden", self.reveal_hidden)
        return Session(
            problem,
            language,
            code,
            resolve_limits(self.limits, problem, language),
            nonce=secrets.token_hex(16),
            compile_nonce=secrets.token_hex(16),
            artefacts=self.artefacts,
            **options,
        )

    def in_sandbox(self, session: Session) -> Verdict:
        """Run ``session`` in a fresh primed sandbox (removed after it)."""
        language, limits = session.language, session.limits
        box = self.sandboxes.acquire(*sandbox_kind(language, limits, self.backend))
        try:
            return session.judge(box)
        finally:
            self.sandboxes.release(box)

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

    async def run_async(
        self,
        problem: Problem | str | Path,
        language: str,
        code: str,
        inputs: Sequence[Any] | None = None,
    ) -> RunResult:
        """:meth:`run` for asyncio callers: runs in the judge's bounded thread pool."""
        call = functools.partial(self.run, problem, language, code, inputs)
        return await asyncio.get_running_loop().run_in_executor(self._executor, call)

    async def execute_async(self, language: str, code: str, stdin: str = "") -> ExecuteResult:
        """:meth:`execute` for asyncio callers: runs in the judge's bounded thread pool."""
        call = functools.partial(self.execute, language, code, stdin)
        return await asyncio.get_running_loop().run_in_executor(self._executor, call)

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
        self.sandboxes.warm(*sandbox_kind(lang, limits, self.backend))

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


def sandbox_limits(limits: Limits) -> Limits:
    """``limits`` without what only the host enforces (times): sandboxes that differ only
    there are interchangeable, so a warm pool keeps one kind of them."""
    defaults = Limits()
    return limits.with_(
        time_ms=defaults.time_ms, compile_s=defaults.compile_s, wall_s=defaults.wall_s
    )


def sandbox_kind(language: Language, limits: Limits, backend: Backend) -> tuple[RunSpec, bytes]:
    """The sandbox a submission runs in and its prime (what it gets before any code is known).

    Compiled languages start with the compiler's memory. A language whose image holds its
    harness starts it straight away where the backend runs images (an empty prime: the harness
    says ``primed`` by itself); elsewhere the boot shell unpacks the prime frame.
    """
    memory = max(limits.memory_mb, limits.compile_memory_mb if language.compiled else 0)
    spec_limits = sandbox_limits(limits)
    boot = language.image_boot(spec_limits) if backend.runs_images else None
    spec = RunSpec(
        language=language.name,
        image=language.image(),
        limits=spec_limits.with_(memory_mb=memory),
        **({"command": boot} if boot else {}),
    )
    return spec, b"" if boot else prime_frame(language, spec_limits)


@functools.lru_cache(maxsize=128)
def prime_frame(language: Language, limits: Limits) -> bytes:
    """The first frame of a sandbox the boot shell starts: the language's harness files and
    its ``start`` script, unpacked into the work directory."""
    return frame(tar_bytes(language.prime_files(limits)))
