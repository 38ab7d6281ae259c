"""Responses that drift from the spec never escape as KeyError/ValueError/TypeError from generated code.

The mock's ``/_mock/next-response`` control makes it answer the next ``GET /products`` with a crafted
body, over real HTTP; the client either parses it (keeping every byte of data) or raises
``WisedatParseError`` carrying the status and the raw body.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from wisedat_client import AuthenticatedClient
from wisedat_client.api.products import list_products
from wisedat_client.models import ProductDetail, ProductListResponse

from erp_adapters import wisedat
from tests.wisedat.conftest import Mock

DETAIL = {"id": 5, "name": "BOLT", "price": 1.5, "type": 1, "tax": {"id": "NO", "value": 23.0, "type": 3}}


def _get(client: AuthenticatedClient, mock: Mock, body: Any, status: int = 200) -> Any:
    mock.next_response("GET", "/products", status, body)
    return wisedat.call(list_products.sync_detailed, client=client, id=5)


def test_extra_field_is_kept(client: AuthenticatedClient, mock: Mock) -> None:
    product = _get(client, mock, {**DETAIL, "brand_new_field": {"nested": [1, 2]}})
    assert isinstance(product, ProductDetail)
    assert product.additional_properties["brand_new_field"] == {"nested": [1, 2]}


def test_missing_optional_fields_parse(client: AuthenticatedClient, mock: Mock) -> None:
    product = _get(client, mock, {"id": 5})
    assert isinstance(product, ProductDetail) and product.id == 5
    assert not product.name and not product.price  # Unset, falsy


def test_unknown_enum_value_is_a_typed_parse_error(client: AuthenticatedClient, mock: Mock) -> None:
    body = {**DETAIL, "type": 9}
    with pytest.raises(wisedat.WisedatParseError) as err:
        _get(client, mock, body)
    assert err.value.status_code == 200
    assert json.loads(err.value.body) == body
    assert isinstance(err.value.__cause__, ValueError)
    assert "list_products (GET /products)" in str(err.value)


def test_id_sent_as_string_is_a_parse_error_naming_the_field(client: AuthenticatedClient, mock: Mock) -> None:
    """The spec declares an integer: a string there is drift, never kept in an ``int`` field (issue 8)."""
    with pytest.raises(wisedat.WisedatParseError) as err:
        _get(client, mock, {**DETAIL, "id": "5"})
    assert "id: expected an integer, got a string" in str(err.value)
    assert isinstance(err.value.__cause__, TypeError)


def test_list_without_required_envelope_key_is_a_typed_parse_error(client: AuthenticatedClient, mock: Mock) -> None:
    body = {"products": [{"id": 1}]}  # no "pagination"
    mock.next_response("GET", "/products", 200, body)
    with pytest.raises(wisedat.WisedatParseError) as err:
        wisedat.call(list_products.sync_detailed, client=client)
    assert err.value.status_code == 200 and json.loads(err.value.body) == body


def test_list_item_missing_its_id_is_a_typed_parse_error(client: AuthenticatedClient, mock: Mock) -> None:
    body = {
        "pagination": {"limit": 50, "page": 1, "number_pages": 1, "number_items": 1},
        "products": [{"name": "no id"}],
    }
    mock.next_response("GET", "/products", 200, body)
    with pytest.raises(wisedat.WisedatParseError):
        wisedat.expect(ProductListResponse, list_products.sync_detailed, client=client)


def test_body_that_is_not_json_is_a_typed_parse_error(client: AuthenticatedClient, mock: Mock) -> None:
    with pytest.raises(wisedat.WisedatParseError) as err:
        _get(client, mock, "<html>maintenance</html>")
    assert err.value.body == b"<html>maintenance</html>"


@pytest.mark.parametrize(
    ("status", "error"), [(599, wisedat.WisedatServerError), (499, wisedat.WisedatUnexpectedStatusError)]
)
def test_non_standard_status_codes_are_typed_errors(
    client: AuthenticatedClient, mock: Mock, status: int, error: type[Exception]
) -> None:
    """``HTTPStatus(599)`` raises ValueError inside generated code; the caller reports the real status."""
    with pytest.raises(error) as err:
        _get(client, mock, {"errors": ["odd gateway"]}, status=status)
    assert getattr(err.value, "status_code", None) == status
    assert "odd gateway" in str(err.value)


def test_error_body_that_is_not_the_envelope_still_gives_a_typed_error(client: AuthenticatedClient, mock: Mock) -> None:
    with pytest.raises(wisedat.WisedatNotFoundError) as err:
        _get(client, mock, "Product not here", status=404)
    assert err.value.vendor_message == "Product not here"


def test_programming_errors_are_not_disguised(client: AuthenticatedClient) -> None:
    """A wrong argument is the caller's bug: it stays a TypeError, not a vendor error."""
    with pytest.raises(TypeError):
        wisedat.call(list_products.sync_detailed, client=client, no_such_parameter=1)  # type: ignore[call-arg]
