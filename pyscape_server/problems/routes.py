"""Routes of problems: /api/problems (seed 000)."""

from __future__ import annotations

from typing import Annotated

from litestar.di import NamedDependency
from litestar import Controller, get
from litestar.params import FromPath, Parameter, QueryParameter

from pyscape_server.deps import User, service
from pyscape_server.problems.service import ProblemService
from pyscape_server.openapi import SECURED, basic_errors
from pyscape_server.problems.schemas import Difficulty, ProblemDetail, ProblemPage
from pyscape_server.schemas import DEFAULT_LIMIT, Limit, Offset

Language = Annotated[
    str | None,
    Parameter(description="python, javascript, java or cpp", examples=None),
]


Problems = NamedDependency[ProblemService]

class ProblemController(Controller):
    path = "/api/problems"
    dependencies = {"problems": service("problems")}
    tags = ["problems"]
    security = SECURED

    @get(operation_id="listProblems", responses=basic_errors(400, 401))
    async def list_problems(
        self,
        user: User,
        problems: Problems,
        difficulty: Annotated[
            Difficulty | None, QueryParameter(description="easy, medium or hard")
        ] = None,
        language: Language = None,
        tags: Annotated[
            str | None, Parameter(description="Comma-separated tags; a problem must have all")
        ] = None,
        limit: Limit = DEFAULT_LIMIT,
        offset: Offset = 0,
    ) -> ProblemPage:
        """Problems matching every filter given, easiest first."""
        return await problems.search(
            difficulty=difficulty, language=language, tags=tags, limit=limit, offset=offset
        )

    @get("/{id_or_slug:str}", operation_id="getProblem", responses=basic_errors(400, 401, 404))
    async def get_problem(
        self,
        id_or_slug: FromPath[str],
        user: User,
        problems: Problems,
        language: Language = None,
    ) -> ProblemDetail:
        """One problem with its statement, examples and starter code in ``language``."""
        return await problems.detail(id_or_slug, language)
