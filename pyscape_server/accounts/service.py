"""Accounts: signup, login, logout, who a token belongs to, and the profile."""

from __future__ import annotations

import asyncio
import logging
import re
import secrets
import uuid
from typing import Any

import msgspec

from pyscape_server.accounts import passwords
from pyscape_server.accounts.schemas import (
    AuthResponse,
    AuthUser,
    LoginRequest,
    Profile,
    ProfileUpdate,
    Session,
    SignupRequest,
)
from pyscape_server.accounts.tokens import LOCAL, SUPABASE, Claims, TokenService, bearer_token
from pyscape_server.clock import Clock, timestamp
from pyscape_server.db import Connection, ConstraintError, Database
from pyscape_server.db import accounts as queries
from pyscape_server.db.accounts import UserRecord
from pyscape_server.db.records import load_json
from pyscape_server.errors import Conflict, InvalidInput, Unauthorized
from pyscape_server.progress.xp import level_for, xp_for_level

log = logging.getLogger(__name__)

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
USERNAME = re.compile(r"^[A-Za-z0-9_]{3,32}$")
BAD_LOGIN = "Invalid email or password"


class CurrentUser(msgspec.Struct, frozen=True, kw_only=True):
    """The caller of a request, as its token and the database say."""

    id: str
    email: str | None
    username: str
    session_id: str
    provider: str


