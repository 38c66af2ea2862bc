"""App-level dependencies, injected by parameter name into the route handlers.

``user`` is the authenticated caller (401 without a valid token); the others are the services
of the :class:`~pyscape_server.runtime.Runtime` in the app's state.
"""

from __future__ import annotations

from typing import Any

from litestar import Request
from litestar.datastructures import State
from litestar.di import NamedDependency, Provide

from pyscape_server.accounts.service import AccountService, CurrentUser
from pyscape_server.duels.service import DuelService
from pyscape_server.problems.service import ProblemService
from pyscape_server.progress.service import ProgressService
from pyscape_server.runtime import Runtime
from pyscape_server.submissions.service import SubmissionService


def runtime_of(state: State) -> Runtime:
    return state["runtime"]


def provide_accounts(state: State) -> AccountService:
    return runtime_of(state).accounts


def provide_problems(state: State) -> ProblemService:
    return runtime_of(state).problems


def provide_submissions(state: State) -> SubmissionService:
    return runtime_of(state).submissions


def provide_progress(state: State) -> ProgressService:
    return runtime_of(state).progress


def provide_duels(state: State) -> DuelService:
    return runtime_of(state).duels


async def provide_user(request: Request[Any, Any, Any], state: State) -> CurrentUser:
    """The caller named by the ``Authorization: Bearer`` header."""
    return await runtime_of(state).accounts.authenticate(request.headers.get("authorization"))


DEPENDENCIES = {
    "accounts": Provide(provide_accounts, sync_to_thread=False),
    "problems": Provide(provide_problems, sync_to_thread=False),
    "submissions": Provide(provide_submissions, sync_to_thread=False),
    "progress": Provide(provide_progress, sync_to_thread=False),
    "duels": Provide(provide_duels, sync_to_thread=False),
    "user": Provide(provide_user),
}


#: Handler parameter types: the dependency injected is the one named like the parameter.
User = NamedDependency[CurrentUser]
Accounts = NamedDependency[AccountService]
Problems = NamedDependency[ProblemService]
Submissions = NamedDependency[SubmissionService]
Progress = NamedDependency[ProgressService]
Duels = NamedDependency[DuelService]
