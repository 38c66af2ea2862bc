"""The two ASGI apps: REST (port 5000) and WebSocket (port 8080), sharing one runtime.

Adding a domain: its controller in :data:`CONTROLLERS`, nothing else.
"""

from __future__ import annotations

from litestar import Litestar
from litestar.config.cors import CORSConfig
from litestar.datastructures import State

from pyscape_server.accounts.routes import AuthController, ProfileController
from pyscape_server.clock import Clock
from pyscape_server.deps import DEPENDENCIES
from pyscape_server.duels import protocol
from pyscape_server.duels.routes import DuelController
from pyscape_server.duels.socket import duel_socket
from pyscape_server.errors import handle_exception
from pyscape_server.judging import Judging
from pyscape_server.learning.routes import LearningController
from pyscape_server.openapi import openapi_config
from pyscape_server.portfolio.routes import PortfolioController
from pyscape_server.problems.routes import ProblemController
from pyscape_server.progress.routes import ProgressController
from pyscape_server.proxies import behind_proxies
from pyscape_server.ratelimit import RateLimitMiddleware
from pyscape_server.runtime import Runtime
from pyscape_server.settings import Settings
from pyscape_server.submissions.routes import SubmissionController
from pyscape_server.system.routes import health, health_head, ready

CONTROLLERS = [
    AuthController,
    ProfileController,
    ProblemController,
    SubmissionController,
    ProgressController,
    DuelController,
    LearningController,
    PortfolioController,
]


def create_app(
    settings: Settings,
    *,
    clock: Clock | None = None,
    runtime: Runtime | None = None,
    judge: Judging | None = None,
) -> Litestar:
    """The REST app. Without ``runtime`` it makes its own (judging with ``judge`` when given)
    and starts it in its lifespan."""
    owned = runtime is None
    runtime = runtime or Runtime(settings, clock, judge=judge)
    app = Litestar(
        route_handlers=[health, health_head, ready, *CONTROLLERS],
        dependencies=DEPENDENCIES,
        exception_handlers={Exception: handle_exception},
        lifespan=[runtime.running] if owned else [],
        state=State({"runtime": runtime}),
        openapi_config=openapi_config(websocket=protocol.describe(settings)),
        cors_config=_cors(settings),
        request_max_body_size=settings.max_body_bytes,
        logging_config=None,
        debug=False,
    )
    # outside routing: unknown routes and every error are counted and carry the headers too
    limited = RateLimitMiddleware(app.asgi_handler, runtime.limiter, runtime.user_of)
    app.asgi_handler = behind_proxies(limited, settings.trusted_proxies)
    return app


def create_ws_app(runtime: Runtime) -> Litestar:
    """The WebSocket app: duels on ``/`` (:mod:`pyscape_server.duels.socket`), ``GET /health``."""
    app = Litestar(
        route_handlers=[health, health_head, ready, duel_socket],
        exception_handlers={Exception: handle_exception},
        state=State({"runtime": runtime}),
        openapi_config=None,
        logging_config=None,
        debug=False,
    )
    app.asgi_handler = behind_proxies(app.asgi_handler, runtime.settings.trusted_proxies)
    return app


def _cors(settings: Settings) -> CORSConfig | None:
    if not settings.cors_origins:
        return None
    return CORSConfig(
        allow_origins=list(settings.cors_origins),
        allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
        allow_headers=["Authorization", "Content-Type"],
        expose_headers=[
            "X-RateLimit-Limit",
            "X-RateLimit-Remaining",
            "X-RateLimit-Reset",
            "Retry-After",
            "Content-Disposition",
        ],
        max_age=600,
    )
