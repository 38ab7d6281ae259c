"""A 415 answer is a clear kind: the vendor's bad-request error, as ``UnsupportedMediaTypeError``, saying why."""

from __future__ import annotations

import httpx
import pytest
from gks4_client.api.customers import get_customer

from erp_adapters import errors, gks4
from tests.adapters.vendors import VENDORS, Vendor

ids = [v.name for v in VENDORS]


@pytest.mark.parametrize("vendor", VENDORS, ids=ids)
def test_415_says_the_content_type_was_refused(vendor: Vendor) -> None:
    client = vendor.client("https://erp.test", lambda r: httpx.Response(415, text=""))
    with pytest.raises(errors.UnsupportedMediaTypeError) as err:
        vendor.call(client)
    error = err.value
    assert isinstance(error, errors.BadRequestError) and isinstance(error, vendor.root)
    assert type(error).__name__.endswith("UnsupportedMediaTypeError")
    assert error.status_code == 415
    assert "failed with HTTP 415: the server refused the request's content type" in str(error)


def test_415_from_the_token_endpoint_is_not_wrong_credentials() -> None:
    def route(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/connect/token":
            return httpx.Response(415, json={"error": "invalid_request", "error_description": "form expected"})
        return httpx.Response(200, json={"number": "K1", "name": "ACME"})

    client = gks4.connect(
        "https://gks4.test",
        client_id="app",
        client_secret="gks4-client-secret",
        token_url="https://gks4.test/connect/token",
        httpx_args={"transport": httpx.MockTransport(route)},
    )
    with pytest.raises(errors.UnsupportedMediaTypeError) as err:
        gks4.call(get_customer.sync_detailed, "K1", client=client)
    assert isinstance(err.value, gks4.GKS4ValidationError)
    assert not isinstance(err.value, errors.AuthenticationError)
    assert "refused the request's content type" in str(err.value) and "form expected" in str(err.value)
