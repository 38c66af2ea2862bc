"""Running code without judging it: LeetCode's "Run" button, and a playground.

* :func:`run` runs a submission on inputs of the user's choice (default: the problem's visible
  examples), every one of them: no early exit. An input's ``expected`` answer is its test's
  when the input is one of the problem's tests, else the reference solution's, run on the same
  inputs under the same sandbox rules and cached by problem version and input; the user's
  answers are compared with it by the problem's checker.
* :func:`execute` runs a program with no problem at all: one stdio run on a given stdin, its
  output not checked.

Both run on :class:`~pyscape_judge.session.Session` (``tests=``, ``early_exit=False``,
``compare=False``): a failure that ends the sandbox (a timeout, a crash of the runtime) ends
that session, and the inputs after it run in a fresh sandbox. :class:`~pyscape_judge.Judge`'s
``run`` and ``execute`` are the public entry points.
"""

from __future__ import annotations

import hashlib
import logging
import re
import signal
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import msgspec

from pyscape_judge.checkers import checker_for
from pyscape_judge.errors import InputError, SandboxError
from pyscape_judge.languages import Language, get_language, languages
from pyscape_judge.problem import Problem, TestCase
from pyscape_judge.problem_data import problem_from_data
from pyscape_judge.session import for_display
from pyscape_judge.shapes import check_input_shape
from pyscape_judge.verdict import Status, TestResult, strongest

if TYPE_CHECKING:
    from pyscape_judge.judge import Judge

log = logging.getLogger(__name__)

#: Inputs one run takes at most (``Judge.max_run_inputs``).
MAX_INPUTS = 20
#: Bytes of JSON all the inputs of a run, or a playground's stdin, may take.
MAX_INPUT_BYTES = 1 << 20


def reference_languages() -> list[str]:
    """Which reference solution gives the expected answers, when a problem has several: the
    quickest to start first (interpreted before compiled, each in its build order)."""
    found = [get_language(name) for name in languages()]
    found.sort(key=lambda lang: (lang.compiled, lang.build_order))
    return [lang.name for lang in found]


class RunCase(msgspec.Struct, kw_only=True):
    """One input of a run: what the code answered and what the reference expects."""

    input: Any
    output: Any = None
    #: The problem's answer for this input; ``None`` when it has none (no reference solution,
    #: or the reference failed on this input).
    expected: Any = None
    #: The answer matches ``expected`` under the problem's checker; ``None`` when the code
    #: answered but there is nothing to compare with; ``False`` when the code failed.
    passed: bool | None = None
    stdout: str | None = None
    error: str | None = None
    #: ``accepted`` (answered, and right when ``expected`` is known), ``wrong_answer`` or how
    #: it failed (``runtime_error``, ``timeout``...).
    status: Status = Status.ACCEPTED
    runtime_ms: float = 0.0
    memory_kb: int = 0


class RunResult(msgspec.Struct, kw_only=True):
    """A run of one code on several inputs: ``results`` has one case per input (none after a
    compile error); ``compile_error`` and ``runtime_error`` as in a verdict."""

    status: Status
    results: list[RunCase]
    compile_error: str | None = None
    runtime_error: str | None = None
    #: For ``internal_error``: what went wrong on the judge's side.
    message: str | None = None
    language: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return msgspec.to_builtins(self)


class ExecuteResult(msgspec.Struct, kw_only=True):
    """A program run on a stdin, as a playground shows it."""

    #: ``accepted`` (it ran to its end and exited 0), ``runtime_error`` (an exception, a
    #: signal or a non-zero exit), ``timeout``, ``memory_limit_exceeded``,
    #: ``output_limit_exceeded``, ``compile_error`` or ``internal_error``.
    status: Status
    stdout: str = ""
    stderr: str = ""
    #: 0 when it ran to its end; the code it exited with; 1 for an uncaught exception; 128 +
    #: the signal's number when a signal ended it; ``None`` when the sandbox stopped it (a
    #: limit) or it never ran.
    exit_code: int | None = None
    #: CPU time, measured from outside the sandbox.
    time_ms: float = 0.0
    memory_kb: int = 0
    #: Why it failed, for people (``ZeroDivisionError: division by zero``).
    error: str | None = None
    compile_error: str | None = None
    message: str | None = None
    language: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return msgspec.to_builtins(self)


class Planned(msgspec.Struct):
    """One input of a run, checked, and its expected answer when it is ``known``."""

    input: Any
    expected: Any = None
    known: bool = False


