"""The Quickstart mock: specs/quickstart.yaml over seeded data, with a real OAuth2 authorization server.

* ``GET /oauth/authorize`` and ``POST /oauth/token``: see :mod:`erp_mocks.quickstart.oauth`
  (single-use codes, auto-approval for tests, rotating refresh tokens, expiring access tokens).
* Lists follow the page's conventions: Laravel pagination (``page``; on by default for admins and
  collaborators, off for agents unless ``page`` is sent), ``sort=[-]field`` and
  ``filter[field]=a,b`` on customers and orders, ``metadata`` aggregates on paginated invoices.

Test controls (outside the spec):

* ``POST /_mock/advance-clock?seconds=N``: move the authorization server's clock;
* ``POST /_mock/expire-tokens``: revoke every access token (refresh tokens stay valid);
* ``GET /_mock/auth``: codes issued, exchanges, refreshes, refusals, 401s;
* ``GET /_mock/queries``: the raw query strings of the list requests received, oldest first;
* ``GET /_mock/stats``, ``POST /_mock/next-response`` (from the engine).
"""

from __future__ import annotations

from dataclasses import asdict
from types import ModuleType
from typing import Any

import pydantic
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from erp_mocks.engine import Call, Handler, Spec, build_app
from erp_mocks.engine.responses import public
from erp_mocks.engine.spec import spec_path
from erp_mocks.generated import quickstart as m
from erp_mocks.quickstart.data import QuickstartData, Resource, invoice_metadata, page_body, select
from erp_mocks.quickstart.oauth import App, AuthorizationServer

SPEC = spec_path("quickstart")
DEFAULT_USERS = {"admin": "admin", "collaborator": "collaborator", "agent": "agent"}

DEMO_OPTIONS: dict[str, Any] = {
    "client_id": "demo-client",
    "client_secret": "demo-secret",
    "redirect_uri": "http://127.0.0.1:8765/callback",
}
"""The app the CLI mock registers (printed when it starts); authorize at ``/oauth/authorize``."""


def _respond(model: type[pydantic.BaseModel], data: Any, status: int = 200) -> Response:
    """``data`` validated by the generated ``model``; keys that are present stay, even when null.

    (Laravel sends ``next_page_url: null``; the engine's ``model_response`` drops nulls.)
    """
    dumped = model.model_validate(public(data)).model_dump(mode="json", by_alias=True, exclude_unset=True)
    return JSONResponse(dumped, status_code=status)


class QuickstartMock:
    """The :class:`~erp_mocks.engine.VendorMock` for Quickstart."""

    spec = Spec(SPEC)
    models: ModuleType = m

    def __init__(self, server: AuthorizationServer, data: QuickstartData, *, per_page: int = 15) -> None:
        self.server = server
        self.data = data
        self.per_page = per_page
        self.queries: list[str] = []
        self.handlers: dict[str, Handler] = {
            "list_customers": self._lister(data.customers, m.CustomerPage, m.CustomerList),
            "get_customer": self._getter(data.customers, m.Customer),
            "list_orders": self._lister(data.orders, m.OrderPage, m.OrderList),
            "get_order": self._getter(data.orders, m.Order),
            "list_invoices": self._lister(data.invoices, m.InvoicePage, m.InvoiceList, metadata=True),
            "get_invoice": self._getter(data.invoices, m.Invoice),
        }

    def error(self, status: int, messages: list[str]) -> Response:
        """Laravel's error body ``{"message": ...}``."""
        return JSONResponse({"message": "; ".join(messages)}, status_code=status)

    def authenticate(self, call: Call) -> Response | None:
        """A valid, unexpired access token; ``call.auth`` becomes the user's role."""
        user = self.server.user_for(call.request.headers.get("authorization"))
        if user is None:
            self.server.counters.rejected_bearer += 1
            body = {"message": "Unauthenticated."}
            return JSONResponse(body, status_code=401, headers={"WWW-Authenticate": "Bearer"})
        call.auth = self.server.users[user]
        return None

    def _lister(
        self,
        resource: Resource,
        page_model: type[pydantic.BaseModel],
        list_model: type[pydantic.BaseModel],
        *,
        metadata: bool = False,
    ) -> Handler:
        def handle(call: Call) -> Response:
            self.queries.append(call.request.scope["query_string"].decode("latin-1"))
            records = select(resource, call.query.get("filter", {}), call.query.get("sort"))  # BadInput: 400
            page = call.query.get("page")
            if page is None and call.auth == "agent":  # pagination is off for agents unless asked for
                return _respond(list_model, records)
            path = str(call.request.base_url).rstrip("/") + call.request.url.path
            body = page_body(path, records, page or 1, self.per_page)
            if metadata and call.query.get("metadata") is True:
                body["metadata"] = invoice_metadata(records)
            return _respond(page_model, body)

        return handle

    def _getter(self, resource: Resource, model: type[pydantic.BaseModel]) -> Handler:
        def handle(call: Call) -> Response:
            record = resource.records.get(call.path["id"])
            if record is None:
                return self.error(404, [f"no record with id {call.path['id']}"])
            return _respond(model, record)

        return handle

    def extra_routes(self) -> list[BaseRoute]:
        async def advance(request: Request) -> Response:
            self.server.clock_offset += float(request.query_params.get("seconds", "0"))
            return JSONResponse({"clock_offset": self.server.clock_offset})

        async def expire(_request: Request) -> Response:
            self.server.expire_access_tokens()
            return JSONResponse({"expired": True})

        async def auth_counters(_request: Request) -> Response:
            return JSONResponse(asdict(self.server.counters))

        async def queries(_request: Request) -> Response:
            return JSONResponse(self.queries)

        return [
            Route("/oauth/authorize", self.server.authorize, methods=["GET"]),
            Route("/oauth/token", self.server.token, methods=["POST"]),
            Route("/_mock/advance-clock", advance, methods=["POST"]),
            Route("/_mock/expire-tokens", expire, methods=["POST"]),
            Route("/_mock/auth", auth_counters, methods=["GET"]),
            Route("/_mock/queries", queries, methods=["GET"]),
        ]


def create_app(
    *,
    client_id: str,
    client_secret: str,
    redirect_uri: str,
    users: dict[str, str] | None = None,
    token_lifetime: float = 3600.0,
    refresh_lifetime: float = 30 * 86400.0,
    code_lifetime: float = 600.0,
    per_page: int = 15,
) -> Starlette:
    """A fresh Quickstart mock with one registered app and seeded users (``admin``, ``collaborator``, ``agent``)."""
    server = AuthorizationServer(
        {client_id: App(client_secret, redirect_uri)},
        dict(users or DEFAULT_USERS),
        token_lifetime=token_lifetime,
        refresh_lifetime=refresh_lifetime,
        code_lifetime=code_lifetime,
    )
    mock = QuickstartMock(server, QuickstartData(), per_page=per_page)
    app = build_app(mock)
    app.state.mock = mock
    return app
