"""One :class:`Settings` object, built once from the ``PYSCAPE_*`` environment.

Every field ``name`` is read from ``PYSCAPE_<NAME>`` (``http_port`` from ``PYSCAPE_HTTP_PORT``).
Nothing else in the server reads the environment; tests build ``Settings(...)`` directly.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import TypeVar

import msgspec

from pyscape_judge.sandbox.choose import RUNTIMES
from pyscape_server.proxies import check_proxies

log = logging.getLogger(__name__)

PREFIX = "PYSCAPE_"
#: Settings read by a domain of their own (duels/settings.py).
OWN_PREFIXES = ("PYSCAPE_DUEL_",)


class SettingsError(ValueError):
    """An environment variable has a value the server cannot use."""


class Settings(msgspec.Struct, kw_only=True, frozen=True):
    """Everything that can be configured. Defaults are the production defaults."""

    #: Bind address of both ports.
    host: str = "0.0.0.0"
    #: REST API port (all routes under /api).
    http_port: int = 5000
    #: WebSocket API port.
    ws_port: int = 8080
    #: The SQLite database file; created with its folder when missing.
    database: Path = Path("pyscape.db")
    #: A ``postgresql://user:password@host:port/name`` URL: use that PostgreSQL database
    #: instead of the SQLite file (several server processes may share it).
    database_url: str | None = None
    #: Secret of the server's own HS256 tokens; when unset, a random one is generated on first
    #: start and kept in ``<database>.jwt-secret`` (mode 0600).
    jwt_secret: str | None = None
    #: Lifetime of the server's own tokens.
    jwt_ttl_seconds: int = 7 * 24 * 3600
    #: A Supabase project's JWT secret: its access tokens are accepted too when set.
    supabase_jwt_secret: str | None = None
    #: Requests per window for one authenticated user.
    rate_limit_user: int = 1000
    rate_limit_user_window: int = 3600
    #: Requests per window from one IP address.
    rate_limit_ip: int = 100
    rate_limit_ip_window: int = 60
    #: Reverse proxies whose X-Forwarded-For is believed (addresses or networks, e.g.
    #: ``10.0.0.0/8``); empty: the peer's address is the client's (proxies.py).
    trusted_proxies: tuple[str, ...] = ()
    #: Submissions judged at once (default: the number of CPUs).
    judge_concurrency: int | None = None
    #: Warm sandboxes kept ready per kind (0: start a container per submission).
    judge_pool_size: int = 2
    #: Container runtime: ``runc`` or gVisor's ``runsc``.
    judge_runtime: str = "auto"
    #: Sandbox backend: ``oci`` (the runtime itself: root, a local engine's images),
    #: ``docker`` (through the engine, which may be remote), or ``auto``: the fastest that
    #: works here (the start-up log says which and why).
    judge_sandbox: str = "auto"
    #: The Docker engine's address (default: ``DOCKER_HOST``, else the local socket).
    docker_host: str | None = None
    #: Languages whose sandboxes are warmed at start.
    judge_warm: tuple[str, ...] = ("python",)
    #: Where submissions are judged: ``local`` (this process's judge) or ``queue`` (judge
    #: workers on the Redis queue at ``redis_url``: ``pyscape-judge worker``).
    judge_mode: str = "local"
    #: The Redis of the judging queue (``redis://host:port/db``); needed by ``queue`` mode.
    #: When set, duels also go through it, across replicas (duels/README.md, Replicas).
    redis_url: str | None = None
    #: In ``queue`` mode: a submission no worker has answered by then is ``internal_error``.
    judge_queue_deadline_s: int = 120
    #: Largest submission accepted, in bytes of UTF-8.
    max_code_bytes: int = 64 * 1024
    #: Problem folders (default: the problems/ shipped with PyScape).
    problems_dir: Path | None = None
    #: Build missing sandbox images at start (else only say how).
    build_images: bool = True
    #: Reading connections to the database (one more connection does every write).
    db_readers: int = 4
    #: WebSocket port: open sockets from one client address at most (4430 beyond it).
    ws_max_per_ip: int = 20
    #: WebSocket port: open authenticated sockets of one user at most (4431 beyond it).
    ws_max_per_user: int = 3
    #: WebSocket port: a socket that has not sent a valid ``auth`` by then is closed (4408).
    ws_auth_seconds: float = 10.0
    #: WebSocket port: frames a socket may send per second, on average (4429 beyond it) ...
    ws_frames_per_second: float = 10.0
    #: ... and in one burst.
    ws_frame_burst: int = 30
    #: WebSocket port: failed ``auth`` frames from one address answered at once per minute;
    #: each further one waits this many seconds more (at most 5 s) before its 4401.
    ws_auth_failures_free: int = 3
    ws_auth_failure_delay_s: float = 1.0
    #: WebSocket port: how often sockets are checked for a logged-out session (closed 4401).
    ws_session_check_seconds: float = 0.5
    #: Origins allowed by CORS (``*`` for any; empty for no CORS headers).
    cors_origins: tuple[str, ...] = ("*",)
    #: Python logging level of the server's own loggers.
    log_level: str = "INFO"

    def __post_init__(self) -> None:
        for name in ("database", "problems_dir"):  # Settings(database="x.db") works too
            value = getattr(self, name)
            if isinstance(value, str):
                msgspec.structs.force_setattr(self, name, Path(value))
        for name in ("http_port", "ws_port"):
            port = getattr(self, name)
            if not 0 <= port <= 65535:
                raise SettingsError(f"{env_name(name)} must be a port number, got {port}")
        positive = (
            "jwt_ttl_seconds",
            "rate_limit_user",
            "rate_limit_user_window",
            "rate_limit_ip",
            "rate_limit_ip_window",
            "max_code_bytes",
            "db_readers",
            "judge_queue_deadline_s",
            "ws_max_per_ip",
            "ws_max_per_user",
            "ws_frame_burst",
        )
        for name in positive:
            if getattr(self, name) < 1:
                raise SettingsError(f"{env_name(name)} must be at least 1")
        if self.database_url is not None and not self.database_url.startswith(
            ("postgresql://", "postgres://")
        ):
            raise SettingsError(f"{env_name('database_url')} must be a postgresql:// URL")
        if self.judge_runtime not in RUNTIMES:
            raise SettingsError(f"{env_name('judge_runtime')} must be {', '.join(RUNTIMES)}")
        if self.judge_sandbox not in ("auto", "oci", "docker"):
            raise SettingsError(f"{env_name('judge_sandbox')} must be auto, oci or docker")
        if self.judge_mode not in ("local", "queue"):
            raise SettingsError(f"{env_name('judge_mode')} must be local or queue")
        for name in (
            "ws_auth_seconds",
            "ws_frames_per_second",
            "ws_session_check_seconds",
        ):
            if getattr(self, name) <= 0:
                raise SettingsError(f"{env_name(name)} must be positive")
        for name in ("ws_auth_failures_free", "ws_auth_failure_delay_s"):
            if getattr(self, name) < 0:
                raise SettingsError(f"{env_name(name)} must not be negative")
        try:
            check_proxies(self.trusted_proxies)
        except ValueError as e:
            raise SettingsError(f"{env_name('trusted_proxies')}: {e}") from None
        if self.judge_mode == "queue" and not self.redis_url:
            raise SettingsError(f"{env_name('judge_mode')}=queue needs {env_name('redis_url')}")

    def summary(self) -> str:
        """The effective settings in one line for the start-up log (no secrets)."""
        database = "postgresql" if self.database_url else f"sqlite {self.database}"
        judging = (
            f"queue on Redis (deadline {self.judge_queue_deadline_s} s)"
            if self.judge_mode == "queue"
            else f"local, sandbox {self.judge_sandbox}, runtime {self.judge_runtime}, "
            f"pool {self.judge_pool_size}, "
            f"concurrency {self.judge_concurrency or 'CPUs'}, "
            f"warm {','.join(self.judge_warm) or 'none'}"
        )
        return (
            f"database {database}; judge {judging}; "
            f"rate limits {self.rate_limit_user}/{self.rate_limit_user_window}s per user, "
            f"{self.rate_limit_ip}/{self.rate_limit_ip_window}s per IP; "
            f"trusted proxies {','.join(self.trusted_proxies) or 'none'}; "
            f"WebSocket caps {self.ws_max_per_ip}/IP, {self.ws_max_per_user}/user, "
            f"{self.ws_frames_per_second:g} frames/s; "
            f"duels across replicas {'on' if self.redis_url else 'off'}; "
            f"CORS {','.join(self.cors_origins) or 'off'}"
        )

    @property
    def database_location(self) -> str | Path:
        """What :class:`~pyscape_server.db.Database` opens: the URL when set, else the file."""
        return self.database_url or self.database

    @property
    def max_body_bytes(self) -> int:
        """Largest request body or WebSocket frame: the largest code, JSON-escaped, and room."""
        return 4 * self.max_code_bytes + 64 * 1024

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Settings from ``PYSCAPE_*`` variables; :class:`SettingsError` names a bad one."""
        environ = os.environ if environ is None else environ
        for gone, instead in _REPLACED.items():
            if gone in environ:
                raise SettingsError(f"{gone} is no longer read: {instead}")
        known = {env_name(f.name) for f in msgspec.structs.fields(cls)}
        for key in environ:
            if key.startswith(PREFIX) and not key.startswith(OWN_PREFIXES) and key not in known:
                log.warning("ignoring unknown setting %s", key)
        return read_settings(cls, PREFIX, environ)


