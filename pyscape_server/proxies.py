"""Whose address a request comes from: the peer's, unless the peer is a proxy the operator
trusts (``PYSCAPE_TRUSTED_PROXIES``: addresses or networks). Then it is the address the last
trusted proxy appended to ``X-Forwarded-For``: walking the header from the right, the first
address that is not a trusted proxy. Addresses a client wrote into the header itself are left of
it and never taken.

Both apps apply it (rate limits per IP, WebSocket caps per IP), whatever server runs them;
uvicorn's own header handling is off (``__main__.py``).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence

from litestar.types import ASGIApp
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware


def check_proxies(values: Sequence[str]) -> None:
    """``ValueError`` naming the first value that is neither an address nor a network."""
    for value in values:
        try:
            ipaddress.ip_network(value, strict=False)
        except ValueError:
            raise ValueError(f"{value!r} is not an IP address or network") from None


def behind_proxies(app: ASGIApp, trusted: Sequence[str]) -> ASGIApp:
    """``app`` seeing the client's address in ``scope["client"]`` (unchanged without proxies)."""
    if not trusted:
        return app
    return ProxyHeadersMiddleware(app, trusted_hosts=list(trusted))  # type: ignore[arg-type,return-value]


def client_host(scope: dict) -> str:
    client = scope.get("client")
    return client[0] if client else "unknown"
