"""A call whose login or token endpoint cannot be reached names that endpoint as well as the operation.

E.g. a GKS4 client pointed at a mock without ``token_url=`` goes to the default identity server; the
error must say so: ``get_customer (GET /api/v1/customers/K1): could not reach the token endpoint
https://…/connect/token: …`` — still the vendor's ``TransportError``, without secrets.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from typing import Any

import pytest
from gks4_client import AuthenticatedClient
from gks4_client.api.customers import get_customer

from erp_adapters import errors, gks4
from tests.adapters.rawserver import RawServer
from tests.adapters.vendors import VENDORS, Vendor, assert_no_secret

BY_NAME = {v.name: v for v in VENDORS}


def _unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _gks4(token_url: str, **options: Any) -> AuthenticatedClient:
    with RawServer(lambda _path, _sock: None) as api:  # the API itself is never reached
        base = api.url
    options.setdefault("deadline", 10)
    return gks4.connect(base, client_id="app", client_secret="gks4-client-secret", token_url=token_url, **options)


def test_unreachable_token_endpoint_is_named_with_the_operation() -> None:
    token_url = f"http://127.0.0.1:{_unused_port()}/connect/token"
    client = _gks4(token_url + "?tenant=tenant-secret-value")
    with pytest.raises(gks4.GKS4TransportError) as err:
        gks4.call(get_customer.sync_detailed, "K1", client=client)
    message = str(err.value)
    assert message.startswith(
        f"get_customer (GET /api/v1/customers/K1): could not reach the token endpoint {token_url}: "
    )
    assert "ConnectError" in message
    assert err.value.endpoint == f"the token endpoint {token_url}"
    assert_no_secret(err.value, "gks4-client-secret", "tenant-secret-value")


def test_unreachable_token_endpoint_is_named_async() -> None:
    token_url = f"http://127.0.0.1:{_unused_port()}/connect/token"
    client = _gks4(token_url)
    with pytest.raises(gks4.GKS4TransportError) as err:
        asyncio.run(gks4.acall(get_customer.asyncio_detailed, "K1", client=client))
    assert f"get_customer (GET /api/v1/customers/K1): could not reach the token endpoint {token_url}: " in str(
        err.value
    )


def test_silent_token_endpoint_past_the_deadline_is_named() -> None:
    release = threading.Event()

    def hold(_path: str, _sock: socket.socket) -> None:
        release.wait(10)  # accept, read the request, never answer

    with RawServer(hold) as silent:
        token_url = silent.url + "/connect/token"
        client = _gks4(token_url, deadline=1.5)
        try:
            with pytest.raises(gks4.GKS4TransportError) as err:
                gks4.call(get_customer.sync_detailed, "K1", client=client)
        finally:
            release.set()
    assert isinstance(err.value, errors.DeadlineExceededError)
    assert f"could not reach the token endpoint {token_url}: the call's deadline passed" in str(err.value)


@pytest.mark.parametrize(
    ("name", "what"),
    [
        ("wisedat", "login endpoint"),
        ("egestor", "token endpoint"),
        ("gestix", "login endpoint"),
        ("gks4", "token endpoint"),
    ],
)
def test_every_vendor_names_its_unreachable_login(name: str, what: str) -> None:
    vendor: Vendor = BY_NAME[name]
    base = f"http://127.0.0.1:{_unused_port()}"
    client = vendor.client(base, timeout=5.0)
    with pytest.raises(errors.TransportError) as err:
        vendor.call(client)
    assert isinstance(err.value, vendor.root)
    assert f": could not reach the {what} {base}/" in str(err.value)
    assert_no_secret(err.value)


def test_an_unreachable_api_is_still_no_http_answer() -> None:
    vendor = BY_NAME["quickstart"]  # starts from a stored, valid token: no login first
    client = vendor.client(f"http://127.0.0.1:{_unused_port()}", timeout=5.0)
    with pytest.raises(errors.TransportError) as err:
        vendor.call(client)
    assert "no HTTP answer" in str(err.value) and err.value.endpoint is None
