"""Schemathesis over every operation of specs/gestix.yaml against the Gestix mock.

Auth comes from the adapter: the session token its ``GET /helo`` login obtains, the API token for
``/helo`` itself, and on every write a fresh nonce from the adapter's :class:`NonceSource` (the
nonce is a query apiKey scheme, so it goes into each case's query). Schemathesis builds some cases
in batches before sending any (its coverage phase), so the auth marks the nonce and the test draws
the real value just before the case is sent; a case whose nonce schemathesis negated or mangled is
sent as it is, and the mock's 409 is what the spec declares. The mock serves the account under
``/api/{account}/v4.0.0``, so that prefix is part of the base URL.
"""

from __future__ import annotations

import tempfile
from typing import Any

import pytest
from schemathesis import Case

from erp_adapters import gestix
from erp_adapters.auth import fetch_token
from erp_adapters.nonce import NonceSource
from erp_mocks.gestix.app import create_app
from tests.fuzz import harness

pytestmark = pytest.mark.fuzz

ACCOUNT = "03101176"
# The user is the spec's LoginRequest example, so the examples phase logs in successfully.
CREDENTIALS: dict[str, Any] = {"api_token": "fuzz-api-token", "username": "api-user", "password": "example-password"}
schema = harness.load("gestix")
_DRAW_WHEN_SENT = "draw-when-sent"
_nonces = NonceSource.for_scope("gestix-fuzz", state_dir=tempfile.mkdtemp(prefix="gestix-fuzz-nonces-"))


def _server() -> str:
    return harness.server_url("gestix", lambda: create_app(**CREDENTIALS, accounts=[ACCOUNT]))


def _url() -> str:
    return gestix.base_url(ACCOUNT, _server())


@schema.auth()
class GestixFuzzAuth:
    """Session token from the adapter's API-token login; API token on /helo; a fresh nonce on writes."""

    def get(self, case: Case[Any], context: Any) -> str:
        with harness.plain_client(_url()) as client:
            return fetch_token(gestix.ApiTokenLogin(_url(), CREDENTIALS["api_token"]), client).access.reveal()

    def set(self, case: Case[Any], data: str, context: Any) -> None:
        schemes = {name for requirement in case.operation.definition.raw.get("security", []) for name in requirement}
        if "apiToken" in schemes:
            case.headers["Authorization"] = f"Bearer {CREDENTIALS['api_token']}"
        elif "xaToken" in schemes:
            case.headers["Authorization"] = f"Bearer {data}"
        if "nonce" in schemes:
            case.query["nonce"] = _DRAW_WHEN_SENT


def test_every_operation_is_fuzzed() -> None:
    assert len(harness.operations(schema)) == 5


@schema.parametrize()
@harness.SETTINGS
def test_gestix_contract(case: Case[Any]) -> None:
    if case.query and case.query.get("nonce") == _DRAW_WHEN_SENT:
        case.query["nonce"] = str(_nonces.next())
    harness.run("gestix", case, _url())
