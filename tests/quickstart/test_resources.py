"""The generated resource client (`Quickstart` / `AsyncQuickstart`) against the mock."""

from __future__ import annotations

import asyncio

import pytest
from quickstart_client.models import Customer, Order

from erp_adapters import quickstart
from erp_adapters.quickstart import AsyncQuickstart, Quickstart, QuickstartNotFoundError, QuickstartValidationError
from tests.quickstart.conftest import APP, REDIRECT_URI, Mock
from tests.resource_checks import Recorder, assert_options_applied_once


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def client(mock: Mock, recorder: Recorder) -> Quickstart:
    code = mock.authorize("admin")
    return Quickstart(mock.url, code=code, redirect_uri=REDIRECT_URI, **APP, httpx_args=recorder.hooks())


def test_list_walks_pages_lazily(client: Quickstart, mock: Mock) -> None:
    seen: list[tuple[int, int, int | None]] = []
    customers = client.customers.list(on_page=lambda *args: seen.append(args))
    assert mock.queries() == []  # nothing fetched yet
    iterator = iter(customers)
    first = next(iterator)
    assert isinstance(first, Customer) and first.id == 1 and mock.queries() == ["page=1"]
    assert [c.id for c in iterator] == list(range(2, 41))
    assert mock.queries() == ["page=1", "page=2", "page=3"]
    assert seen == [(1, 15, 3), (2, 30, 3), (3, 40, 3)]
    assert [len(p) for p in client.customers.list().pages()] == [15, 15, 10]


def test_pages_carry_the_page_size_and_totals(client: Quickstart) -> None:
    """Quickstart's page size is the server's choice: each page reports it, with its number and the totals."""
    pages = list(client.customers.list().pages())
    assert [(p.number, p.last_page, p.per_page, p.total) for p in pages] == [
        (1, 3, 15, 40),
        (2, 3, 15, 40),
        (3, 3, 15, 40),
    ]


def test_list_filters_and_retrieve(client: Quickstart) -> None:
    orders = list(client.orders.list(filter_=quickstart.filters(status=["open", "paid"]), sort="id"))
    assert len(orders) == 18 and all(isinstance(o, Order) for o in orders)
    order = client.orders.retrieve(orders[0].id)
    assert isinstance(order, Order) and order.id == orders[0].id
    with pytest.raises(QuickstartNotFoundError):
        client.customers.retrieve(999)
    with pytest.raises(QuickstartValidationError):
        list(client.orders.list(sort="nope"))


def test_raw_response_and_per_call_options(client: Quickstart, recorder: Recorder) -> None:
    raw = client.customers.with_raw_response.retrieve(1)
    assert raw.status_code == 200 and isinstance(raw.parsed, Customer) and raw.parsed.id == 1
    first_page = client.customers.with_raw_response.list()
    assert [c.id for c in first_page.parsed] == list(range(1, 16))
    client.customers.retrieve(2, timeout=7.5, extra_headers={"X-Trace": "abc"})
    client.customers.retrieve(2)
    assert_options_applied_once(recorder, "/customers/2", client.client.get_httpx_client())


def test_async_client(mock: Mock) -> None:
    code = mock.authorize("agent")

    async def run() -> list[int]:
        async with AsyncQuickstart(mock.url, code=code, redirect_uri=REDIRECT_URI, **APP) as client:
            return [c.id async for c in client.customers.list()]

    assert asyncio.run(run()) == list(range(1, 41))
