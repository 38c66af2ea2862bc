"""Routes of portfolios: /api/portfolio, its projects and its PDF export (seed 000)."""

from __future__ import annotations

from litestar import Controller, Response, delete, get, post, put
from litestar.datastructures import ResponseHeader
from litestar.di import NamedDependency
from litestar.params import FromPath, JSONBody

from pyscape_server.deps import User, service
from pyscape_server.openapi import SECURED, basic_errors
from pyscape_server.portfolio.schemas import (
    Deleted,
    ExportRequest,
    Portfolio,
    Project,
    ProjectCreate,
    ProjectUpdate,
)
from pyscape_server.portfolio.service import PortfolioService

PortfolioDep = NamedDependency[PortfolioService]

#: Errors of a project's routes: another user's project is 403.
PROJECT_ERRORS = basic_errors(400, 401, 403, 404)
#: The PDF's file name, for a browser's download (CORS exposes it).
CONTENT_DISPOSITION = ResponseHeader(
    name="Content-Disposition",
    value='attachment; filename="portfolio-ada.pdf"',
    documentation_only=True,
    required=True,
    description='attachment; filename="portfolio-<username>.pdf"',
    example='attachment; filename="portfolio-ada.pdf"',
)


class PortfolioController(Controller):
    path = "/api/portfolio"
    tags = ["portfolio"]
    security = SECURED
    dependencies = {"portfolio": service("portfolio")}

    @get(operation_id="getPortfolio", responses=basic_errors(401))
    async def get_portfolio(self, user: User, portfolio: PortfolioDep) -> Portfolio:
        """The caller's portfolio: projects, solved problems, duel record and skills."""
        return await portfolio.portfolio(user)

    @post("/projects", operation_id="createProject", responses=basic_errors(400, 401, 409))
    async def create_project(
        self, data: JSONBody[ProjectCreate], user: User, portfolio: PortfolioDep
    ) -> Project:
        """Add a project to the caller's portfolio."""
        return await portfolio.create(user, data)

    @put("/projects/{project_id:str}", operation_id="updateProject", responses=PROJECT_ERRORS)
    async def update_project(
        self,
        project_id: FromPath[str],
        data: JSONBody[ProjectUpdate],
        user: User,
        portfolio: PortfolioDep,
    ) -> Project:
        """Change a project of the caller's (fields left out keep their value)."""
        return await portfolio.update(user, project_id, data)

    @delete(
        "/projects/{project_id:str}",
        operation_id="deleteProject",
        status_code=200,
        responses=PROJECT_ERRORS,
    )
    async def delete_project(
        self, project_id: FromPath[str], user: User, portfolio: PortfolioDep
    ) -> Deleted:
        """Remove a project of the caller's."""
        await portfolio.delete(user, project_id)
        return Deleted(id=project_id)

    @post(
        "/export",
        operation_id="exportPortfolio",
        status_code=200,
        media_type="application/pdf",
        responses=basic_errors(400, 401),
        response_headers=[CONTENT_DISPOSITION],
    )
    async def export(
        self,
        user: User,
        portfolio: PortfolioDep,
        data: JSONBody[ExportRequest | None] = None,
    ) -> Response[bytes]:
        """The caller's portfolio as a PDF (typeset with Typst), ready to send to an employer.
        Without a body: PDF."""
        content = await portfolio.export_pdf(user)
        return Response(
            content,
            media_type="application/pdf",
            headers={
                "Content-Disposition": f'attachment; filename="portfolio-{user.username}.pdf"'
            },
        )
