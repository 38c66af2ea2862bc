"""Dependencies injected by parameter name into the route handlers.

``user`` (the authenticated caller, 401 without a valid token) is app-wide. Each domain provides
its own service in its controllers (``dependencies = {"problems": service("problems")}``), taken
from the :class:`~pyscape_server.runtime.Runtime` in the app's state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from litestar import Request
from litestar.datastructures import State
from litestar.di import NamedDependency, Provide

from pyscape_server.accounts.service import CurrentUser

if TYPE_CHECKING:
    from pyscape_server.runtime import Runtime


def runtime_of(state: State) -> Runtime:
    return state["runtime"]


def service(name: str) -> Provide:
    """The provider of the runtime's service ``name`` (an attribute of the runtime)."""

    def provide(state: State) -> Any:
        return getattr(runtime_of(state), name)

    return Provide(provide, sync_to_thread=False)


async def provide_user(request: Request[Any, Any, Any], state: State) -> CurrentUser:
    """The caller named by the ``Authorization: Bearer`` header."""
    return await runtime_of(state).accounts.authenticate(request.headers.get("authorization"))


DEPENDENCIES = {"user": Provide(provide_user)}

#: Handler parameter type of the caller.
User = NamedDependency[CurrentUser]
