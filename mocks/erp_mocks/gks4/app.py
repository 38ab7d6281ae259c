"""The GKS4 mock: specs/gks4.yaml plus the identity server's token endpoint, with expiring tokens.

* ``POST /connect/token``: the client-credentials token endpoint (the real one lives on
  ``id.simutek.se``; here it shares the mock's host, so point the adapter's ``token_url`` at it).
* Every API call needs a valid, unexpired bearer token from that endpoint, else 401.

Test controls (outside the spec):

* ``POST /_mock/advance-clock?seconds=N``: move the server clock (tokens live ``token_lifetime`` s);
* ``POST /_mock/expire-tokens``: invalidate every token issued so far;
* ``GET /_mock/auth``: tokens issued, token requests refused, API calls refused with 401;
* ``GET /_mock/salesorders/{orderNumber}``: a placed sales order as stored (``hasAllotments`` set);
* ``GET /_mock/stats``, ``POST /_mock/next-response`` (from the engine; e.g. a canned 500).
"""

from __future__ import annotations

from dataclasses import asdict
from types import ModuleType
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from erp_mocks.engine import Call, Handler, Spec, build_app
from erp_mocks.engine.spec import spec_path
from erp_mocks.generated import gks4 as models
from erp_mocks.gks4.auth import TokenAuthority
from erp_mocks.gks4.handlers import GKS4Data, GKS4Handlers

SPEC = spec_path("gks4")
TOKEN_PATH = "/connect/token"

DEMO_OPTIONS: dict[str, Any] = {"client_id": "demo-client", "client_secret": "demo-secret"}
"""Credentials the CLI mock accepts (printed when it starts); the token URL is ``<mock>/connect/token``."""

_TITLES = {400: "One or more validation errors occurred.", 401: "Unauthorized", 404: "Not found", 500: "Server error"}


def problem(status: int, errors: dict[str, list[str]], title: str | None = None) -> Response:
    """GKS4's error body, shaped like ASP.NET problem details: ``{type, title, status, errors}``."""
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": title or _TITLES.get(status, "Error"),
        "status": status,
    }
    if errors:
        body["errors"] = errors
    return JSONResponse(body, status_code=status)


def _by_location(messages: list[str]) -> dict[str, list[str]]:
    """Engine messages (``"body.customerNumber: too short"``) grouped by their location."""
    grouped: dict[str, list[str]] = {}
    for message in messages:
        where, sep, text = message.partition(": ")
        key, text = (where, text) if sep else ("request", message)
        grouped.setdefault(key, []).append(text)
    return grouped


class GKS4Mock:
    """The :class:`~erp_mocks.engine.VendorMock` for GKS4."""

    spec = Spec(SPEC)
    models: ModuleType = models

    def __init__(self, authority: TokenAuthority, data: GKS4Data) -> None:
        self.authority = authority
        self.data = data
        self.handlers: dict[str, Handler] = GKS4Handlers(data, problem).table()

    def error(self, status: int, messages: list[str]) -> Response:
        """Engine-detected errors (validation, unknown route) as problem details."""
        return problem(status, _by_location(messages))

    def authenticate(self, call: Call) -> Response | None:
        """Every operation needs a bearer token issued by :data:`TOKEN_PATH` that has not expired."""
        reason = self.authority.check_bearer(call.request.headers.get("authorization"))
        if reason is None:
            return None
        self.authority.counters.rejected_bearer += 1
        response = problem(401, {}, "Unauthorized")
        response.headers["WWW-Authenticate"] = f'Bearer error="invalid_token", error_description="{reason}"'
        return response

    def extra_routes(self) -> list[BaseRoute]:
        async def advance(request: Request) -> Response:
            self.authority.clock_offset += float(request.query_params.get("seconds", "0"))
            return JSONResponse({"clock_offset": self.authority.clock_offset})

        async def expire(_request: Request) -> Response:
            self.authority.expire_all()
            return JSONResponse({"generation": self.authority.generation})

        async def auth_counters(_request: Request) -> Response:
            return JSONResponse(asdict(self.authority.counters))

        async def sales_order(request: Request) -> Response:
            record = self.data.sales_orders.get(int(request.path_params["number"]))
            return JSONResponse(record) if record is not None else JSONResponse({"found": False}, status_code=404)

        return [
            Route(TOKEN_PATH, self.authority.token_endpoint, methods=["POST"]),
            Route("/_mock/advance-clock", advance, methods=["POST"]),
            Route("/_mock/expire-tokens", expire, methods=["POST"]),
            Route("/_mock/auth", auth_counters, methods=["GET"]),
            Route("/_mock/salesorders/{number:int}", sales_order, methods=["GET"]),
        ]


def create_app(*, client_id: str, client_secret: str, token_lifetime: float = 3600.0, seed: bool = True) -> Starlette:
    """A fresh GKS4 mock that issues tokens to one client (seeded with two customers unless ``seed=False``)."""
    authority = TokenAuthority({client_id: client_secret}, token_lifetime=token_lifetime)
    mock = GKS4Mock(authority, GKS4Data(seed=seed))
    app = build_app(mock)
    app.state.mock = mock
    return app
