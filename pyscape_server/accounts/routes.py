"""Routes of accounts: /api/auth/* and /api/profile (seed 000)."""

from __future__ import annotations

from litestar import Controller, get, patch, post, put
from litestar.di import NamedDependency
from litestar.params import JSONBody

from pyscape_server.accounts.schemas import (
    AuthResponse,
    LoginRequest,
    LogoutResponse,
    Profile,
    ProfileUpdate,
    SignupRequest,
)
from pyscape_server.accounts.service import AccountService
from pyscape_server.deps import User, service
from pyscape_server.openapi import SECURED, basic_errors

Accounts = NamedDependency[AccountService]


class AuthController(Controller):
    path = "/api/auth"
    dependencies = {"accounts": service("accounts")}
    tags = ["auth"]

    @post("/signup", operation_id="signup", responses=basic_errors(400, 409))
    async def signup(self, data: JSONBody[SignupRequest], accounts: Accounts) -> AuthResponse:
        """Create an account and open a session."""
        return await accounts.signup(data)

    @post("/login", operation_id="login", status_code=200, responses=basic_errors(400, 401))
    async def login(self, data: JSONBody[LoginRequest], accounts: Accounts) -> AuthResponse:
        """Open a session with email and password."""
        return await accounts.login(data)

    @post(
        "/logout",
        operation_id="logout",
        status_code=200,
        security=SECURED,
        responses=basic_errors(401),
    )
    async def logout(self, user: User, accounts: Accounts) -> LogoutResponse:
        """Revoke this session: its token is refused from now on."""
        await accounts.logout(user)
        return LogoutResponse()


class ProfileController(Controller):
    path = "/api/profile"
    dependencies = {"accounts": service("accounts")}
    tags = ["profile"]
    security = SECURED

    @get(operation_id="getProfile", responses=basic_errors(401))
    async def get_profile(self, user: User, accounts: Accounts) -> Profile:
        """The caller's profile, with XP and level."""
        return await accounts.profile(user)

    @put(operation_id="updateProfile", responses=basic_errors(400, 401, 409))
    async def update_profile(
        self, data: JSONBody[ProfileUpdate], user: User, accounts: Accounts
    ) -> Profile:
        """Change the fields given (username, avatar_url, interests)."""
        return await accounts.update_profile(user, data)

    @patch(operation_id="patchProfile", responses=basic_errors(400, 401, 409))
    async def patch_profile(
        self, data: JSONBody[ProfileUpdate], user: User, accounts: Accounts
    ) -> Profile:
        """Same as PUT: only the fields given change."""
        return await accounts.update_profile(user, data)
