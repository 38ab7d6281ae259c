"""Schemathesis over every operation of specs/gks4.yaml against the GKS4 mock.

Auth comes from the adapter: the bearer token its client-credentials provider obtains from the
mock's token endpoint.
"""

from __future__ import annotations

from typing import Any

import pytest
from schemathesis import Case

from erp_adapters import gks4
from erp_adapters.auth import fetch_token
from erp_mocks.gks4.app import TOKEN_PATH, create_app
from tests.fuzz import harness

pytestmark = pytest.mark.fuzz

CREDENTIALS: dict[str, Any] = {"client_id": "fuzz-client", "client_secret": "fuzz-secret"}
schema = harness.load("gks4")


def _url() -> str:
    return harness.server_url("gks4", lambda: create_app(**CREDENTIALS))


@schema.auth()
class GKS4FuzzAuth:
    """A bearer token from the adapter's OAuth2 provider."""

    def get(self, case: Case[Any], context: Any) -> str:
        provider = gks4.token_provider(token_url=_url() + TOKEN_PATH, **CREDENTIALS)
        with harness.plain_client(_url()) as client:
            return fetch_token(provider, client).access.reveal()

    def set(self, case: Case[Any], data: str, context: Any) -> None:
        case.headers["Authorization"] = f"Bearer {data}"


def test_every_operation_is_fuzzed() -> None:
    assert len(harness.operations(schema)) == 3


@schema.parametrize()
@harness.SETTINGS
def test_gks4_contract(case: Case[Any]) -> None:
    harness.run("gks4", case, _url())
