"""Quickstart lists over real HTTP: the filter wire format, sort, Laravel pages, metadata, timestamps."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import pytest
from quickstart_client import AuthenticatedClient
from quickstart_client.api.customers import get_customer, list_customers
from quickstart_client.api.invoices import get_invoice, list_invoices
from quickstart_client.api.orders import get_order, list_orders
from quickstart_client.models import Customer, CustomerPage, Invoice, InvoicePage, ListFilter, Order, OrderPage
from quickstart_client.types import UNSET

from erp_adapters import errors, quickstart
from tests.quickstart.conftest import Mock

# -- filter[field]=v1,v2 -------------------------------------------------------------------------


def test_filter_goes_out_in_the_documented_wire_format(client: AuthenticatedClient, mock: Mock) -> None:
    """httpx percent-encodes the brackets and the comma; the server decodes them to filter[status]=open,paid."""
    page = quickstart.expect(
        OrderPage, list_orders.sync_detailed, client=client, filter_=quickstart.filters(status=["open", "paid"])
    )
    assert mock.queries() == ["filter%5Bstatus%5D=open%2Cpaid"]
    statuses = {order.additional_properties["status"] for order in page.data}
    assert statuses == {"open", "paid"} and page.total == 18


def test_generated_filter_model_alone_sends_the_wrong_wire_format(client: AuthenticatedClient, mock: Mock) -> None:
    """The gap filters() closes: the generator ignores deepObject, so field-name keys go out bare."""
    page = quickstart.expect(
        OrderPage, list_orders.sync_detailed, client=client, filter_=ListFilter.from_dict({"status": "open,paid"})
    )
    assert mock.queries() == ["status=open%2Cpaid"]
    assert page.total == 36  # not a filter for the server: nothing was filtered out


def test_several_fields_must_all_match(client: AuthenticatedClient, mock: Mock) -> None:
    only = quickstart.filters({"status": "active"}, country=("PT", "ES"))
    customers = list(quickstart.paginate(list_customers.sync_detailed, client=client, filter_=only))
    assert customers and all(c["status"] == "active" and c["country"] in ("PT", "ES") for c in customers)
    assert mock.queries()[0] == "page=1&filter%5Bstatus%5D=active&filter%5Bcountry%5D=PT%2CES"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"status": "open,paid"}, "without commas"),
        ({"status": []}, "at least one"),
        ({"status": [""]}, "non-empty"),
        ({"a]b": "x"}, "not a field name"),
        ({"": "x"}, "not a field name"),
    ],
)
def test_filters_refuses_what_the_format_cannot_express(fields: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        quickstart.filters(fields)


def test_filter_on_a_field_the_server_does_not_allow_is_a_validation_error(client: AuthenticatedClient) -> None:
    with pytest.raises(quickstart.QuickstartValidationError) as err:
        quickstart.call(list_customers.sync_detailed, client=client, filter_=quickstart.filters(password="x"))
    assert isinstance(err.value, errors.BadRequestError)
    assert "filtering on password is not allowed" in err.value.vendor_message


# -- sort=field / sort=-field ----------------------------------------------------------------------


def test_sort_ascending_and_descending(client: AuthenticatedClient, mock: Mock) -> None:
    ascending = [c["name"] for c in quickstart.paginate(list_customers.sync_detailed, client=client, sort="name")]
    descending = quickstart.paginate(
        list_customers.sync_detailed, client=client, sort=quickstart.sort("name", descending=True)
    )
    assert ascending == sorted(ascending) and len(ascending) == 40
    assert [c["name"] for c in descending] == ascending[::-1]
    assert mock.queries()[0] == "page=1&sort=name" and mock.queries()[3] == "page=1&sort=-name"


@pytest.mark.exact_values
def test_sort_by_timestamp_orders_chronologically(client: AuthenticatedClient) -> None:
    orders = list(quickstart.paginate(list_orders.sync_detailed, client=client, sort="-created_at"))
    created = [quickstart.parse_timestamp(o.created_at) for o in orders]
    assert created == sorted(created, reverse=True)  # type: ignore[type-var]


def test_sort_on_an_unknown_field_is_a_validation_error(client: AuthenticatedClient) -> None:
    with pytest.raises(quickstart.QuickstartValidationError, match="sorting by secret is not allowed"):
        quickstart.call(list_orders.sync_detailed, client=client, sort="-secret")


# -- pagination ------------------------------------------------------------------------------------


def test_page_envelope_has_every_laravel_key(client: AuthenticatedClient, mock: Mock) -> None:
    page = quickstart.expect(CustomerPage, list_customers.sync_detailed, client=client, page=2)
    path = f"{mock.url}/customers"
    assert (page.total, page.per_page, page.current_page, page.last_page) == (40, 15, 2, 3)
    assert (page.from_, page.to) == (16, 30)
    assert (page.first_page_url, page.last_page_url) == (f"{path}?page=1", f"{path}?page=3")
    assert (page.prev_page_url, page.next_page_url, page.path) == (f"{path}?page=1", f"{path}?page=3", path)
    assert [c.id for c in page.data] == list(range(16, 31))
    last = quickstart.expect(CustomerPage, list_customers.sync_detailed, client=client, page=3)
    assert (last.next_page_url, last.from_, last.to, len(last.data)) == (None, 31, 40, 10)
    beyond = quickstart.expect(CustomerPage, list_customers.sync_detailed, client=client, page=9)
    assert (beyond.data, beyond.from_, beyond.to, beyond.current_page) == ([], None, None, 9)


def test_pagination_depends_on_the_role_unless_page_is_sent(
    client: AuthenticatedClient, agent_client: AuthenticatedClient
) -> None:
    assert isinstance(quickstart.call(list_customers.sync_detailed, client=client), CustomerPage)  # admin: on
    everything = quickstart.call(list_customers.sync_detailed, client=agent_client)  # agent: off
    assert isinstance(everything, list) and len(everything) == 40 and isinstance(everything[0], Customer)
    assert isinstance(quickstart.call(list_customers.sync_detailed, client=agent_client, page=1), CustomerPage)


def test_paginate_walks_every_page_once(agent_client: AuthenticatedClient, mock: Mock) -> None:
    customers = list(quickstart.paginate(list_customers.sync_detailed, client=agent_client))
    assert [c.id for c in customers] == list(range(1, 41))
    assert mock.queries() == ["page=1", "page=2", "page=3"]


def test_apaginate_walks_every_page(client: AuthenticatedClient) -> None:
    async def collect() -> list[Any]:
        return [o async for o in quickstart.apaginate(list_orders.asyncio_detailed, client=client, sort="id")]

    assert [o.id for o in asyncio.run(collect())] == list(range(1, 37))


# -- invoices: metadata ----------------------------------------------------------------------------


def test_metadata_holds_aggregates_over_the_whole_list(client: AuthenticatedClient, mock: Mock) -> None:
    page = quickstart.expect(InvoicePage, list_invoices.sync_detailed, client=client, page=1, metadata=True)
    assert mock.queries() == ["page=1&metadata=true"]
    everything = list(quickstart.paginate(list_invoices.sync_detailed, client=client))
    assert len(page.data) == 15 and len(everything) == 31
    aggregates = page.metadata.additional_properties  # type: ignore[union-attr]
    assert aggregates["count"] == 31
    for key, field in (("total_sum", "total"), ("tax_sum", "tax"), ("net_sum", "net")):
        assert aggregates[key] == pytest.approx(sum(i[field] for i in everything))


def test_metadata_only_when_asked_and_only_on_pages(
    client: AuthenticatedClient, agent_client: AuthenticatedClient
) -> None:
    assert quickstart.expect(InvoicePage, list_invoices.sync_detailed, client=client, page=1).metadata is UNSET
    plain = quickstart.call(list_invoices.sync_detailed, client=agent_client, metadata=True)
    assert isinstance(plain, list) and len(plain) == 31  # not paginated: no place for metadata


# -- records and timestamps ------------------------------------------------------------------------


def test_detail_endpoints_and_typed_not_found(client: AuthenticatedClient) -> None:
    assert (
        quickstart.expect(Customer, get_customer.sync_detailed, client=client, id=7).additional_properties["name"]
        == "Customer 007"
    )
    assert (
        quickstart.expect(Order, get_order.sync_detailed, client=client, id=3).additional_properties["number"]
        == "ORD-0003"
    )
    assert quickstart.expect(Invoice, get_invoice.sync_detailed, client=client, id=31).id == 31
    with pytest.raises(quickstart.QuickstartNotFoundError) as err:
        quickstart.call(get_invoice.sync_detailed, client=client, id=32)
    assert isinstance(err.value, errors.NotFoundError)
    assert "get_invoice (GET /invoices/32)" in str(err.value) and "no record with id 32" in str(err.value)


@pytest.mark.exact_values
def test_timestamps_stay_strings_in_models_and_parse_with_the_helper(client: AuthenticatedClient) -> None:
    order = quickstart.expect(Order, get_order.sync_detailed, client=client, id=1)
    assert order.created_at == "2024-02-07 17:53:00"  # the generated model keeps the vendor's string
    assert quickstart.parse_timestamp(order.created_at) == dt.datetime(2024, 2, 7, 17, 53, 0)
    updated = quickstart.parse_timestamp(order.updated_at, tz=dt.UTC)
    assert updated is not None and updated.tzinfo is dt.UTC


@pytest.mark.parametrize(
    "value", ["2019-01-01T01:01:01", "2019-01-01 01:01", "2019-13-01 01:01:01", "2019-1-1 1:1:1", ""]
)
def test_parse_timestamp_refuses_other_formats(value: str) -> None:
    with pytest.raises(ValueError, match="not a Quickstart timestamp"):
        quickstart.parse_timestamp(value)


def test_parse_timestamp_passes_null_and_absent_through() -> None:
    assert quickstart.parse_timestamp(None) is None
    assert quickstart.parse_timestamp(UNSET) is None
    assert quickstart.parse_timestamp("2019-01-01 01:01:01") == dt.datetime(2019, 1, 1, 1, 1, 1)


def test_server_reads_the_filter_encoded_or_not(client: AuthenticatedClient, mock: Mock) -> None:
    quickstart.call(list_orders.sync_detailed, client=client, filter_=quickstart.filters(status=["open", "paid"]))
    bearer = client.get_httpx_client().auth.cache.latest().access.reveal()  # type: ignore[union-attr]
    raw = mock.http.get("/orders?filter[status]=open,paid", headers={"Authorization": f"Bearer {bearer}"})
    assert raw.json()["total"] == 18
    assert mock.queries() == ["filter%5Bstatus%5D=open%2Cpaid", "filter[status]=open,paid"]
