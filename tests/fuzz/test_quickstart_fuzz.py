"""Schemathesis over every operation of specs/quickstart.yaml against the Quickstart mock.

Auth comes from the adapter: an authorization code obtained through the mock's authorize
endpoint (auto-approved), exchanged by the adapter's OAuth2 provider for a bearer token.
"""

from __future__ import annotations

from typing import Any

import pytest
from schemathesis import Case

from erp_adapters import quickstart
from erp_adapters.auth import fetch_token
from erp_mocks.quickstart.app import create_app
from tests.fuzz import harness

pytestmark = pytest.mark.fuzz

REDIRECT_URI = "http://127.0.0.1:8765/callback"
APP: dict[str, Any] = {"client_id": "fuzz-app", "client_secret": "fuzz-secret"}
schema = harness.load("quickstart")


def _url() -> str:
    return harness.server_url("quickstart", lambda: create_app(redirect_uri=REDIRECT_URI, **APP))


@schema.auth()
class QuickstartFuzzAuth:
    """A bearer token from the adapter's code exchange (an admin user, so lists paginate by default)."""

    def get(self, case: Case[Any], context: Any) -> str:
        url, state = quickstart.authorization_url(_url(), client_id=APP["client_id"], redirect_uri=REDIRECT_URI)
        with harness.plain_client(_url()) as client:
            code = quickstart.code_from_callback(client.get(url).headers["location"], expected_state=state)
            provider = quickstart.token_provider(_url(), code=code, redirect_uri=REDIRECT_URI, **APP)
            return fetch_token(provider, client).access.reveal()

    def set(self, case: Case[Any], data: str, context: Any) -> None:
        case.headers["Authorization"] = f"Bearer {data}"


def test_every_operation_is_fuzzed() -> None:
    assert len(harness.operations(schema)) == 6


@schema.parametrize()
@harness.SETTINGS
def test_quickstart_contract(case: Case[Any]) -> None:
    harness.run("quickstart", case, _url())
