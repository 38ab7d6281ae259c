"""Server errors, drifting bodies and dead hosts become typed GKS4 errors; nothing secret leaks."""

from __future__ import annotations

import json
import logging

import httpx
import pytest
from gks4_client import AuthenticatedClient
from gks4_client.api.customers import get_customer
from gks4_client.api.salesorders import create_sales_order
from gks4_client.models import Customer, SalesOrderCreate

from erp_adapters import errors, gks4
from tests.gks4.conftest import CREDENTIALS, Mock

ORDER = SalesOrderCreate.from_dict(
    {
        "customerNumber": "K100421",
        "billingCompanyInfo": None,
        "billTo": None,
        "shipTo": None,
        "orderTitle": None,
        "promisedDeliveryDate": None,
        "ordered": None,
        "purchaseOrderNumber": "",
        "isExport": False,
        "isExportWithinEu": False,
        "languageCode": None,
        "currencyCode": None,
        "noteFromCustomer": None,
    }
)


def test_documented_500_is_a_typed_server_error(client: AuthenticatedClient, mock: Mock) -> None:
    mock.next_response("GET", "/api/v1/customers/K100421", 500, {"title": "Server error", "detail": "try later"})
    with pytest.raises(gks4.GKS4ServerError) as err:
        gks4.call(get_customer.sync_detailed, client=client, customer_number="K100421")
    assert isinstance(err.value, errors.ServerError)
    assert err.value.vendor_message == "Server error; try later"


def test_undocumented_status_is_typed_not_a_crash(client: AuthenticatedClient, mock: Mock) -> None:
    mock.next_response("GET", "/api/v1/customers/K100421", 599, "odd")
    with pytest.raises(gks4.GKS4ServerError) as err:  # HTTPStatus(599) would raise ValueError in generated code
        gks4.call(get_customer.sync_detailed, client=client, customer_number="K100421")
    assert err.value.status_code == 599


def test_error_body_that_is_not_problem_details_falls_back_to_text(client: AuthenticatedClient, mock: Mock) -> None:
    mock.next_response("GET", "/api/v1/customers/K1", 404, "<html>gone fishing</html>")
    with pytest.raises(gks4.GKS4NotFoundError) as err:
        gks4.call(get_customer.sync_detailed, client=client, customer_number="K1")
    assert err.value.vendor_message == "<html>gone fishing</html>"


def test_success_without_order_number_is_a_typed_parse_error(client: AuthenticatedClient, mock: Mock) -> None:
    mock.next_response("POST", "/api/v1/salesorders", 200, {"number": 7})
    with pytest.raises(gks4.GKS4ParseError) as err:
        gks4.call(create_sales_order.sync_detailed, client=client, body=ORDER)
    assert err.value.status_code == 200
    assert json.loads(err.value.body) == {"number": 7}
    assert isinstance(err.value.__cause__, KeyError)


def test_extra_customer_fields_are_kept(client: AuthenticatedClient, mock: Mock) -> None:
    mock.next_response("GET", "/api/v1/customers/K9", 200, {"number": "K9", "vatNumber": "SE556"})
    customer = gks4.expect(Customer, get_customer.sync_detailed, client=client, customer_number="K9")
    assert customer.additional_properties == {"vatNumber": "SE556"}


def test_unreachable_identity_server_is_a_typed_transport_error(mock: Mock) -> None:
    client = gks4.connect(mock.url, token_url="http://127.0.0.1:9/connect/token", timeout=2, **CREDENTIALS)
    with pytest.raises(gks4.GKS4TransportError) as err:
        gks4.call(get_customer.sync_detailed, client=client, customer_number="K100421")
    assert isinstance(err.value, errors.TransportError)


def test_connect_sets_a_timeout_the_generator_does_not() -> None:
    assert AuthenticatedClient("http://127.0.0.1:9", token="").get_httpx_client().timeout == httpx.Timeout(None)
    client = gks4.connect("http://127.0.0.1:9", **CREDENTIALS)
    timeout = client.get_httpx_client().timeout
    assert (timeout.read, timeout.connect) == (30.0, 10.0)


def test_nothing_secret_in_reprs_logs_or_errors(
    client: AuthenticatedClient, mock: Mock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    gks4.call(get_customer.sync_detailed, client=client, customer_number="K100421")
    with pytest.raises(gks4.GKS4NotFoundError) as not_found:
        gks4.call(get_customer.sync_detailed, client=client, customer_number="K0")
    auth = client.get_httpx_client().auth
    token = auth.cache.latest()  # type: ignore[union-attr]
    assert token is not None
    secrets = [CREDENTIALS["client_secret"], token.access.reveal()]
    texts = [repr(client), repr(auth), repr(auth.provider), repr(token), caplog.text, str(not_found.value)]  # type: ignore[union-attr]
    for text in texts:
        for secret in secrets:
            assert secret not in text
