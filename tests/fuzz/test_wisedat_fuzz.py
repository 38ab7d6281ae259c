"""Schemathesis over every operation of specs/wisedat.yaml against the Wisedat mock.

Auth comes from the adapter: the bearer JWT from its login flow, the ``WDAPI`` headers built by
the same code the client uses (RSA encryption with the key /status publishes).
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from erp_adapters.auth import fetch_token
from erp_adapters.wisedat.auth import WisedatLogin, encrypt_credentials, public_key
from erp_mocks.wisedat.app import create_app

from tests.fuzz import harness

pytestmark = pytest.mark.fuzz

CREDENTIALS = {"api_key": "fuzz-key", "user": "fuzz", "password": "fuzz-password"}
schema = harness.load("wisedat")


def _url() -> str:
    return harness.server_url("wisedat", lambda: create_app(**CREDENTIALS))


def _login() -> WisedatLogin:
    return WisedatLogin(_url(), CREDENTIALS["api_key"], CREDENTIALS["user"], CREDENTIALS["password"])


@schema.auth()
class WisedatFuzzAuth:
    """Bearer JWT from the adapter's login; WDAPI headers for /status and the login itself."""

    def get(self, case: schemathesis.Case, context: Any) -> str:
        with harness.plain_client(_url()) as client:
            return fetch_token(_login(), client).access.reveal()

    def set(self, case: schemathesis.Case, data: str, context: Any) -> None:
        case.headers = case.headers or {}
        if case.operation.label == "GET /status":
            case.headers["Authorization"] = f"WDAPI {CREDENTIALS['api_key']}"
        elif case.operation.label == "POST /authentication/login":
            login = _login()
            with harness.plain_client(_url()) as client:
                key = client.get("/status", headers={"Authorization": f"WDAPI {CREDENTIALS['api_key']}"}).json()["PublicKey"]
            header = encrypt_credentials(public_key(key["Modulus"], key["Exponent"]), login.api_key, login.user, login.password, "pkcs1v15")
            case.headers["Authorization"] = f"WDAPI {header}"
        else:
            case.headers["Authorization"] = f"Bearer {data}"


def test_every_operation_is_fuzzed() -> None:
    assert len(harness.operations(schema)) == 54


@schema.parametrize()
@harness.SETTINGS
def test_wisedat_contract(case: schemathesis.Case) -> None:
    harness.run("wisedat", case, _url())
