"""Routes of submissions: submit (seeds 002 + 000) and the two histories."""

from __future__ import annotations

from litestar import Controller, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath, JSONBody

from pyscape_server.deps import User, service
from pyscape_server.openapi import (
    SECURED,
    SubmissionsOperation,
    basic_errors,
    submissions_errors,
)
from pyscape_server.schemas import DEFAULT_LIMIT, Limit, Offset
from pyscape_server.submissions.schemas import (
    SubmissionList,
    SubmissionPage,
    SubmitRequest,
    SubmitResponse,
)
from pyscape_server.submissions.service import SubmissionService

Submissions = NamedDependency[SubmissionService]


class SubmissionController(Controller):
    path = "/api"
    dependencies = {"submissions": service("submissions")}
    tags = ["submissions"]
    security = SECURED

    @post(
        "/submit",
        operation_id="submitSolution",
        status_code=200,
        operation_class=SubmissionsOperation,
        responses=submissions_errors(404, 413, 500),
    )
    async def submit(
        self, data: JSONBody[SubmitRequest], user: User, submissions: Submissions
    ) -> SubmitResponse:
        """Judge code against every test of a problem; recorded with its verdict.

        The first accepted submission of a problem earns XP (easy 100, medium 200, hard 300)
        and every accepted one counts in ``times_solved``. Rate it with /api/rate-submission.
        """
        return await submissions.submit(user, data)

    @get("/submissions", operation_id="listSubmissions", responses=basic_errors(400, 401))
    async def list_submissions(
        self,
        user: User,
        submissions: Submissions,
        limit: Limit = DEFAULT_LIMIT,
        offset: Offset = 0,
    ) -> SubmissionList:
        """The caller's submissions to every problem, newest first (seed 000)."""
        return await submissions.history(user, limit=limit, offset=offset)

    @get(
        "/submissions/{problem_id:str}",
        operation_id="listProblemSubmissions",
        operation_class=SubmissionsOperation,
        responses=submissions_errors(404),
    )
    async def list_problem_submissions(
        self,
        problem_id: FromPath[str],
        user: User,
        submissions: Submissions,
        limit: Limit = DEFAULT_LIMIT,
        offset: Offset = 0,
    ) -> SubmissionPage:
        """The caller's submissions to one problem (id or slug), with code, newest first."""
        return await submissions.problem_history(user, problem_id, limit=limit, offset=offset)
