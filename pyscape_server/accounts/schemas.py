"""Bodies of the auth and profile routes (seed 000)."""

from __future__ import annotations

from typing import Annotated

import msgspec

from pyscape_server.schemas import Schema

USERNAME_PATTERN = "^[A-Za-z0-9_]+$"

Email = Annotated[
    str, msgspec.Meta(max_length=254, description="An email address.", examples=["ada@example.com"])
]
Password = Annotated[
    str, msgspec.Meta(min_length=8, max_length=1024, examples=["correct horse battery"])
]
Username = Annotated[
    str,
    msgspec.Meta(
        min_length=3,
        max_length=32,
        pattern=USERNAME_PATTERN,
        description="3-32 letters, digits or underscores; unique regardless of case.",
        examples=["ada"],
    ),
]
AvatarUrl = Annotated[str, msgspec.Meta(max_length=2048, description="An http(s) URL.")]
Interest = Annotated[str, msgspec.Meta(min_length=1, max_length=64)]


class SignupRequest(Schema):
    email: Email
    password: Password
    username: Username


class LoginRequest(Schema):
    email: Email
    password: Annotated[str, msgspec.Meta(max_length=1024, examples=["correct horse battery"])]


class AuthUser(Schema):
    id: str
    email: str | None
    username: str


class Session(Schema):
    """Shaped like a Supabase session."""

    access_token: str
    expires_in: int
    expires_at: int
    token_type: str = "bearer"


class AuthResponse(Schema):
    user: AuthUser
    session: Session


class LogoutResponse(Schema):
    message: str = "Logout successful"


class Profile(Schema):
    id: str
    username: str
    email: str | None
    xp_total: int
    level: int
    #: Total XP at which the next level starts.
    next_level_xp: int
    avatar_url: str | None
    interests: list[str]
    created_at: str


class ProfileUpdate(Schema):
    """Only the fields present change; ``avatar_url: null`` removes the avatar."""

    username: Username | msgspec.UnsetType = msgspec.UNSET
    avatar_url: AvatarUrl | msgspec.UnsetType | None = msgspec.UNSET
    interests: Annotated[list[Interest], msgspec.Meta(max_length=20)] | msgspec.UnsetType = (
        msgspec.UNSET
    )
