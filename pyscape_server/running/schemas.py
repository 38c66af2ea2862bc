"""Bodies of the run routes: seed 002's field names where they apply."""

from __future__ import annotations

from typing import Annotated, Any

import msgspec

from pyscape_judge import Status
from pyscape_judge.running import MAX_INPUTS
from pyscape_server.schemas import Schema
from pyscape_server.submissions.schemas import TWO_SUM

HELLO = "name = input()\nprint(f'Hello, {name}!')\n"


class RunRequest(Schema):
    """Name the problem by ``problem_slug`` or ``problem_id``. ``inputs``: argument lists
    (function problems) or stdin texts (stdio problems), default the problem's examples."""

    code: Annotated[str, msgspec.Meta(examples=[TWO_SUM])]
    language: Annotated[str, msgspec.Meta(examples=["python"])]
    problem_slug: Annotated[str, msgspec.Meta(examples=["two-sum"])] | None = None
    problem_id: str | None = None
    inputs: (
        Annotated[
            list[Any],
            msgspec.Meta(max_length=MAX_INPUTS, examples=[[[[2, 7, 11, 15], 9], [[1, 5, 3], 8]]]),
        ]
        | None
    ) = None


class RunCase(Schema):
    """One input: the code's answer, the reference's (``expected``, ``null`` when there is
    none) and whether they match (``passed``: ``null`` when there is nothing to compare)."""

    input: Any
    output: Any
    expected: Any
    passed: bool | None
    stdout: str | None
    error: str | None
    status: Status
    runtime_ms: float
    memory_kb: int


class RunResponse(Schema):
    results: list[RunCase]
    compile_error: str | None
    runtime_error: str | None
    #: ``accepted`` when every input ran and matched its expected answer (where known).
    status: Status
    language: str


class ExecuteRequest(Schema):
    """A program with no problem: its stdin, under the language's default limits."""

    code: Annotated[str, msgspec.Meta(examples=[HELLO])]
    language: Annotated[str, msgspec.Meta(examples=["python"])]
    stdin: Annotated[str, msgspec.Meta(examples=["Ada\n"])] = ""


class ExecuteResponse(Schema):
    #: ``accepted`` (exit code 0), ``runtime_error``, ``timeout``, ``memory_limit_exceeded``,
    #: ``output_limit_exceeded`` or ``compile_error``.
    status: Status
    stdout: str
    stderr: str
    #: ``null`` when a limit stopped it or it did not compile.
    exit_code: int | None
    time_ms: float
    memory_kb: int
    error: str | None
    compile_error: str | None
    language: str
