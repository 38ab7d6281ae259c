"""Customers over real HTTP: create, read back, the nullable-but-required fields, typed 400/404."""

from __future__ import annotations

import json

import httpx
import pytest
from gks4_client import AuthenticatedClient
from gks4_client.api.customers import create_customer, get_customer
from gks4_client.models import Address, AddressInput, Customer, CustomerCreate

from erp_adapters import errors, gks4
from tests.gks4.conftest import CREDENTIALS, Mock


def _new(number: str | None) -> CustomerCreate:
    return CustomerCreate(
        name="Sörmlands Etikett AB", number=number, invoice_email=None, corporate_identity_number="556123-4567"
    )


@pytest.mark.exact_values
def test_created_customer_reads_back_field_for_field(client: AuthenticatedClient) -> None:
    body = CustomerCreate(
        name="Sörmlands Etikett AB",
        number="K300001",
        invoice_email="faktura@etikett.example",
        corporate_identity_number="556123-4567",
        postal_address=AddressInput(
            address1="Industrivägen 4", address2=None, city="Nyköping", zip_code="611 38", country_code="SE"
        ),
    )
    assert gks4.call(create_customer.sync_detailed, client=client, body=body) is None  # 200 without a body
    customer = gks4.expect(Customer, get_customer.sync_detailed, client=client, customer_number="K300001")
    assert (customer.name, customer.number, customer.invoice_email, customer.corporate_identity_number) == (
        "Sörmlands Etikett AB",
        "K300001",
        "faktura@etikett.example",
        "556123-4567",
    )
    assert isinstance(customer.postal_address, Address)
    assert customer.postal_address.to_dict() == {
        "address1": "Industrivägen 4",
        "city": "Nyköping",
        "zipCode": "611 38",
        "countryCode": "SE",
    }


def test_required_nullable_fields_are_sent_as_explicit_nulls(mock: Mock) -> None:
    sent: list[httpx.Request] = []
    client = gks4.connect(
        mock.url, token_url=mock.token_url, httpx_args={"event_hooks": {"request": [sent.append]}}, **CREDENTIALS
    )
    gks4.call(create_customer.sync_detailed, client=client, body=_new(None))
    body = json.loads(sent[-1].content)
    assert body["number"] is None and body["invoiceEmail"] is None
    assert "postalAddress" not in body  # optional and unset: left out


@pytest.mark.exact_values
def test_null_number_gets_one_assigned(client: AuthenticatedClient) -> None:
    gks4.call(create_customer.sync_detailed, client=client, body=_new(None))
    customer = gks4.expect(Customer, get_customer.sync_detailed, client=client, customer_number="K200001")
    assert customer.name == "Sörmlands Etikett AB"
    assert not customer.invoice_email  # null is omitted by the server: Unset


def test_duplicate_number_is_a_typed_validation_error(client: AuthenticatedClient) -> None:
    with pytest.raises(gks4.GKS4ValidationError) as err:
        gks4.call(create_customer.sync_detailed, client=client, body=_new("K100421"))
    assert isinstance(err.value, errors.BadRequestError)
    assert err.value.status_code == 400
    assert "number: customer number 'K100421' is already in use" in err.value.vendor_message
    assert "create_customer (POST /api/v1/customers)" in str(err.value)


def test_missing_required_field_is_reported_by_name(mock: Mock, client: AuthenticatedClient) -> None:
    token = client.get_httpx_client().auth
    assert token is not None
    gks4.call(get_customer.sync_detailed, client=client, customer_number="K100421")  # obtain a token
    bearer = client.get_httpx_client().auth.cache.latest().access.reveal()  # type: ignore[union-attr]
    response = mock.http.post(
        "/api/v1/customers", json={"name": "X", "number": None}, headers={"Authorization": f"Bearer {bearer}"}
    )
    assert response.status_code == 400
    problems = json.dumps(response.json()["errors"])
    assert "invoiceEmail" in problems and "corporateIdentityNumber" in problems


def test_unknown_customer_is_a_typed_not_found_error(client: AuthenticatedClient) -> None:
    with pytest.raises(gks4.GKS4NotFoundError) as err:
        gks4.call(get_customer.sync_detailed, client=client, customer_number="K999999")
    assert isinstance(err.value, errors.NotFoundError)
    assert "no customer with number 'K999999'" in err.value.vendor_message
