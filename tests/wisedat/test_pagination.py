"""Pagination across several pages, sync and async, through the adapter's iterator."""

from __future__ import annotations

import asyncio

import pytest
from wisedat_client import AuthenticatedClient
from wisedat_client.api.countries import list_countries
from wisedat_client.api.products import create_product, list_products
from wisedat_client.models import ProductCreate, ProductListResponse, ProductType

from erp_adapters import wisedat
from tests.wisedat.conftest import Mock


def _seed(client: AuthenticatedClient, count: int) -> None:
    for index in range(count):
        body = ProductCreate(
            name=f"P{index:03d}", description=f"product {index}", price=index, type_=ProductType.SERVICE
        )
        wisedat.call(create_product.sync_detailed, client=client, body=body)


@pytest.mark.exact_values
def test_paginate_walks_every_page(client: AuthenticatedClient, mock: Mock) -> None:
    _seed(client, 23)
    before = mock.count("list_products")
    names = [p.name for p in wisedat.paginate(list_products.sync_detailed, client=client, limit=5)]
    assert names == [f"P{i:03d}" for i in range(23)]
    assert mock.count("list_products") - before == 5  # 5 + 5 + 5 + 5 + 3


@pytest.mark.exact_values
def test_paginate_passes_filters(client: AuthenticatedClient) -> None:
    _seed(client, 12)
    found = [p.name for p in wisedat.paginate(list_products.sync_detailed, client=client, limit=2, query="product 1")]
    assert found == ["P001", "P010", "P011"]


def test_page_envelope_numbers(client: AuthenticatedClient) -> None:
    _seed(client, 7)
    page = wisedat.expect(ProductListResponse, list_products.sync_detailed, client=client, limit=3, page=3)
    assert (page.pagination.page, page.pagination.number_pages, page.pagination.number_items) == (3, 3, 7)
    assert [p.name for p in page.products] == ["P006"]


def test_bare_array_lists_are_one_page(client: AuthenticatedClient) -> None:
    codes = [c.iso_3166_1 for c in wisedat.paginate(list_countries.sync_detailed, client=client)]
    assert "PT" in codes and len(codes) == len(set(codes))


@pytest.mark.exact_values
def test_async_paginate(client: AuthenticatedClient) -> None:
    _seed(client, 11)

    async def collect() -> list[str]:
        return [p.name async for p in wisedat.apaginate(list_products.asyncio_detailed, client=client, limit=4)]

    assert asyncio.run(collect()) == [f"P{i:03d}" for i in range(11)]