# ------------------------------------------------------------------------------ inputs


def plan_inputs(
    problem: Problem, inputs: Sequence[Any] | None, max_inputs: int = MAX_INPUTS
) -> list[Planned]:
    """The inputs of a run, each checked against the problem (:class:`InputError` naming the
    input and the argument), with the expected answers the problem's own tests give."""
    if inputs is None:
        inputs = [t.input for t in problem.tests if not t.hidden]
        if not inputs:
            raise InputError(f"problem `{problem.slug}` shows no examples: give inputs to run")
    if isinstance(inputs, str | bytes) or not isinstance(inputs, Sequence):
        raise InputError(f"inputs are a list of inputs, got {type(inputs).__name__}")
    if not 1 <= len(inputs) <= max_inputs:
        raise InputError(f"a run takes 1 to {max_inputs} inputs, got {len(inputs)}")
    size = 0
    for number, value in enumerate(inputs, 1):
        bad = check_input_shape(value, problem)
        if bad is not None:
            raise InputError(f"input {number}: {bad[1]}")
        size += len(msgspec.json.encode(value))
    if size > MAX_INPUT_BYTES:
        raise InputError(f"the inputs take {size} bytes of JSON, the limit is {MAX_INPUT_BYTES}")
    known = {msgspec.json.encode(t.input): t.expected for t in problem.tests}
    planned = []
    for value in inputs:
        key = msgspec.json.encode(value)
        planned.append(Planned(value, known.get(key), key in known))
    return planned


def reference_of(problem: Problem) -> tuple[Language, str] | None:
    """The reference solution a run takes its expected answers from, and its language."""
    ranked = [*reference_languages(), *problem.reference_code, *problem.solutions]
    for name in dict.fromkeys(ranked):
        if name in problem.reference_code:
            return get_language(name), problem.reference_code[name]
        paths = problem.solutions.get(name)
        if paths:
            return get_language(name), paths[0].read_text(encoding="utf-8")
    return None


# --------------------------------------------------------------------------------- run


def run(
    judge: Judge, problem: Problem, language: Language, code: str, planned: list[Planned]
) -> RunResult:
    """Run ``code`` on every planned input and compare its answers (``judge.run``'s core)."""
    _fill_expected(judge, problem, [p for p in planned if not p.known])
    results, compile_error = run_inputs(judge, problem, language, code, [p.input for p in planned])
    if compile_error is not None:
        return RunResult(
            status=Status.COMPILE_ERROR,
            results=[],
            compile_error=compile_error,
            language=language.name,
        )
    check = checker_for(problem)
    cases = []
    for plan, result in zip(planned, results, strict=True):
        status, passed = result.status, None
        if status is Status.ACCEPTED and plan.known:
            try:
                passed = check(plan.input, result.output, plan.expected).passed
            except Exception as e:  # a custom checker's own bug is the judge's fault
                raise SandboxError(f"the checker of {problem.slug} failed: {e!r}") from e
            status = Status.ACCEPTED if passed else Status.WRONG_ANSWER
        elif status is not Status.ACCEPTED:
            passed = False
        cases.append(
            RunCase(
                input=plan.input,
                output=for_display(result.output),
                expected=plan.expected if plan.known else None,
                passed=passed,
                stdout=result.stdout,
                error=result.error,
                status=status,
                runtime_ms=result.runtime_ms,
                memory_kb=result.memory_kb,
            )
        )
    failed = next((c for c in cases if c.status is Status.RUNTIME_ERROR), None)
    return RunResult(
        status=strongest(*(c.status for c in cases)),
        results=cases,
        runtime_error=failed.error if failed else None,
        language=language.name,
    )


def run_inputs(
    judge: Judge, problem: Problem, language: Language, code: str, inputs: list[Any]
) -> tuple[list[TestResult], str | None]:
    """Each input's result, its answer whole and unchecked, or the compile error.

    A failure that ends the sandbox ends its session: the inputs after it run in a fresh one.
    Code that fails to load fails every input alike.
    """
    results: list[TestResult] = []
    while len(results) < len(inputs):
        rest = [TestCase(input=value, expected=None) for value in inputs[len(results) :]]
        session = judge.new_session(
            problem,
            language,
            code,
            tests=rest,
            early_exit=False,
            compare=False,
            reveal_hidden=True,  # the user's own inputs
        )
        verdict = judge.in_sandbox(session)
        if verdict.status is Status.COMPILE_ERROR:
            return [], verdict.compile_error or "Compile Error"
        if not session.loaded:
            failed = verdict.results[0]
            return results + [failed] * len(rest), None
        results.extend(verdict.results)
    return results, None


