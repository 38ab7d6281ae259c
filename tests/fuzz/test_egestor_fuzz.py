"""Schemathesis over every operation of specs/egestor.yaml against the eGestor mock.

The bearer token comes from the adapter's own OAuth2 provider (personal grant). The mock's
throttle is set far above what fuzzing sends, so no 429 is drawn (429 is declared everywhere, but a
contract run should exercise the operations, not the throttle); tests/egestor covers the throttle.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from schemathesis import Case

from erp_adapters.auth import fetch_token
from erp_adapters.egestor.auth import provider
from erp_mocks.egestor.app import create_app
from tests.fuzz import harness

pytestmark = pytest.mark.fuzz

OPTIONS: dict[str, Any] = {
    "client_id": "fuzz-client",
    "client_secret": "fuzz-secret",
    "records": 5,
    "rate_limit": 1_000_000,
    "rate_window": 60.0,
    "token_lifetime": 86_400.0,
}
schema = harness.load("egestor")


def _url() -> str:
    return harness.server_url("egestor", lambda: create_app(**OPTIONS))


@schema.auth()
class EgestorFuzzAuth:
    """A bearer access token from the personal grant, on every request (the OAuth operations ignore it)."""

    def get(self, case: Case[Any], context: Any) -> str:
        with harness.plain_client(_url()) as client:
            personal = client.get("/_mock/personal-token").json()["personal_token"]
            oauth = provider(f"{_url()}/oauth/access_token", personal_token=personal)
            return fetch_token(oauth, client).access.reveal()

    def set(self, case: Case[Any], data: str, context: Any) -> None:
        case.headers["Authorization"] = f"Bearer {data}"


def test_every_operation_is_fuzzed() -> None:
    assert len(harness.operations(schema)) == 34


@schema.parametrize()
@harness.SETTINGS
def test_egestor_contract(case: Case[Any]) -> None:
    harness.run("egestor", case, _url())


def test_fuzzing_never_hit_the_throttle() -> None:
    """Runs after the contract test (file order): the throttle never refused a fuzz case."""
    if not harness.cases["egestor"]:
        pytest.skip("the contract test did not run in this session")
    counters = httpx.get(f"{_url()}/_mock/counters", timeout=10).json()
    assert counters["rate_limit_accepted"] >= harness.cases["egestor"]
    assert counters["rate_limited"] == 0


stateful_schema = harness.load("egestor")
stateful_schema.auth()(EgestorFuzzAuth)


@stateful_schema.hook
def map_case(context: Any, case: Case[Any]) -> Case[Any]:
    """Positive sale creates name seeded records (random codes never exist, so no sale would be created)."""
    positive = case.meta is not None and case.meta.generation.mode.is_positive
    if positive and case.operation.label == "POST /vendas" and isinstance(case.body, dict):
        if "codContato" in case.body:
            case.body["codContato"] = 1
        lines = case.body.get("produtos")
        for line in lines if isinstance(lines, list) else []:
            if isinstance(line, dict):
                line["codProduto"] = 1
    return case


def test_egestor_stateful() -> None:
    """Create -> read/update/delete chains through the spec's 11 links (use-after-free: a deleted record is gone)."""
    declared = harness.declared_links(stateful_schema)
    assert len(declared) == 11
    harness.run_stateful("egestor", stateful_schema, _url())
    assert set(harness.links_followed["egestor"]) == declared
