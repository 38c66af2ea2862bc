"""Running code: on a problem's inputs (REST and duels) or on a stdin. Never recorded: no
submission, no XP, no review change."""

from __future__ import annotations

import logging
from typing import Any

import msgspec

from pyscape_judge import (
    CodeError,
    ExecuteResult,
    InputError,
    JudgeError,
    LanguageError,
    Problem,
    RunResult,
    Status,
)
from pyscape_server.accounts.service import CurrentUser
from pyscape_server.errors import InvalidInput, JudgeUnavailable
from pyscape_server.judging import UNAVAILABLE, Judging
from pyscape_server.problems.service import ProblemService, check_code, check_language
from pyscape_server.running.schemas import (
    ExecuteRequest,
    ExecuteResponse,
    RunCase,
    RunRequest,
    RunResponse,
)

log = logging.getLogger(__name__)


class RunService:
    def __init__(self, *, problems: ProblemService, judge: Judging, max_code_bytes: int) -> None:
        self.problems = problems
        self.judge = judge
        self.max_code_bytes = max_code_bytes

    async def run(self, user: CurrentUser, request: RunRequest) -> RunResponse:
        check_code(request.code, self.max_code_bytes)
        language = check_language(request.language)
        row, problem = await self.problems.for_judging(
            slug=request.problem_slug, problem_id=request.problem_id
        )
        log.info("user %s runs %s in %s", user.id, row.slug, language)
        result = await run_code(
            self.judge,
            problem,
            language,
            request.code,
            request.inputs,
            what=f"a run of {row.slug} by user {user.id}",
        )
        return run_response(result)

    async def execute(self, user: CurrentUser, request: ExecuteRequest) -> ExecuteResponse:
        check_code(request.code, self.max_code_bytes)
        language = check_language(request.language)
        log.info("user %s executes %s", user.id, language)
        what = f"an execution by user {user.id}"
        result: ExecuteResult = await _guarded(
            self.judge.execute_async(language, request.code, request.stdin), what
        )
        return msgspec.convert(msgspec.to_builtins(result), ExecuteResponse)


async def run_code(
    judging: Judging,
    problem: Problem,
    language: str,
    code: str,
    inputs: list[Any] | None,
    *,
    what: str,
) -> RunResult:
    """The run of ``code``: an input that does not fit is :class:`InvalidInput`; a judge that
    failed is :class:`JudgeUnavailable` (its reason logged, never shown)."""
    return await _guarded(judging.run_async(problem, language, code, inputs), what)


async def _guarded(call: Any, what: str) -> Any:
    try:
        result = await call
    except (InputError, CodeError, LanguageError) as e:
        raise InvalidInput(str(e)) from None
    except JudgeError as e:
        log.error("%s failed: %s", what, e)
        raise JudgeUnavailable(UNAVAILABLE) from None
    if result.status is Status.INTERNAL_ERROR:
        log.error("%s failed: %s", what, result.message or "no reason given")
        raise JudgeUnavailable(UNAVAILABLE)
    return result


def run_response(result: RunResult) -> RunResponse:
    return RunResponse(
        results=[msgspec.convert(msgspec.to_builtins(c), RunCase) for c in result.results],
        compile_error=result.compile_error,
        runtime_error=result.runtime_error,
        status=result.status,
        language=result.language or "",
    )
