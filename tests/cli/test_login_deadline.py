"""``erp login``'s token exchange ends at its deadline even when the server drips its answer."""

from __future__ import annotations

import socket
import threading

import pytest

from erp_adapters import errors
from erp_adapters.cli.login import _exchange
from erp_adapters.oauth2 import Grant, OAuth2Provider
from erp_adapters.quickstart.errors import KINDS
from erp_adapters.secrets import Secret
from tests.adapters.rawserver import RawServer, drip, json_response

_TOKEN = json_response(b'{"access_token": "a-token-value", "token_type": "Bearer", "expires_in": 3600}')


def test_a_dripping_token_endpoint_is_cut_at_the_deadline() -> None:
    stop = threading.Event()

    def script(_path: str, sock: socket.socket) -> None:
        drip(sock, _TOKEN, 0.05, stop)  # ~6 s for the whole answer, each byte well within any socket timeout

    with RawServer(script) as server:
        provider = OAuth2Provider(
            f"{server.url}/oauth/token",
            client_id="client",
            client_secret="secret-value",
            grant=Grant.authorization_code(Secret("the-code-value"), "http://127.0.0.1/cb"),
            errors=KINDS,
        )
        try:
            with pytest.raises(errors.DeadlineExceededError):
                _exchange(provider, KINDS, deadline=0.5)
        finally:
            stop.set()
