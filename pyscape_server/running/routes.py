"""Routes of Run: code on inputs of one's choice (``/api/run``), or a program on a stdin
(``/api/execute``). Seed 002's error format; rate-limited like every route; never recorded."""

from __future__ import annotations

from litestar import Controller, post
from litestar.di import NamedDependency
from litestar.params import JSONBody

from pyscape_server.deps import User, service
from pyscape_server.openapi import SECURED, SubmissionsOperation, submissions_errors
from pyscape_server.running.schemas import (
    ExecuteRequest,
    ExecuteResponse,
    RunRequest,
    RunResponse,
)
from pyscape_server.running.service import RunService

Runs = NamedDependency[RunService]


class RunController(Controller):
    path = "/api"
    dependencies = {"runs": service("runs")}
    tags = ["run"]
    security = SECURED

    @post(
        "/run",
        operation_id="runCode",
        status_code=200,
        operation_class=SubmissionsOperation,
        responses=submissions_errors(404, 413, 500, 501),
    )
    async def run(self, data: JSONBody[RunRequest], user: User, runs: Runs) -> RunResponse:
        """Run code on inputs of one's own (default: the problem's examples), not judged.

        Every input runs, each with the expected answer of the problem's reference solution.
        Nothing is recorded: no submission, no XP, no review change. An input that does not
        fit the problem's signature is a 422 naming the input and the argument.
        """
        return await runs.run(user, data)

    @post(
        "/execute",
        operation_id="executeCode",
        status_code=200,
        operation_class=SubmissionsOperation,
        responses=submissions_errors(413, 500, 501),
    )
    async def execute(
        self, data: JSONBody[ExecuteRequest], user: User, runs: Runs
    ) -> ExecuteResponse:
        """Run a program on a stdin, with no problem (a playground): its stdout, stderr, exit
        code, status, CPU time and peak memory, under the language's default limits."""
        return await runs.execute(user, data)