S = TypeVar("S", bound=msgspec.Struct)


def read_settings(kind: type[S], prefix: str, environ: Mapping[str, str] | None = None) -> S:
    """The one settings reader: field ``name`` of Struct ``kind`` from ``<prefix><NAME>``
    (comma-separated for tuples); :class:`SettingsError` names a variable it cannot use."""
    environ = os.environ if environ is None else environ
    raw: dict[str, object] = {}
    for field in msgspec.structs.fields(kind):
        value = environ.get(prefix + field.name.upper())
        if value is None or (value == "" and field.default is None):
            continue
        raw[field.name] = _split(value) if _is_tuple(field.type) else value
    try:
        return msgspec.convert(raw, kind, strict=False, dec_hook=_decode)
    except msgspec.ValidationError as e:
        message = str(e)
        name = message.rsplit("$.", 1)[-1].rstrip("`") if "$." in message else None
        reason = message.split(" - at ")[0]
        raise SettingsError(f"{prefix}{name.upper()}: {reason}" if name else reason) from None


def _is_tuple(annotation: object) -> bool:
    return "tuple" in str(annotation)


#: Settings that are gone, and what replaced them.
_REPLACED = {"PYSCAPE_TRUST_PROXY": "list the proxies in PYSCAPE_TRUSTED_PROXIES"}


def env_name(field: str) -> str:
    """The environment variable of a settings field: ``http_port`` -> ``PYSCAPE_HTTP_PORT``."""
    return PREFIX + field.upper()


def _decode(kind: type, value: object) -> object:
    if kind is Path and isinstance(value, str):
        return Path(value)
    raise NotImplementedError(f"cannot read a {kind.__name__} from {value!r}")


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]
