"""Full create/read/update/delete round trips through the generated client + adapter, over HTTP."""

from __future__ import annotations

import datetime as dt

import pytest
from wisedat_client import AuthenticatedClient
from wisedat_client.api.customers import create_customer, delete_customer, list_customers, update_customer
from wisedat_client.api.products import create_product, delete_product, list_products, update_product
from wisedat_client.models import (
    Address,
    AddressInput,
    Country,
    CountryCode,
    CreatedInt,
    CustomerCreate,
    CustomerDetail,
    CustomerUpdate,
    ProductCreate,
    ProductDetail,
    ProductType,
    ProductUpdate,
    Tax,
)

from erp_adapters import wisedat


@pytest.mark.exact_values
def test_product_round_trip(client: AuthenticatedClient) -> None:
    body = ProductCreate(
        name="BOLT10",
        description="Bolt 10 mm",
        price=0.35,
        type_=ProductType.MERCHANDISE,
        barcode="5601234567890",
        tax="RE",
    )
    created = wisedat.expect(CreatedInt, create_product.sync_detailed, client=client, body=body)
    assert created.id > 0

    product = wisedat.expect(ProductDetail, list_products.sync_detailed, client=client, id=created.id)
    assert (product.name, product.description, product.price, product.type_) == (
        "BOLT10",
        "Bolt 10 mm",
        0.35,
        ProductType.MERCHANDISE,
    )
    assert isinstance(product.tax, Tax)
    assert product.tax.id == "RE" and product.tax.value == 6.0

    wisedat.call(
        update_product.sync_detailed,
        client=client,
        body=ProductUpdate(id=created.id, price=0.4, description="Bolt 10mm zinc"),
    )
    product = wisedat.expect(ProductDetail, list_products.sync_detailed, client=client, id=created.id)
    assert (product.price, product.description) == (0.4, "Bolt 10mm zinc")

    wisedat.call(delete_product.sync_detailed, client=client, id=created.id)
    with pytest.raises(wisedat.WisedatNotFoundError) as err:
        wisedat.call(list_products.sync_detailed, client=client, id=created.id)
    assert err.value.status_code == 404
    assert "list_products (GET /products)" in str(err.value)


@pytest.mark.exact_values
def test_customer_round_trip(client: AuthenticatedClient) -> None:
    address = AddressInput(
        street="Rua das Flores 12", city="Porto", postal_code="4050-262", country=CountryCode(iso_3166_1="PT")
    )
    body = CustomerCreate(
        code="C001",
        name="Café Central",
        country="PT",
        email="geral@cafe.example",
        billing_address=address,
        birthday=dt.date(1990, 5, 17),
    )
    created = wisedat.expect(CreatedInt, create_customer.sync_detailed, client=client, body=body)

    customer = wisedat.expect(CustomerDetail, list_customers.sync_detailed, client=client, id=created.id)
    assert (customer.code, customer.name, customer.email) == ("C001", "Café Central", "geral@cafe.example")
    assert isinstance(customer.billing_address, Address)
    assert isinstance(customer.billing_address.country, Country)
    assert customer.billing_address.postal_code == "4050-262"
    assert customer.billing_address.country.name == "Portugal"
    assert customer.birthday == dt.date(1990, 5, 17)

    wisedat.call(
        update_customer.sync_detailed,
        client=client,
        body=CustomerUpdate(id=created.id, phone="220000000", name="Café Central Lda"),
    )
    customer = wisedat.expect(CustomerDetail, list_customers.sync_detailed, client=client, id=created.id)
    assert (customer.phone, customer.name) == ("220000000", "Café Central Lda")

    wisedat.call(delete_customer.sync_detailed, client=client, id=created.id)
    with pytest.raises(wisedat.WisedatNotFoundError):
        wisedat.expect(CustomerDetail, list_customers.sync_detailed, client=client, id=created.id)


def test_validation_errors_carry_the_vendor_messages(client: AuthenticatedClient) -> None:
    address = AddressInput(street="Rua A", city="Lisboa", postal_code="1000", country=CountryCode(iso_3166_1="PT"))
    body = CustomerCreate(code="C002", name="Bad postal code", country="PT", billing_address=address)
    with pytest.raises(wisedat.WisedatValidationError) as err:
        wisedat.call(create_customer.sync_detailed, client=client, body=body)
    assert err.value.status_code == 400
    assert "postal_code" in err.value.vendor_message
    assert "create_customer (POST /customers)" in str(err.value)


def test_customer_needs_one_address(client: AuthenticatedClient) -> None:
    with pytest.raises(wisedat.WisedatValidationError, match="billing_address or shipping_address"):
        wisedat.call(
            create_customer.sync_detailed,
            client=client,
            body=CustomerCreate(code="C3", name="No address", country="PT"),
        )


def test_duplicate_product_name_is_rejected(client: AuthenticatedClient) -> None:
    body = ProductCreate(name="DUP", description="d", price=1, type_=ProductType.SERVICE)
    wisedat.call(create_product.sync_detailed, client=client, body=body)
    with pytest.raises(wisedat.WisedatValidationError, match="already in use"):
        wisedat.call(create_product.sync_detailed, client=client, body=body)


def test_portuguese_customer_needs_a_valid_nif(client: AuthenticatedClient) -> None:
    address = AddressInput(street="Rua B", city="Braga", country=CountryCode(iso_3166_1="PT"))
    bad = CustomerCreate(code="C4", name="Bad NIF", country="PT", tax_id="123456780", billing_address=address)
    with pytest.raises(wisedat.WisedatValidationError, match="NIF"):
        wisedat.call(create_customer.sync_detailed, client=client, body=bad)
    good = CustomerCreate(code="C5", name="Good NIF", country="PT", tax_id="501234560", billing_address=address)
    assert wisedat.expect(CreatedInt, create_customer.sync_detailed, client=client, body=good).id > 0
