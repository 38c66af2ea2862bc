"""Access tokens: the server's own HS256 JWTs, shaped like Supabase's, and Supabase's own.

Claims follow Supabase's access tokens (``sub``, ``email``, ``aud: authenticated``,
``role: authenticated``, ``exp``, ``iat``, ``session_id``, ``user_metadata``...), so the same
frontend code reads either. The server's tokens carry ``iss: pyscape``.
"""

from __future__ import annotations

import hashlib
import logging
import os
import secrets
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import jwt
import msgspec

from pyscape_server.clock import Clock
from pyscape_server.errors import Unauthorized

log = logging.getLogger(__name__)

ISSUER = "pyscape"
AUDIENCE = "authenticated"
ALGORITHM = "HS256"
LOCAL = "local"
SUPABASE = "supabase"
#: Tolerated clock difference with Supabase's servers.
LEEWAY_S = 30


class Claims(msgspec.Struct, kw_only=True, frozen=True):
    """What a verified token says."""

    sub: str
    session_id: str
    provider: str
    email: str | None = None
    user_metadata: dict[str, Any] = {}


class IssuedToken(msgspec.Struct, kw_only=True, frozen=True):
    access_token: str
    expires_at: datetime
    expires_in: int


class TokenService:
    """Issues and verifies tokens; verifying needs no database (revocation is checked apart)."""

    def __init__(
        self, secret: str, *, ttl_seconds: int, supabase_secret: str | None, clock: Clock
    ) -> None:
        self._secret = secret
        self._supabase_secret = supabase_secret
        self.ttl = timedelta(seconds=ttl_seconds)
        self.clock = clock

    def issue(
        self, *, user_id: str, email: str | None, username: str, session_id: str
    ) -> IssuedToken:
        now = self.clock.now()
        expires = now + self.ttl
        claims = {
            "iss": ISSUER,
            "sub": user_id,
            "aud": AUDIENCE,
            "role": "authenticated",
            "email": email,
            "iat": int(now.timestamp()),
            "exp": int(expires.timestamp()),
            "session_id": session_id,
            "aal": "aal1",
            "amr": [{"method": "password", "timestamp": int(now.timestamp())}],
            "app_metadata": {"provider": "email", "providers": ["email"]},
            "user_metadata": {"username": username},
            "is_anonymous": False,
        }
        token = jwt.encode(claims, self._secret, algorithm=ALGORITHM)
        return IssuedToken(
            access_token=token, expires_at=expires, expires_in=int(self.ttl.total_seconds())
        )

    def verify(self, token: str) -> Claims:
        """The claims of a valid token; :class:`Unauthorized` says why one is not."""
        try:
            return self._decode(token, self._secret, LOCAL)
        except jwt.InvalidSignatureError:
            if self._supabase_secret is None:
                raise Unauthorized("Invalid token: not signed by this server") from None
        except jwt.PyJWTError as e:
            raise _refusal(e) from None
        try:
            return self._decode(token, self._supabase_secret, SUPABASE)
        except jwt.InvalidSignatureError:
            raise Unauthorized(
                "Invalid token: signed neither by this server nor by the Supabase project"
            ) from None
        except jwt.PyJWTError as e:
            raise _refusal(e) from None

    def subject(self, token: str) -> str | None:
        """The user a token names when its signature and expiry are valid (rate limiting)."""
        try:
            return self.verify(token).sub
        except Unauthorized:
            return None

    def _decode(self, token: str, secret: str, provider: str) -> Claims:
        data = jwt.decode(
            token,
            secret,
            algorithms=[ALGORITHM],
            audience=AUDIENCE,
            # times are checked below against the server's clock (tests move it)
            options={
                "require": ["sub", "exp", "aud"],
                "verify_exp": False,
                "verify_iat": False,
                "verify_nbf": False,
            },
        )
        now = self.clock.now().timestamp()
        leeway = LEEWAY_S if provider == SUPABASE else 0
        if not isinstance(data["exp"], int | float) or data["exp"] + leeway <= now:
            raise jwt.ExpiredSignatureError
        if isinstance(data.get("nbf"), int | float) and data["nbf"] - leeway > now:
            raise jwt.ImmatureSignatureError
        session_id = data.get("session_id")
        if not isinstance(session_id, str) or not session_id:
            if provider == LOCAL:
                raise jwt.InvalidTokenError("no session")
            session_id = "token:" + hashlib.sha256(token.encode()).hexdigest()[:32]
        metadata = data.get("user_metadata")
        return Claims(
            sub=str(data["sub"]),
            session_id=session_id,
            provider=provider,
            email=data.get("email") or None,
            user_metadata=metadata if isinstance(metadata, dict) else {},
        )


def bearer_token(authorization: str | None) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header value."""
    if not authorization:
        return None
    scheme, _, token = authorization.strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def _refusal(error: jwt.PyJWTError) -> Unauthorized:
    if isinstance(error, jwt.ExpiredSignatureError):
        return Unauthorized("Token expired: log in again")
    if isinstance(error, jwt.InvalidAudienceError):
        return Unauthorized("Invalid token: its audience is not `authenticated`")
    return Unauthorized("Invalid token: log in again")


def resolve_secret(configured: str | None, database: Path) -> str:
    """The configured secret, else the one kept next to the database (created once, 0600)."""
    if configured:
        return configured
    path = database.with_name(database.name + ".jwt-secret")
    if path.is_file():
        secret = path.read_text().strip()
        if secret:
            return secret
    path.parent.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_urlsafe(48)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another server created it meanwhile
        return path.read_text().strip()
    with os.fdopen(fd, "w") as f:
        f.write(secret + "\n")
    log.info("generated a JWT secret in %s (set PYSCAPE_JWT_SECRET to choose one)", path)
    return secret
