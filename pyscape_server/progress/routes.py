"""Routes of SM-2 progress: rate a submission (seed 002), list the reviews due."""

from __future__ import annotations

from litestar import Controller, get, post
from litestar.di import NamedDependency
from litestar.params import JSONBody

from pyscape_server.deps import User, service
from pyscape_server.openapi import SECURED, SubmissionsOperation, basic_errors, submissions_errors
from pyscape_server.progress.schemas import DueReviews, RateRequest, RateResponse
from pyscape_server.progress.service import ProgressService
from pyscape_server.schemas import DEFAULT_LIMIT, Limit, Offset

Progress = NamedDependency[ProgressService]


class ProgressController(Controller):
    path = "/api"
    dependencies = {"progress": service("progress")}
    tags = ["progress"]
    security = SECURED

    @post(
        "/rate-submission",
        operation_id="rateSubmission",
        status_code=200,
        operation_class=SubmissionsOperation,
        responses=submissions_errors(404, 409),
    )
    async def rate_submission(
        self, data: JSONBody[RateRequest], user: User, progress: Progress
    ) -> RateResponse:
        """Rate an accepted submission (again, hard, good, mastered): SM-2 schedules the
        problem's next review. Each submission is rated once."""
        return await progress.rate(user, data)

    @get("/reviews/due", operation_id="listDueReviews", responses=basic_errors(400, 401))
    async def due_reviews(
        self,
        user: User,
        progress: Progress,
        limit: Limit = DEFAULT_LIMIT,
        offset: Offset = 0,
    ) -> DueReviews:
        """The caller's problems due for review today or earlier, oldest first."""
        return await progress.due(user, limit=limit, offset=offset)
