"""The generated resource client (`Wisedat` / `AsyncWisedat`) against the mock."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from wisedat_client.models import Country, CreatedInt, ProductCreate, ProductDetail, ProductSummary, ProductType

from erp_adapters.wisedat import AsyncWisedat, Wisedat, WisedatNotFoundError, WisedatValidationError
from tests.wisedat.conftest import CREDENTIALS, Mock


class Recorder:
    """An httpx request hook that keeps every request sent (headers and per-request timeout)."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> None:
        self.requests.append(request)

    async def arecord(self, request: httpx.Request) -> None:
        self.requests.append(request)

    def last(self, path: str) -> httpx.Request:
        return [r for r in self.requests if r.url.path == path][-1]


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def wisedat(mock: Mock, recorder: Recorder) -> Wisedat:
    hooks: dict[str, Any] = {"event_hooks": {"request": [recorder]}}
    return Wisedat(mock.url, **CREDENTIALS, httpx_args=hooks)


def _seed(client: Wisedat, count: int) -> list[int]:
    ids = []
    for index in range(count):
        body = ProductCreate(
            name=f"P{index:03d}", description=f"caneca {index}", price=index, type_=ProductType.SERVICE
        )
        created = client.products.create(body)
        assert isinstance(created, CreatedInt)
        ids.append(created.id)
    return ids


@pytest.mark.exact_values
def test_list_walks_pages_lazily(wisedat: Wisedat, mock: Mock) -> None:
    _seed(wisedat, 7)
    before = mock.count("list_products")
    products = wisedat.products.list(limit=3)
    assert mock.count("list_products") == before  # nothing fetched until iterated
    iterator = iter(products)
    first = next(iterator)
    assert isinstance(first, ProductSummary) and first.name == "P000"
    assert mock.count("list_products") == before + 1
    assert [first.name, *(p.name for p in iterator)] == [f"P{i:03d}" for i in range(7)]
    assert mock.count("list_products") == before + 3


@pytest.mark.exact_values
def test_pages_and_progress(wisedat: Wisedat) -> None:
    _seed(wisedat, 5)
    seen: list[tuple[int, int, int | None]] = []
    pages = list(wisedat.products.list(limit=2, on_page=lambda *args: seen.append(args)).pages())
    assert [[p.name for p in page] for page in pages] == [["P000", "P001"], ["P002", "P003"], ["P004"]]
    assert seen == [(1, 2, 3), (2, 4, 3), (3, 5, 3)]
    assert [(p.number, p.last_page, p.per_page, p.total) for p in pages] == [(1, 3, 2, 5), (2, 3, 2, 5), (3, 3, 2, 5)]


@pytest.mark.exact_values
def test_list_filters(wisedat: Wisedat) -> None:
    _seed(wisedat, 12)
    assert [p.name for p in wisedat.products.list(limit=2, query="caneca 1")] == ["P001", "P010", "P011"]


@pytest.mark.exact_values
def test_retrieve_create_update_delete(wisedat: Wisedat) -> None:
    (product_id,) = _seed(wisedat, 1)
    detail = wisedat.products.retrieve(product_id)
    assert isinstance(detail, ProductDetail) and detail.name == "P000"
    wisedat.products.delete(id=product_id)
    with pytest.raises(WisedatNotFoundError):
        wisedat.products.retrieve(product_id)


def test_split_list_of_a_bare_array(wisedat: Wisedat) -> None:
    countries = list(wisedat.countries.list())
    assert countries and all(isinstance(c, Country) for c in countries)
    assert "PT" in {c.iso_3166_1 for c in countries}
    assert wisedat.countries.retrieve("PT").iso_3166_1 == "PT"


def test_raw_response(wisedat: Wisedat) -> None:
    (product_id,) = _seed(wisedat, 1)
    raw = wisedat.products.with_raw_response.retrieve(product_id)
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    assert isinstance(raw.parsed, ProductDetail) and raw.parsed.id == product_id
    first_page = wisedat.products.with_raw_response.list(limit=1)
    assert first_page.status_code == 200 and [p.name for p in first_page.parsed] == ["P000"]


def test_per_call_timeout_and_headers_do_not_leak(wisedat: Wisedat, recorder: Recorder) -> None:
    (product_id,) = _seed(wisedat, 1)
    wisedat.products.retrieve(product_id, timeout=7.5, extra_headers={"X-Trace": "abc"})
    sent = recorder.last("/products")
    assert sent.headers["X-Trace"] == "abc"
    assert sent.extensions["timeout"] == httpx.Timeout(7.5).as_dict()
    wisedat.products.retrieve(product_id)
    again = recorder.last("/products")
    assert again is not sent
    assert "X-Trace" not in again.headers
    assert again.extensions["timeout"] == httpx.Timeout(30.0, connect=10.0).as_dict()
    http = wisedat.client.get_httpx_client()
    assert "X-Trace" not in http.headers and http.timeout == httpx.Timeout(30.0, connect=10.0)


def test_errors_are_typed(wisedat: Wisedat) -> None:
    with pytest.raises(WisedatNotFoundError) as caught:
        wisedat.products.retrieve(999_999)
    assert "list_products" in str(caught.value)
    with pytest.raises(WisedatValidationError):
        wisedat.products.create(ProductCreate(name="", description="", price=1, type_=ProductType.SERVICE))


def test_from_client_and_context_manager(mock: Mock) -> None:
    from erp_adapters import wisedat as adapter

    with Wisedat.from_client(adapter.connect(mock.url, **CREDENTIALS)) as client:
        assert client.company.get() is not None
    assert client.client.get_httpx_client().is_closed


@pytest.mark.exact_values
def test_async_client(mock: Mock, recorder: Recorder) -> None:
    async def run() -> tuple[list[object], ProductDetail, int]:
        hooks: dict[str, Any] = {"event_hooks": {"request": [recorder.arecord]}}
        async with AsyncWisedat(mock.url, **CREDENTIALS, httpx_args=hooks) as client:
            created = await client.products.create(
                ProductCreate(name="A1", description="caneca", price=2, type_=ProductType.SERVICE)
            )
            await client.products.create(
                ProductCreate(name="A2", description="caneca", price=2, type_=ProductType.SERVICE)
            )
            names: list[object] = [p.name async for p in client.products.list(limit=1)]
            detail = await client.products.retrieve(created.id, extra_headers={"X-Trace": "async"})
            raw = await client.products.with_raw_response.retrieve(created.id)
            return names, detail, raw.status_code

    names, detail, status = asyncio.run(run())
    assert names == ["A1", "A2"] and detail.name == "A1" and status == 200
    assert [r.headers.get("X-Trace") for r in recorder.requests if r.url.path == "/products"][-2:] == ["async", None]