class AccountService:
    def __init__(self, db: Database, tokens: TokenService, clock: Clock) -> None:
        self.db = db
        self.tokens = tokens
        self.clock = clock

    # ---------------------------------------------------------------------------- auth

    async def signup(self, request: SignupRequest) -> AuthResponse:
        email = _email(request.email)
        password_hash = await asyncio.to_thread(passwords.hash_password, request.password)
        now = timestamp(self.clock.now())
        user = UserRecord(
            id=str(uuid.uuid4()),
            email=email,
            username=request.username,
            password_hash=password_hash,
            provider=LOCAL,
            avatar_url=None,
            interests="[]",
            xp_total=0,
            created_at=now,
            updated_at=now,
        )
        async with self.db.transaction() as conn:
            if await queries.email_taken(conn, email):
                raise Conflict("An account with this email already exists: log in instead")
            if await queries.username_taken(conn, request.username):
                raise Conflict(f"The username {request.username!r} is taken: choose another")
            await queries.insert_user(conn, user)
            response = await self._open_session(conn, user)
        log.info("signed up user %s (%s)", user.id, user.username)
        return response

    async def login(self, request: LoginRequest) -> AuthResponse:
        email = request.email.strip().lower()
        async with self.db.read() as conn:
            user = await queries.find_user_by_email(conn, email)
        stored = user.password_hash if user is not None else None
        if not await asyncio.to_thread(passwords.verify_password, request.password, stored):
            raise Unauthorized(BAD_LOGIN)
        assert user is not None
        async with self.db.transaction() as conn:
            return await self._open_session(conn, user)

    async def logout(self, user: CurrentUser) -> None:
        async with self.db.transaction() as conn:
            await queries.revoke_session(
                conn,
                session_id=user.session_id,
                user_id=user.id,
                provider=user.provider,
                now=timestamp(self.clock.now()),
            )

    async def _open_session(self, conn: Connection, user: UserRecord) -> AuthResponse:
        session_id = str(uuid.uuid4())
        issued = self.tokens.issue(
            user_id=user.id, email=user.email, username=user.username, session_id=session_id
        )
        await queries.insert_session(
            conn,
            session_id=session_id,
            user_id=user.id,
            created_at=timestamp(self.clock.now()),
            expires_at=timestamp(issued.expires_at),
        )
        return AuthResponse(
            user=AuthUser(id=user.id, email=user.email, username=user.username),
            session=Session(
                access_token=issued.access_token,
                expires_in=issued.expires_in,
                expires_at=int(issued.expires_at.timestamp()),
            ),
        )

    async def authenticate(self, authorization: str | None) -> CurrentUser:
        """The user of an ``Authorization: Bearer`` header; :class:`Unauthorized` otherwise."""
        token = bearer_token(authorization)
        if token is None:
            raise Unauthorized("Authentication required: send Authorization: Bearer <token>")
        claims = self.tokens.verify(token)
        async with self.db.read() as conn:
            session = await queries.get_session(conn, claims.session_id)
            user = await queries.get_user(conn, claims.sub)
        if session is not None and (
            session.revoked_at is not None or session.user_id != claims.sub
        ):
            raise Unauthorized("This session has been logged out: log in again")
        if claims.provider == LOCAL and (session is None or user is None):
            raise Unauthorized("Unknown session: log in again")
        if user is None:
            user = await self._supabase_user(claims)
        return CurrentUser(
            id=user.id,
            email=user.email,
            username=user.username,
            session_id=claims.session_id,
            provider=claims.provider,
        )

    async def _supabase_user(self, claims: Claims) -> UserRecord:
        """The local row of a Supabase user, created on their first request."""
        email = (claims.email or "").strip().lower() or None
        now = timestamp(self.clock.now())
        async with self.db.transaction() as conn:
            existing = await queries.get_user(conn, claims.sub)
            if existing is not None:
                return existing
            if email is not None and await queries.email_taken(conn, email):
                log.warning("Supabase user %s: email already used by a local account", claims.sub)
                email = None
            username = await self._free_username(conn, _username_candidates(claims))
            user = UserRecord(
                id=claims.sub,
                email=email,
                username=username,
                password_hash=None,
                provider=SUPABASE,
                avatar_url=_text(claims.user_metadata.get("avatar_url")),
                interests="[]",
                xp_total=0,
                created_at=now,
                updated_at=now,
            )
            await queries.insert_user(conn, user)
        log.info("created user %s (%s) from a Supabase token", user.id, user.username)
        return user

    @staticmethod
    async def _free_username(conn: Connection, candidates: list[str]) -> str:
        for candidate in candidates:
            if not await queries.username_taken(conn, candidate):
                return candidate
        base = candidates[-1][:27]
        while True:
            candidate = f"{base}_{secrets.token_hex(2)}"
            if not await queries.username_taken(conn, candidate):
                return candidate

    # ------------------------------------------------------------------------- profile

    async def profile(self, user: CurrentUser) -> Profile:
        async with self.db.read() as conn:
            record = await queries.get_user(conn, user.id)
        if record is None:
            raise Unauthorized("This account no longer exists")
        return _profile(record)

    async def update_profile(self, user: CurrentUser, update: ProfileUpdate) -> Profile:
        changes = {
            f: getattr(update, f)
            for f in ("username", "avatar_url", "interests")
            if getattr(update, f) is not msgspec.UNSET
        }
        avatar = changes.get("avatar_url")
        if avatar is not None and not avatar.startswith(("https://", "http://")):
            raise InvalidInput("Invalid `avatar_url`: must be an http:// or https:// URL")
        if "interests" in changes:
            changes["interests"] = list(dict.fromkeys(i.strip() for i in changes["interests"]))
        async with self.db.transaction() as conn:
            username = changes.get("username")
            if username is not None and await queries.username_taken(
                conn, username, other_than=user.id
            ):
                raise Conflict(f"The username {username!r} is taken: choose another")
            try:
                await queries.update_profile(conn, user.id, changes, timestamp(self.clock.now()))
            except ConstraintError:
                raise Conflict("The username is taken: choose another") from None
            record = await queries.get_user(conn, user.id)
        assert record is not None
        return _profile(record)


def _profile(user: UserRecord) -> Profile:
    level = level_for(user.xp_total)
    return Profile(
        id=user.id,
        username=user.username,
        email=user.email,
        xp_total=user.xp_total,
        level=level,
        next_level_xp=xp_for_level(level + 1),
        avatar_url=user.avatar_url,
        interests=load_json(user.interests) or [],
        created_at=user.created_at,
    )


def _email(raw: str) -> str:
    email = raw.strip().lower()
    if not EMAIL.match(email):
        raise InvalidInput(f"Invalid `email`: {raw!r} is not an email address")
    return email


def _username_candidates(claims: Claims) -> list[str]:
    """Usernames to try for a Supabase user: theirs if valid, else from their email."""
    meta = claims.user_metadata
    wanted = [_text(meta.get(k)) for k in ("username", "user_name", "preferred_username")]
    valid = [w for w in wanted if w and USERNAME.match(w)]
    local = re.sub(r"[^A-Za-z0-9_]", "_", (claims.email or "").split("@")[0])[:32]
    fallback = local if len(local) >= 3 else f"user_{claims.sub.replace('-', '')[:8]}"
    return [*valid, fallback]


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None
