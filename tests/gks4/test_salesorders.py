"""Sales orders over real HTTP: the full nested schema, read-only ``hasAllotments``, dates, enums, 404."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import httpx
import pytest
from gks4_client import AuthenticatedClient
from gks4_client.api.salesorders import create_sales_order
from gks4_client.models import (
    AddressInput,
    Allotment,
    BillingContact,
    LanguageCode,
    SalesOrderCreate,
    SalesOrderCreated,
    SalesOrderLine,
    ShipTo,
)

from erp_adapters import errors, gks4
from tests.gks4.conftest import CREDENTIALS, Mock

DELIVERY = dt.datetime(2025, 6, 1, 0, 53, 39, 312000, tzinfo=dt.UTC)


def _order(**changes: Any) -> SalesOrderCreate:
    fields: dict[str, Any] = {
        "customer_number": "K100421",
        "billing_company_info": None,
        "bill_to": None,
        "ship_to": None,
        "order_title": "Vårkatalog 2025",
        "promised_delivery_date": DELIVERY,
        "ordered": None,
        "purchase_order_number": "PO-4411",
        "is_export": False,
        "is_export_within_eu": False,
        "language_code": LanguageCode.SV,
        "currency_code": "SEK",
        "note_from_customer": None,
    }
    fields.update(changes)
    return SalesOrderCreate(**fields)


def _lines() -> list[SalesOrderLine]:
    split = [
        Allotment(
            qty_to_ship=600,
            ship_to=ShipTo(
                recipient_name="Butik Centrum",
                address=AddressInput(address1="Storgatan 1", city="Stockholm", zip_code="114 44", country_code="SE"),
                contact_email="centrum@example.se",
            ),
        ),
        Allotment(qty_to_ship=400, ship_to=ShipTo(recipient_name="Butik Syd")),
    ]
    return [
        SalesOrderLine(
            article_number="KAT-25",
            description="Katalog A4",
            quantity=1000,
            unit_price=12.5,
            vat_percent=25,
            profit_center_code="14",
            ship_orderline=True,
            allotments=split,
        ),
        SalesOrderLine(article_number="FRAKT", quantity=1, unit_price=450, ship_orderline=False),
    ]


def test_full_order_round_trips_and_returns_its_number(client: AuthenticatedClient, mock: Mock) -> None:
    contact = BillingContact(first_name="Anna", last_name="Berg", email="anna@example.se", e_invoice_code="PEPPOL-1")
    created = gks4.expect(
        SalesOrderCreated,
        create_sales_order.sync_detailed,
        client=client,
        body=_order(billing_contact=contact, sales_orderlines=_lines()),
    )
    assert created.order_number == 50001
    stored = mock.sales_order(created.order_number)
    assert stored["billingContact"] == {
        "firstName": "Anna",
        "lastName": "Berg",
        "email": "anna@example.se",
        "phone": None,
        "phoneMobile": None,
        "eInvoiceCode": "PEPPOL-1",
    }
    first, second = stored["salesOrderlines"]
    assert [a["qtyToShip"] for a in first["allotments"]] == [600, 400]
    assert first["allotments"][0]["shipTo"]["address"]["zipCode"] == "114 44"
    assert (second["articleNumber"], second["allotments"]) == ("FRAKT", None)
    assert stored["promisedDeliveryDate"] == "2025-06-01T00:53:39.312000Z"
    assert stored["languageCode"] == "sv" and stored["hasAllotments"] is True
    assert gks4.call(create_sales_order.sync_detailed, client=client, body=_order()).order_number == 50002  # type: ignore[union-attr]


def test_has_allotments_is_read_only(client: AuthenticatedClient, mock: Mock) -> None:
    body = _order(has_allotments=True, sales_orderlines=[SalesOrderLine(article_number="A", quantity=1)])
    created = gks4.expect(SalesOrderCreated, create_sales_order.sync_detailed, client=client, body=body)
    assert mock.sales_order(created.order_number)["hasAllotments"] is False


def test_nullable_required_fields_are_sent_as_nulls(mock: Mock) -> None:
    sent: list[httpx.Request] = []
    client = gks4.connect(
        mock.url, token_url=mock.token_url, httpx_args={"event_hooks": {"request": [sent.append]}}, **CREDENTIALS
    )
    body = _order(order_title=None, promised_delivery_date=None, language_code=None, currency_code=None)
    gks4.call(create_sales_order.sync_detailed, client=client, body=body)
    sent_body = json.loads(sent[-1].content)
    for key in (
        "billingCompanyInfo",
        "billTo",
        "shipTo",
        "orderTitle",
        "promisedDeliveryDate",
        "ordered",
        "languageCode",
        "currencyCode",
        "noteFromCustomer",
    ):
        assert key in sent_body and sent_body[key] is None
    assert "hasAllotments" not in sent_body


def test_unknown_customer_number_is_a_typed_not_found_error(client: AuthenticatedClient) -> None:
    with pytest.raises(gks4.GKS4NotFoundError) as err:
        gks4.call(create_sales_order.sync_detailed, client=client, body=_order(customer_number="K000000"))
    assert isinstance(err.value, errors.NotFoundError)
    assert "create_sales_order (POST /api/v1/salesorders)" in str(err.value)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"customer_number": ""}, "customerNumber"),  # min length 1
        ({"promised_delivery_date": dt.datetime(2025, 6, 1, 12, 0)}, "promisedDeliveryDate"),  # no UTC offset
        ({"currency_code": "kronor"}, "currencyCode"),
    ],
)
def test_invalid_values_are_typed_validation_errors(
    client: AuthenticatedClient, changes: dict[str, Any], field: str
) -> None:
    with pytest.raises(gks4.GKS4ValidationError) as err:
        gks4.call(create_sales_order.sync_detailed, client=client, body=_order(**changes))
    assert field in err.value.vendor_message


def test_language_code_outside_sv_no_en_is_refused(client: AuthenticatedClient, mock: Mock) -> None:
    with pytest.raises(ValueError, match="'text' is not a valid LanguageCode"):
        LanguageCode("text")  # the client cannot even build it
    gks4.call(create_sales_order.sync_detailed, client=client, body=_order())
    bearer = client.get_httpx_client().auth.cache.latest().access.reveal()  # type: ignore[union-attr]
    raw = _order().to_dict() | {"languageCode": "text"}
    response = mock.http.post("/api/v1/salesorders", json=raw, headers={"Authorization": f"Bearer {bearer}"})
    assert response.status_code == 400
    assert "languageCode" in json.dumps(response.json()["errors"])
    for code in ("sv", "no", "en", None):
        ok = mock.http.post(
            "/api/v1/salesorders", json=raw | {"languageCode": code}, headers={"Authorization": f"Bearer {bearer}"}
        )
        assert ok.status_code == 200, code
