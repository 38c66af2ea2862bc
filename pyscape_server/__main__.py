"""``pyscape-server``: REST on ``PYSCAPE_HTTP_PORT`` and WebSocket on ``PYSCAPE_WS_PORT``, one
process, one event loop, one shared runtime. Every setting comes from ``PYSCAPE_*`` variables
(see ``pyscape_server/settings.py``). SIGINT or SIGTERM stops both servers gracefully: running
requests finish, then the judge and the database close.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Iterator
from types import FrameType

import uvicorn

from pyscape_server.app import create_app, create_ws_app
from pyscape_server.runtime import Runtime
from pyscape_server.settings import Settings, SettingsError

log = logging.getLogger("pyscape_server")


class _Server(uvicorn.Server):
    """A uvicorn server that leaves signal handling to :func:`serve` (two servers share it)."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


async def serve(settings: Settings) -> None:
    """Start the runtime, serve both ports until a signal, then stop everything."""
    runtime = Runtime(settings)
    await runtime.start()
    try:
        servers = [
            _Server(uvicorn_config(create_app(settings, runtime=runtime), settings, "http")),
            _Server(uvicorn_config(create_ws_app(runtime), settings, "ws")),
        ]
        with _signals_stop(servers):
            tasks = [asyncio.create_task(s.serve()) for s in servers]
            await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
            for server in servers:  # one stopped (signal or failure): stop the other
                server.should_exit = True
            results = await asyncio.gather(*tasks, return_exceptions=True)
        failures = [r for r in results if isinstance(r, BaseException)]
        if failures:
            raise SystemExit(f"pyscape-server: a server failed to run: {failures[0]!r}")
    finally:
        await runtime.stop()


def uvicorn_config(app: object, settings: Settings, port: str = "http") -> uvicorn.Config:
    """How uvicorn serves one of the apps (``port``: ``http`` or ``ws``). Its own proxy header
    handling is off: the apps believe only ``trusted_proxies`` (proxies.py), and its log lines
    go through the server's logging (no handlers of its own)."""
    return uvicorn.Config(
        app,
        host=settings.host,
        port=settings.http_port if port == "http" else settings.ws_port,
        lifespan="on",
        log_config=None,
        access_log=False,
        proxy_headers=False,
        server_header=False,
        timeout_graceful_shutdown=30,
    )


@contextlib.contextmanager
def _signals_stop(servers: list[_Server]) -> Iterator[None]:
    def stop(sig: int, frame: FrameType | None) -> None:
        for server in servers:
            if server.should_exit and sig == signal.SIGINT:
                server.force_exit = True
            server.should_exit = True
        log.info("stopping (signal %d)", sig)

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``pyscape-server`` console script."""
    if argv is None:
        argv = sys.argv[1:]
    if argv and argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    try:
        settings = Settings.from_env()
    except SettingsError as e:
        print(f"pyscape-server: {e}", file=sys.stderr)
        return 2
    logging.basicConfig(
        level=logging.WARNING, format="%(asctime)s %(name)s %(levelname)s %(message)s"
    )
    for name in ("pyscape_server", "pyscape_judge"):
        logging.getLogger(name).setLevel(settings.log_level.upper())
    # two uvicorn servers would each say they started: the line below says it once
    logging.getLogger("uvicorn.error").setLevel(logging.WARNING)
    log.info(
        "REST on http://%s:%d, WebSocket on ws://%s:%d",
        settings.host,
        settings.http_port,
        settings.host,
        settings.ws_port,
    )
    try:
        asyncio.run(serve(settings))
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
