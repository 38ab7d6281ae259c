"""Schemathesis over every operation of specs/wisedat.yaml against the Wisedat mock.

Auth comes from the adapter: the bearer JWT from its login flow, the ``WDAPI`` headers built by
the same code the client uses (RSA encryption with the key /status publishes).
"""

from __future__ import annotations

from typing import Any

import pytest
from schemathesis import Case

from erp_adapters.auth import fetch_token
from erp_adapters.wisedat.auth import WisedatLogin, encrypt_credentials, public_key
from erp_contract.valid_creates import ValidCreates
from erp_mocks.wisedat.app import create_app
from tests.fuzz import harness

pytestmark = pytest.mark.fuzz

CREDENTIALS: dict[str, Any] = {"api_key": "fuzz-key", "user": "fuzz", "password": "fuzz-password"}
schema = harness.load("wisedat")


def _url() -> str:
    return harness.server_url("wisedat", lambda: create_app(**CREDENTIALS))


def _login() -> WisedatLogin:
    return WisedatLogin(_url(), CREDENTIALS["api_key"], CREDENTIALS["user"], CREDENTIALS["password"])


@schema.auth()
class WisedatFuzzAuth:
    """Bearer JWT from the adapter's login; WDAPI headers for /status and the login itself."""

    def get(self, case: Case[Any], context: Any) -> str:
        with harness.plain_client(_url()) as client:
            return fetch_token(_login(), client).access.reveal()

    def set(self, case: Case[Any], data: str, context: Any) -> None:
        if case.operation.label == "GET /status":
            value = f"WDAPI {CREDENTIALS['api_key']}"
        elif case.operation.label == "POST /authentication/login":
            value = f"WDAPI {_login_header()}"
        else:
            value = f"Bearer {data}"
        case.headers["Authorization"] = value


def _login_header() -> str:
    """The encrypted login header, built by the adapter's own code with the key /status publishes."""
    login = _login()
    with harness.plain_client(_url()) as client:
        status = client.get("/status", headers={"Authorization": f"WDAPI {CREDENTIALS['api_key']}"})
    key = public_key(status.json()["PublicKey"]["Modulus"], status.json()["PublicKey"]["Exponent"])
    return encrypt_credentials(key, login.api_key, login.user, login.password, "pkcs1v15")


def test_every_operation_is_fuzzed() -> None:
    assert len(harness.operations(schema)) == 54


@schema.parametrize()
@harness.SETTINGS
def test_wisedat_contract(case: Case[Any]) -> None:
    harness.run("wisedat", case, _url())


stateful_schema = harness.load("wisedat")
stateful_schema.auth()(WisedatFuzzAuth)


def _lookup(path: str, query: dict[str, Any]) -> Any:
    """``GET path`` on the fuzz mock with a fresh login (for the values valid creates need)."""
    with harness.plain_client(_url()) as client:
        token = fetch_token(_login(), client).access.reveal()
        response = client.get(path, params=query, headers={"Authorization": f"Bearer {token}"})
    return response.json() if response.status_code == 200 else None


_valid_creates = ValidCreates("wisedat", _lookup)


@stateful_schema.hook
def map_case(context: Any, case: Case[Any]) -> Case[Any]:
    """Positive creates get valid data where random data never is (addresses, NIF, country, customer, series)."""
    _valid_creates.apply(case)
    return case


def test_wisedat_stateful() -> None:
    """Create -> read/update/delete chains through every one of the spec's 30 links, with the stateful checks."""
    declared = harness.declared_links(stateful_schema)
    assert len(declared) == 30
    harness.run_stateful("wisedat", stateful_schema, _url())
    assert set(harness.links_followed["wisedat"]) == declared
