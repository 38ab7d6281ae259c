"""Typed errors for every way a Gestix call can fail, and no secret in any of them (or in reprs and logs)."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest
from gestix_client import AuthenticatedClient
from gestix_client.api.customers import list_customers
from gestix_client.api.invoices import create_invoice
from gestix_client.api.status import get_status
from gestix_client.models import InvoiceCreate

from erp_adapters import errors, gestix
from erp_adapters.auth import TokenAuth
from erp_adapters.nonce import NonceAuth
from tests.gestix.conftest import ACCOUNT, API_TOKEN, PASSWORD, USERNAME, Mock


@pytest.mark.parametrize(
    ("status", "kind", "neutral"),
    [
        (400, gestix.GestixValidationError, errors.BadRequestError),
        (401, gestix.GestixAuthenticationError, errors.AuthenticationError),
        (409, gestix.GestixNonceError, errors.ConflictError),
        (500, gestix.GestixServerError, errors.ServerError),
        (418, gestix.GestixUnexpectedStatusError, errors.UnexpectedStatusError),
    ],
)
def test_status_maps_to_typed_error_with_vendor_message(
    client: AuthenticatedClient, mock: Mock, status: int, kind: type[Exception], neutral: type[Exception]
) -> None:
    gestix.call(get_status.sync_detailed, client=client)  # logged in, so a canned 401 reaches the call itself
    for _ in range(2 if status == 401 else 1):  # a 401 is retried once after a new login
        mock.next_response("POST", "/invoices", status, {"error": "some_code", "message": "what went wrong"})
    with pytest.raises(kind) as err:
        gestix.call(create_invoice.sync_detailed, client=client, body=InvoiceCreate())
    assert isinstance(err.value, neutral) and isinstance(err.value, gestix.GestixError)
    assert str(err.value) == (
        f"create_invoice (POST /api/{ACCOUNT}/v4.0.0/invoices) failed with HTTP {status}: some_code; what went wrong"
    )


def test_error_body_in_another_shape_is_shown_raw(client: AuthenticatedClient, mock: Mock) -> None:
    mock.next_response("GET", "/customers", 400, "<html>Bad Request</html>", content_type="text/html")
    with pytest.raises(gestix.GestixValidationError) as err:
        gestix.call(list_customers.sync_detailed, client=client)
    assert err.value.vendor_message == "<html>Bad Request</html>"


def test_response_that_breaks_the_spec_is_a_parse_error(client: AuthenticatedClient, mock: Mock) -> None:
    mock.next_response("GET", "/customers", 200, {"not": "a list"})
    with pytest.raises(gestix.GestixParseError) as err:
        gestix.call(list_customers.sync_detailed, client=client)
    assert err.value.status_code == 200 and err.value.body == b'{"not": "a list"}'


def test_no_server_is_a_transport_error(nonce_dir: Path) -> None:
    client = gestix.connect(ACCOUNT, api_token=API_TOKEN, server="http://127.0.0.1:9", nonce_dir=nonce_dir, timeout=2)
    with pytest.raises(gestix.GestixTransportError) as err:
        gestix.call(get_status.sync_detailed, client=client)
    assert isinstance(err.value, errors.TransportError)


def test_write_waiting_too_long_for_the_account_lock_is_a_transport_error(mock: Mock, nonce_dir: Path) -> None:
    client = gestix.connect(ACCOUNT, api_token=API_TOKEN, server=mock.url, nonce_dir=nonce_dir, write_lock_timeout=0.2)
    gestix.call(get_status.sync_detailed, client=client)
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        with gestix.nonce_source(ACCOUNT, mock.url, nonce_dir=nonce_dir).reserve():
            holding.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert holding.wait(10)
        with pytest.raises(gestix.GestixTransportError, match="nonce lock"):
            gestix.call(create_invoice.sync_detailed, client=client, body=InvoiceCreate())
        gestix.call(list_customers.sync_detailed, client=client)  # reads never wait for the lock
    finally:
        release.set()
        holder.join(10)
    gestix.call(create_invoice.sync_detailed, client=client, body=InvoiceCreate())
    assert len(mock.invoices()) == 1


def _auth(client: AuthenticatedClient) -> tuple[NonceAuth, TokenAuth]:
    auth = client.get_httpx_client().auth
    assert isinstance(auth, NonceAuth) and isinstance(auth.inner, TokenAuth)
    return auth, auth.inner


def _secrets(client: AuthenticatedClient) -> list[str]:
    token = _auth(client)[1].cache.latest()
    assert token is not None
    return [API_TOKEN, PASSWORD, token.access.reveal()]


def test_nothing_secret_in_reprs_or_logs(mock: Mock, nonce_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    texts: list[str] = []
    secrets: set[str] = set()
    for client in (
        gestix.connect(ACCOUNT, api_token=API_TOKEN, server=mock.url, nonce_dir=nonce_dir),
        gestix.connect_user(ACCOUNT, username=USERNAME, password=PASSWORD, server=mock.url, nonce_dir=nonce_dir),
    ):
        gestix.call(create_invoice.sync_detailed, client=client, body=InvoiceCreate())
        auth, inner = _auth(client)
        texts += [repr(client), repr(auth), repr(inner), repr(inner.provider), repr(inner.cache.latest())]
        secrets.update(_secrets(client))
    texts.append(caplog.text)
    assert len(secrets) == 4 and "ApiTokenLogin(" in texts[3]  # API token, password, two session tokens
    for text in texts:
        for secret in secrets:
            assert secret not in text


def test_nothing_secret_in_login_errors(mock: Mock, nonce_dir: Path) -> None:
    wrong = "not-the-password-5150"
    for client in (
        gestix.connect(ACCOUNT, api_token=wrong, server=mock.url, nonce_dir=nonce_dir),
        gestix.connect_user(ACCOUNT, username=USERNAME, password=wrong, server=mock.url, nonce_dir=nonce_dir),
    ):
        with pytest.raises(gestix.GestixAuthenticationError) as err:
            gestix.call(get_status.sync_detailed, client=client)
        rendered = f"{err.value} {err.value!r} {err.value.body!r} {err.value.detail} {err.value.vendor_message}"
        assert wrong not in rendered and API_TOKEN not in rendered and PASSWORD not in rendered
