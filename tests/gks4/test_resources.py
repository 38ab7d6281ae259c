"""The generated resource client (`GKS4` / `AsyncGKS4`) against the mock."""

from __future__ import annotations

import asyncio

import pytest
from gks4_client.models import Customer, CustomerCreate, SalesOrderCreated

from erp_adapters.gks4 import GKS4, AsyncGKS4, GKS4NotFoundError, GKS4ValidationError
from tests.gks4.conftest import CREDENTIALS, Mock
from tests.gks4.test_salesorders import _lines, _order
from tests.resource_checks import Recorder, assert_options_applied_once


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def gks4(mock: Mock, recorder: Recorder) -> GKS4:
    return GKS4(mock.url, token_url=mock.token_url, **CREDENTIALS, httpx_args=recorder.hooks())


def _customer(number: str) -> CustomerCreate:
    return CustomerCreate(
        name="Sörmlands Etikett AB", number=number, invoice_email=None, corporate_identity_number="556123-4567"
    )


@pytest.mark.exact_values
def test_create_then_retrieve(gks4: GKS4) -> None:
    gks4.customers.create(_customer("K300001"))  # 200 without a body: the method returns None
    customer = gks4.customers.retrieve("K300001")
    assert isinstance(customer, Customer) and customer.name == "Sörmlands Etikett AB"
    created = gks4.salesorders.create(_order(customer_number="K300001", sales_orderlines=_lines()))
    assert isinstance(created, SalesOrderCreated) and created.order_number > 0


def test_raw_response(gks4: GKS4) -> None:
    gks4.customers.create(_customer("K300002"))
    raw = gks4.customers.with_raw_response.retrieve("K300002")
    assert raw.status_code == 200 and raw.headers["content-type"].startswith("application/json")
    assert isinstance(raw.parsed, Customer) and raw.parsed.number == "K300002"
    created = gks4.customers.with_raw_response.create(_customer("K300003"))
    assert created.status_code == 200 and created.parsed is None


def test_per_call_timeout_and_headers_do_not_leak(gks4: GKS4, recorder: Recorder) -> None:
    gks4.customers.create(_customer("K300004"))
    gks4.customers.retrieve("K300004", timeout=7.5, extra_headers={"X-Trace": "abc"})
    gks4.customers.retrieve("K300004")
    assert_options_applied_once(recorder, "/customers/K300004", gks4.client.get_httpx_client())


def test_errors_are_typed(gks4: GKS4) -> None:
    with pytest.raises(GKS4NotFoundError):
        gks4.customers.retrieve("K999999")
    with pytest.raises(GKS4ValidationError):
        gks4.salesorders.create(_order(customer_number="K100421", currency_code="kronor", sales_orderlines=_lines()))


def test_async_client(mock: Mock, recorder: Recorder) -> None:
    async def run() -> Customer:
        async with AsyncGKS4(mock.url, token_url=mock.token_url, **CREDENTIALS, httpx_args=recorder.hooks()) as c:
            await c.customers.create(_customer("K300005"))
            customer = await c.customers.retrieve("K300005", timeout=7.5, extra_headers={"X-Trace": "abc"})
            await c.customers.retrieve("K300005")
            assert_options_applied_once(recorder, "/customers/K300005", c.client.get_async_httpx_client())
            return customer

    assert asyncio.run(run()).number == "K300005"
