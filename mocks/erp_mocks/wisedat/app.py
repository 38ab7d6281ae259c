"""The Wisedat mock: specs/wisedat.yaml served with real RSA login, JWT expiry and key rotation.

Test controls (outside the spec):

* ``POST /_mock/rotate-key``: new RSA key pair; every issued token stops working (as the real
  server's daily rotation does);
* ``POST /_mock/advance-clock?seconds=N``: move the server clock, e.g. past a token's 30 minutes;
* ``POST /_mock/state?value=N``: make ``GET /status`` report State N (0 offline, 2 unknown company, ...);
* ``GET /_mock/stats``: request counts by operation and status (from the engine).
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from erp_mocks.engine import Call, Handler, Spec, build_app
from erp_mocks.engine.responses import model_response
from erp_mocks.engine.spec import spec_path
from erp_mocks.generated import wisedat as models
from erp_mocks.wisedat.auth import Credentials, WisedatAuthority
from erp_mocks.wisedat.handlers import WisedatHandlers
from erp_mocks.wisedat.resources import WisedatData

SPEC = spec_path("wisedat")

DEMO_OPTIONS: dict[str, Any] = {"api_key": "demo-api-key", "user": "api", "password": "demo-password"}
"""Credentials the CLI mock accepts (printed when it starts)."""


class WisedatMock:
    """The :class:`~erp_mocks.engine.VendorMock` for Wisedat."""

    spec = Spec(SPEC)
    models: ModuleType = models

    def __init__(self, authority: WisedatAuthority, data: WisedatData) -> None:
        self.authority = authority
        self.data = data
        handlers = WisedatHandlers(data, self.error).table()
        handlers["get_status"] = self.get_status
        handlers["login"] = self.login
        self.handlers: dict[str, Handler] = handlers

    def error(self, status: int, messages: list[str]) -> Response:
        """Wisedat's error envelope ``{"errors": [...]}``."""
        return JSONResponse({"errors": messages}, status_code=status)

    def authenticate(self, call: Call) -> Response | None:
        """``WDAPI`` header on /status and /authentication/login; a valid bearer JWT everywhere else."""
        header = call.request.headers.get("authorization")
        schemes = {name for requirement in call.operation.security for name in requirement}
        if schemes & {"wdapiKey", "wdapiLogin"}:
            if self.authority.api_key_from_header(header) is None:
                return self.error(400, ["the request has no WDAPI Authorization header"])
            return None
        if not self.authority.check_bearer(header):
            return self.error(401, ["invalid, missing or expired token"])
        return None

    def get_status(self, call: Call) -> Response:
        api_key = self.authority.api_key_from_header(call.request.headers.get("authorization"))
        state = self.authority.state if api_key == self.authority.credentials.api_key else 2
        body: dict[str, Any] = {"State": state}
        if state == 1:
            body["PublicKey"] = self.authority.public_key()
        return model_response(models.StatusResponse, body)

    def login(self, call: Call) -> Response:
        token = self.authority.login(call.request.headers.get("authorization"))
        if token is None:
            return self.error(401, ["login failed"])
        return model_response(models.LoginResponse, {"auth_token": token})

    def extra_routes(self) -> list[BaseRoute]:
        async def rotate(_request: Request) -> Response:
            self.authority.rotate_key()
            return JSONResponse({"rotated": True})

        async def advance(request: Request) -> Response:
            self.authority.clock_offset += float(request.query_params.get("seconds", "0"))
            return JSONResponse({"clock_offset": self.authority.clock_offset})

        async def set_state(request: Request) -> Response:
            self.authority.state = int(request.query_params.get("value", "1"))
            return JSONResponse({"state": self.authority.state})

        return [
            Route("/_mock/rotate-key", rotate, methods=["POST"]),
            Route("/_mock/advance-clock", advance, methods=["POST"]),
            Route("/_mock/state", set_state, methods=["POST"]),
        ]


def create_app(
    *, api_key: str, user: str, password: str, token_lifetime: float = 1800.0, key_bits: int = 2048
) -> Starlette:
    """A fresh Wisedat mock (its own key pair, empty company data) for these credentials."""
    authority = WisedatAuthority(Credentials(api_key, user, password), token_lifetime=token_lifetime, key_bits=key_bits)
    mock = WisedatMock(authority, WisedatData())
    app = build_app(mock)
    app.state.mock = mock
    return app
