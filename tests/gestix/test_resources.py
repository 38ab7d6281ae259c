"""The generated resource client (`Gestix` / `AsyncGestix`) against the mock."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from gestix_client.models import Customer, InvoiceCreate, InvoiceCreated, PrintMode, Status

from erp_adapters.gestix import AsyncGestix, Gestix, GestixRateLimitError
from tests.gestix.conftest import ACCOUNT, API_TOKEN, Mock
from tests.resource_checks import Recorder, assert_options_applied_once


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def client(mock: Mock, nonce_dir: Path, recorder: Recorder) -> Gestix:
    return Gestix(ACCOUNT, api_token=API_TOKEN, server=mock.url, nonce_dir=nonce_dir, httpx_args=recorder.hooks())


def test_list_retrieve_create(client: Gestix) -> None:
    seen: list[tuple[int, int, int | None]] = []
    customers = list(client.customers.list(on_page=lambda *args: seen.append(args)))
    assert all(isinstance(c, Customer) for c in customers) and len(customers) == 2
    assert seen == [(1, 2, 1)]  # a bare array: one page
    assert isinstance(client.status.get(), Status)
    created = client.invoices.create(InvoiceCreate())
    assert isinstance(created, InvoiceCreated)


def test_pdf_mode_is_refused_before_sending(client: Gestix) -> None:
    with pytest.raises(ValueError, match="print_invoice"):
        client.invoices.create(InvoiceCreate(), print_=PrintMode.PDF)


def test_raw_response_and_per_call_options(client: Gestix, recorder: Recorder) -> None:
    raw = client.status.with_raw_response.get()
    assert raw.status_code == 200 and isinstance(raw.parsed, Status)
    client.status.get(timeout=7.5, extra_headers={"X-Trace": "abc"})
    client.status.get()
    assert_options_applied_once(recorder, "/status", client.client.get_httpx_client())


def test_errors_are_typed(client: Gestix, mock: Mock) -> None:
    client.status.get()
    mock.next_response("POST", "/invoices", 429, {"error": "too_many", "message": "slow down"})
    with pytest.raises(GestixRateLimitError):
        client.invoices.create(InvoiceCreate())


def test_async_client(mock: Mock, nonce_dir: Path) -> None:
    async def run() -> tuple[int, InvoiceCreated]:
        async with AsyncGestix(ACCOUNT, api_token=API_TOKEN, server=mock.url, nonce_dir=nonce_dir) as client:
            return len([c async for c in client.customers.list()]), await client.invoices.create(InvoiceCreate())

    count, created = asyncio.run(run())
    assert count == 2 and isinstance(created, InvoiceCreated)
