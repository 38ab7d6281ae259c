"""The Gestix mock: specs/gestix.yaml served under ``/api/{account}/v4.0.0`` with real auth and nonces.

Each account has its own customers, invoices, sessions and nonce sequence. ``POST /invoices``
answers JSON, or with ``print=1`` a real PDF rendering of the invoice (``application/pdf``). An
account the mock does not know is answered 401 (``unknown_account``); nonces are checked per
account, after the session token and before anything else, and may have at most 19 digits.

Test controls (outside the spec):

* ``POST /_mock/expire-sessions``: every session token stops working (the next call gets a 401);
* ``GET /_mock/accounts/{account}``: that account's last accepted nonce, accepted and refused
  nonce counts by reason, and number of invoices;
* ``GET /_mock/stats`` and ``POST /_mock/next-response``: from the engine.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from erp_mocks.engine import Call, Handler, Spec, build_app
from erp_mocks.engine.responses import model_response
from erp_mocks.engine.spec import spec_path
from erp_mocks.engine.store import Collection
from erp_mocks.generated import gestix as models
from erp_mocks.gestix import pdf
from erp_mocks.gestix.auth import Credentials, GestixAuthority

SPEC = spec_path("gestix")
PREFIX = "/api/{account}/v4.0.0"
"""Where the API lives on the server; ``{account}`` is the Gestix account identifier."""
API_VERSION = "4.0.0"

DEMO_OPTIONS: dict[str, Any] = {
    "api_token": "demo-api-token",
    "username": "demo",
    "password": "demo-password",
    "accounts": ["03101176"],
}
"""Credentials and accounts the CLI mock accepts (printed when it starts)."""

_ERROR_CODES = {400: "invalid_request", 401: "unauthorized", 404: "not_found", 405: "method_not_allowed"}


@dataclass
class AccountData:
    """The records of one account."""

    customers: Collection[int] = field(default_factory=Collection)
    invoices: Collection[int] = field(default_factory=Collection)


def _seed(data: AccountData) -> AccountData:
    for name, vat in (("Cliente Exemplo, Lda", "509999990"), ("Consumidor Final", "999999990")):
        data.customers.add({"id": data.customers.next_id(), "name": name, "vat": vat})
    return data


def error_body(code: str, message: str) -> dict[str, str]:
    """The mock's error payload (the spec's open ``Error`` object with ``error`` and ``message``)."""
    return {"error": code, "message": message}


class GestixMock:
    """The :class:`~erp_mocks.engine.VendorMock` for Gestix."""

    spec = Spec(SPEC)
    models: ModuleType = models

    def __init__(self, authority: GestixAuthority) -> None:
        self.authority = authority
        self.data = {account: _seed(AccountData()) for account in sorted(authority.accounts)}
        self.handlers: dict[str, Handler] = {
            "get_session_token": self.get_session_token,
            "login": self.login,
            "get_status": self.get_status,
            "list_customers": self.list_customers,
            "create_invoice": self.create_invoice,
        }

    def _error(self, status: int, code: str, message: str) -> Response:
        return model_response(models.Error, error_body(code, message), status)

    def error(self, status: int, messages: list[str]) -> Response:
        return self._error(status, _ERROR_CODES.get(status, "error"), "; ".join(messages))

    def seed_auth(self, call: Call) -> str:
        """Seed entries (no credentials) act for the account their ``prefix`` names."""
        return call.prefix.get("account", "")

    def authenticate(self, call: Call) -> Response | None:
        """API token on /helo, session token on other secured calls, then the nonce on writes."""
        account = call.prefix.get("account", "")
        if account not in self.authority.accounts:
            return self._error(401, "unknown_account", f"no Gestix account {account!r}")
        schemes = {name for requirement in call.operation.security for name in requirement}
        header = call.request.headers.get("authorization")
        if "apiToken" in schemes and not self.authority.api_token_valid(account, header):
            return self._error(401, "unauthorized", "the API token is missing or not valid for this account")
        if "xaToken" in schemes and not self.authority.session_valid(account, header):
            return self._error(401, "unauthorized", "the session token is missing, invalid or expired")
        if "nonce" in schemes:
            refused = self.authority.check_nonce(account, call.request.query_params.get("nonce"))
            if refused is not None:
                return self._error(409, refused, "the write was refused for its nonce and not processed")
        call.auth = account
        return None

    # -- handlers ------------------------------------------------------------------------------

    def get_session_token(self, call: Call) -> Response:
        token = self.authority.helo(call.auth, call.request.headers.get("authorization"))
        return model_response(models.SessionToken, {"xa-token": token})

    def login(self, call: Call) -> Response:
        body: models.LoginRequest = call.body
        token = self.authority.login(call.auth, body.username, body.password.get_secret_value())
        if token is None:
            return self._error(401, "unauthorized", "wrong username or password")
        return model_response(models.SessionToken, {"xa-token": token})

    def get_status(self, call: Call) -> Response:
        return model_response(models.Status, {"version": API_VERSION, "account": call.auth})

    def list_customers(self, call: Call) -> Response:
        return model_response(models.CustomerList, list(self.data[call.auth].customers))

    def create_invoice(self, call: Call) -> Response:
        invoices = self.data[call.auth].invoices
        number = invoices.next_id()
        fields = call.body.model_dump(mode="json") if call.body is not None else {}
        record = {**fields, "id": number, "number": f"FT {number}", "_nonce": int(call.request.query_params["nonce"])}
        invoices.add(record)
        if call.query.get("print") == models.PrintMode.PDF:
            details = (f"{key}: {value}"[:100] for key, value in sorted(fields.items()))
            lines = [f"Invoice FT {number}", f"Account {call.auth}", *details][:40]
            return Response(pdf.document(lines, title=f"FT {number}"), 201, media_type="application/pdf")
        return model_response(models.InvoiceCreated, record, 201)

    # -- test controls -------------------------------------------------------------------------

    def extra_routes(self) -> list[BaseRoute]:
        async def expire(_request: Request) -> Response:
            return JSONResponse({"expired": self.authority.expire_sessions()})

        async def account_state(request: Request) -> Response:
            account = request.path_params["account"]
            ledger = self.authority.nonces.get(account)
            if ledger is None:
                return JSONResponse(error_body("unknown_account", account), 404)
            return JSONResponse(
                {
                    "last_nonce": ledger.last,
                    "accepted_nonces": ledger.accepted,
                    "refused_nonces": dict(ledger.refused),
                    "invoices": len(self.data[account].invoices),
                    "sessions_issued": self.authority.sessions_issued,
                }
            )

        return [
            Route("/_mock/expire-sessions", expire, methods=["POST"]),
            Route("/_mock/accounts/{account}", account_state, methods=["GET"]),
        ]


def create_app(
    *,
    api_token: str,
    username: str,
    password: str,
    accounts: Sequence[str] = ("03101176",),
    session_lifetime: float = 3600.0,
) -> Starlette:
    """A fresh Gestix mock for these credentials, serving each of ``accounts`` under its own prefix."""
    authority = GestixAuthority(Credentials(api_token, username, password), accounts, session_lifetime=session_lifetime)
    mock = GestixMock(authority)
    app = build_app(mock, prefix=PREFIX)
    app.state.mock = mock
    return app
