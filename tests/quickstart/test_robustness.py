"""Server errors and drifting bodies become typed Quickstart errors, never bare generator exceptions."""

from __future__ import annotations

import json

import httpx
import pytest
from quickstart_client import AuthenticatedClient
from quickstart_client.api.customers import get_customer, list_customers
from quickstart_client.models import Customer

from erp_adapters import errors, quickstart
from tests.quickstart.conftest import APP, REDIRECT_URI, Mock


def test_server_error_is_typed(client: AuthenticatedClient, mock: Mock) -> None:
    mock.next_response("GET", "/customers/1", 503, {"message": "Service Unavailable"})
    with pytest.raises(quickstart.QuickstartServerError) as err:  # 503 is not in the spec: no crash either
        quickstart.call(get_customer.sync_detailed, client=client, id=1)
    assert isinstance(err.value, errors.ServerError) and err.value.vendor_message == "Service Unavailable"


def test_list_that_is_neither_page_nor_array_is_a_typed_parse_error(client: AuthenticatedClient, mock: Mock) -> None:
    body = {"total": 1, "data": [{"id": 1}]}  # no other pagination keys
    mock.next_response("GET", "/customers", 200, body)
    with pytest.raises(quickstart.QuickstartParseError) as err:
        quickstart.call(list_customers.sync_detailed, client=client, page=1)
    assert err.value.status_code == 200 and json.loads(err.value.body) == body


def test_record_without_id_is_a_typed_parse_error(client: AuthenticatedClient, mock: Mock) -> None:
    mock.next_response("GET", "/customers/5", 200, {"name": "no id"})
    with pytest.raises(quickstart.QuickstartParseError):
        quickstart.call(get_customer.sync_detailed, client=client, id=5)


def test_unknown_record_fields_are_kept(client: AuthenticatedClient, mock: Mock) -> None:
    mock.next_response("GET", "/customers/5", 200, {"id": 5, "vat": "PT500", "tags": ["a"], "created_at": None})
    customer = quickstart.expect(Customer, get_customer.sync_detailed, client=client, id=5)
    assert customer.additional_properties == {"vat": "PT500", "tags": ["a"]}
    assert customer.created_at is None and quickstart.parse_timestamp(customer.created_at) is None


def test_unreachable_token_endpoint_is_a_typed_transport_error(mock: Mock) -> None:
    client = quickstart.connect(
        mock.url, code="c", redirect_uri=REDIRECT_URI, token_url="http://127.0.0.1:9/oauth/token", timeout=2, **APP
    )
    with pytest.raises(quickstart.QuickstartTransportError):
        quickstart.call(get_customer.sync_detailed, client=client, id=1)


def test_connect_sets_a_timeout_the_generator_does_not() -> None:
    assert AuthenticatedClient("http://127.0.0.1:9", token="").get_httpx_client().timeout == httpx.Timeout(None)
    client = quickstart.connect("http://127.0.0.1:9", code="c", redirect_uri=REDIRECT_URI, **APP)
    timeout = client.get_httpx_client().timeout
    assert (timeout.read, timeout.connect) == (30.0, 10.0)
