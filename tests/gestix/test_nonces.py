"""Nonces over real HTTP: the adapter puts one on every write, the mock enforces the rule per account."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from gestix_client.api.customers import list_customers
from gestix_client.api.invoices import create_invoice
from gestix_client.api.status import get_status
from gestix_client.models import InvoiceCreate, InvoiceCreated

from erp_adapters import errors, gestix
from tests.gestix.conftest import ACCOUNT, API_TOKEN, OTHER_ACCOUNT, Mock, SentRequests


def test_every_write_carries_a_larger_nonce_and_reads_carry_none(mock: Mock, nonce_dir: Path) -> None:
    sent = SentRequests()
    client = gestix.connect(ACCOUNT, api_token=API_TOKEN, server=mock.url, nonce_dir=nonce_dir, httpx_args=sent.hooks())
    for _ in range(5):
        gestix.call(create_invoice.sync_detailed, client=client, body=InvoiceCreate())
        gestix.call(list_customers.sync_detailed, client=client)
    gestix.print_invoice(client, InvoiceCreate())
    nonces = sent.nonces()
    assert len(nonces) == 6 and nonces == sorted(set(nonces)) and nonces[0] > 0
    assert all("nonce" not in url.params for method, url in sent.sent if method == "GET")
    assert mock.account()["refused_nonces"] == {}


def test_clients_of_one_account_share_the_sequence(mock: Mock, nonce_dir: Path) -> None:
    sent = SentRequests()
    first, second = (
        gestix.connect(ACCOUNT, api_token=API_TOKEN, server=mock.url, nonce_dir=nonce_dir, httpx_args=sent.hooks())
        for _ in range(2)
    )
    for _ in range(3):
        for client in (first, second):
            gestix.call(create_invoice.sync_detailed, client=client, body=InvoiceCreate())
    nonces = sent.nonces()
    assert len(nonces) == 6 and nonces == sorted(set(nonces))
    assert mock.account()["accepted_nonces"] == 6


def test_async_writes_are_all_accepted(mock: Mock, nonce_dir: Path) -> None:
    client = gestix.connect(ACCOUNT, api_token=API_TOKEN, server=mock.url, nonce_dir=nonce_dir)

    async def many() -> list[InvoiceCreated]:
        body = InvoiceCreate()
        return await asyncio.gather(
            *(
                gestix.aexpect(InvoiceCreated, create_invoice.asyncio_detailed, client=client, body=body)
                for _ in range(40)
            )
        )

    created = asyncio.run(many())
    assert len({invoice["id"] for invoice in created}) == 40
    assert len({invoice["_nonce"] for invoice in mock.invoices()}) == 40
    assert mock.account()["refused_nonces"] == {}


@pytest.mark.parametrize(
    ("nonce", "code"),
    [
        (None, "nonce_missing"),
        ("", "nonce_missing"),
        ("abc", "nonce_invalid"),
        ("0", "nonce_invalid"),
        ("-5", "nonce_invalid"),
        ("1" * 20, "nonce_invalid"),
        ("100", "nonce_not_increasing"),  # equal to the last one: a replay
        ("99", "nonce_not_increasing"),  # lower: out of order
    ],
)
def test_mock_refuses_a_bad_nonce_without_processing_the_write(mock: Mock, nonce: str | None, code: str) -> None:
    url = f"{mock.base()}/invoices"
    headers = {"Authorization": f"Bearer {mock.session()}"}
    assert mock.http.post(url, params={"nonce": "100"}, json={}, headers=headers).status_code == 201
    params = {} if nonce is None else {"nonce": nonce}
    refused = mock.http.post(url, params=params, json={"n": 2}, headers=headers)
    assert refused.status_code == 409
    assert refused.json()["error"] == code
    assert len(mock.invoices()) == 1
    assert mock.account()["last_nonce"] == 100


def test_nonce_sequences_are_per_account(mock: Mock) -> None:
    for account in (ACCOUNT, OTHER_ACCOUNT):
        headers = {"Authorization": f"Bearer {mock.session(account)}"}
        response = mock.http.post(f"{mock.base(account)}/invoices", params={"nonce": "7"}, json={}, headers=headers)
        assert response.status_code == 201


def test_refused_nonce_is_a_typed_error_and_changes_nothing(mock: Mock, nonce_dir: Path) -> None:
    """Another writer (e.g. another machine) got ahead of this machine's sequence."""
    headers = {"Authorization": f"Bearer {mock.session()}"}
    ahead = mock.http.post(f"{mock.base()}/invoices", params={"nonce": str(10**18)}, json={}, headers=headers)
    assert ahead.status_code == 201
    client = gestix.connect(ACCOUNT, api_token=API_TOKEN, server=mock.url, nonce_dir=nonce_dir)
    with pytest.raises(gestix.GestixNonceError) as err:
        gestix.call(create_invoice.sync_detailed, client=client, body=InvoiceCreate())
    assert isinstance(err.value, errors.ConflictError)
    assert err.value.status_code == 409
    assert err.value.vendor_message.startswith("nonce_not_increasing")
    assert len(mock.invoices()) == 1
    gestix.call(get_status.sync_detailed, client=client)  # reads are unaffected


def test_nonce_state_lives_in_a_per_account_file(mock: Mock, nonce_dir: Path) -> None:
    client = gestix.connect(ACCOUNT, api_token=API_TOKEN, server=mock.url, nonce_dir=nonce_dir)
    gestix.call(create_invoice.sync_detailed, client=client, body=InvoiceCreate())
    state = nonce_dir / f"gestix-127.0.0.1_{mock.server.port}-{ACCOUNT}.nonce"
    assert int(state.read_text()) == mock.account()["last_nonce"]
    source = gestix.nonce_source(ACCOUNT, mock.url, nonce_dir=nonce_dir)
    assert source.path == state.absolute()
    assert gestix.nonce_source(ACCOUNT, "https://gestix.pt:443").path.name == "gestix-gestix.pt-03101176.nonce"