def _fill_expected(judge: Judge, problem: Problem, missing: list[Planned]) -> None:
    """The reference's answers for ``missing`` inputs: from the cache, or run (and cached).
    An input the reference fails on keeps no expected answer."""
    if not missing:
        return
    reference = reference_of(problem)
    if reference is None:
        return
    language, code = reference
    keys = [_cache_key(problem, language, p.input) for p in missing]
    to_run: list[tuple[Planned, str]] = []
    for plan, key in zip(missing, keys, strict=True):
        cached = judge.expected_cache.get(key)
        if cached is None:
            to_run.append((plan, key))
        else:
            plan.expected, plan.known = msgspec.json.decode(cached), True
    if not to_run:
        return
    results, compile_error = run_inputs(
        judge, problem, language, code, [plan.input for plan, _ in to_run]
    )
    if compile_error is not None:  # the problem's fault, not the run's: no expected answers
        log.error(
            "the %s reference of %s does not compile: %s",
            language.name,
            problem.slug,
            compile_error,
        )
        return
    for (plan, key), result in zip(to_run, results, strict=True):
        if result.status is Status.ACCEPTED:
            plan.expected, plan.known = result.output, True
            judge.expected_cache.put(key, msgspec.json.encode(result.output))


def _cache_key(problem: Problem, language: Language, value: Any) -> str:
    h = hashlib.sha256()
    for part in (problem.slug, problem.version, language.name):
        h.update(part.encode() + b"\0")
    h.update(msgspec.json.encode(value))
    return h.hexdigest()


def run_failed(message: str, language: str) -> RunResult:
    """The result of a run the judge itself failed (never the code's fault)."""
    return RunResult(status=Status.INTERNAL_ERROR, results=[], message=message, language=language)


# ----------------------------------------------------------------------------- execute


def playground(judge: Judge, stdin: object) -> Problem:
    """The problem of :func:`execute`: one stdio test on ``stdin``, the judge's limits."""
    if not isinstance(stdin, str):
        raise InputError(f"stdin is text, got {type(stdin).__name__}")
    size = len(stdin.encode("utf-8", "surrogatepass"))
    if size > MAX_INPUT_BYTES:
        raise InputError(f"stdin is {size} bytes, the limit is {MAX_INPUT_BYTES}")
    limits = {"time_ms": judge.limits.time_ms, "memory_mb": judge.limits.memory_mb}
    tests = [{"input": stdin, "expected": ""}]
    return problem_from_data(slug="playground", mode="stdio", tests=tests, limits=limits)


def execute(judge: Judge, problem: Problem, language: Language, code: str) -> ExecuteResult:
    """Run ``code`` as a stdio program on ``problem``'s one test (:func:`playground`)."""
    results, compile_error = run_inputs(judge, problem, language, code, [problem.tests[0].input])
    if compile_error is not None:
        return ExecuteResult(
            status=Status.COMPILE_ERROR, compile_error=compile_error, language=language.name
        )
    result = results[0]
    return ExecuteResult(
        status=result.status,
        stdout=for_display(result.output) if isinstance(result.output, str) else "",
        stderr=result.stdout or "",
        exit_code=exit_code(result),
        time_ms=result.runtime_ms,
        memory_kb=result.memory_kb,
        error=None if result.status is Status.ACCEPTED else result.error,
        language=language.name,
    )


_EXIT = re.compile(r"\bexit(?:ed with)? (?:code|status) (-?\d+)")
_SIGNAL = re.compile(r"(SIG[A-Z0-9]+)\b")


def exit_code(result: TestResult) -> int | None:
    """How a stdio program ended, as a shell tells it (see :attr:`ExecuteResult.exit_code`)."""
    if result.status is Status.ACCEPTED:
        return 0
    if result.status is not Status.RUNTIME_ERROR:
        return None
    error = result.error or ""
    if found := _EXIT.search(error):
        return int(found.group(1))
    if (found := _SIGNAL.match(error)) and found.group(1) in signal.Signals.__members__:
        return 128 + signal.Signals[found.group(1)].value
    return 1


def execute_failed(message: str, language: str) -> ExecuteResult:
    """The result of a playground run the judge itself failed."""
    return ExecuteResult(status=Status.INTERNAL_ERROR, message=message, language=language)
