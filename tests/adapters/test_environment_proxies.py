"""``HTTP_PROXY`` / ``HTTPS_PROXY`` / ``NO_PROXY`` are honoured as httpx does, though the core brings its own transport.

A loopback :class:`RawServer` stands in for the proxy: a proxied request reaches it in absolute form
(``GET http://127.0.0.1:<port>/path``) and it answers itself, so the API host need not exist.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from gks4_client.api.customers import get_customer
from gks4_client.models import Customer

from erp_adapters import gks4
from erp_adapters.pacing import PacedTransport
from tests.adapters.rawserver import RawServer, json_response

CUSTOMER = {"number": "K1", "name": "ACME"}
TOKEN = {"access_token": "tok-proxy-secret", "expires_in": 900, "token_type": "Bearer"}


@pytest.fixture(autouse=True)
def _clean_proxy_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.lower().endswith("_proxy"):
            monkeypatch.delenv(name)


def _answer(path: str, sock: socket.socket) -> None:
    body = TOKEN if path.endswith("/connect/token") else CUSTOMER
    sock.sendall(json_response(json.dumps(body).encode(), extra="Connection: close\r\n"))


@pytest.fixture
def server() -> Iterator[RawServer]:
    with RawServer(_answer) as running:
        yield running


def _unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _client(base: str, **options: Any) -> Any:
    options.setdefault("deadline", 20)
    token_url = base + "/connect/token"
    return gks4.connect(base, client_id="app", client_secret="gks4-client-secret", token_url=token_url, **options)


def test_http_proxy_from_the_environment_is_used(server: RawServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", server.url)
    origin = f"http://127.0.0.1:{_unused_port()}"  # nothing listens there: only the proxy can answer
    client = _client(origin)
    customer = gks4.expect(Customer, get_customer.sync_detailed, "K1", client=client)
    assert customer.number == "K1"
    assert server.requests == [
        f"POST {origin}/connect/token HTTP/1.1",
        f"GET {origin}/api/v1/customers/K1 HTTP/1.1",
    ]


def test_http_proxy_from_the_environment_is_used_async(server: RawServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("http_proxy", server.url)
    origin = f"http://127.0.0.1:{_unused_port()}"
    client = _client(origin)
    customer = asyncio.run(gks4.aexpect(Customer, get_customer.asyncio_detailed, "K1", client=client))
    assert customer.number == "K1"
    assert [line.split(" ")[1] for line in server.requests] == [
        f"{origin}/connect/token",
        f"{origin}/api/v1/customers/K1",
    ]


def test_no_proxy_sends_straight_to_the_server(server: RawServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{_unused_port()}")  # a dead proxy
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    customer = gks4.expect(Customer, get_customer.sync_detailed, "K1", client=_client(server.url))
    assert customer.number == "K1"
    assert server.requests == ["POST /connect/token HTTP/1.1", "GET /api/v1/customers/K1 HTTP/1.1"]


@pytest.mark.parametrize("how", ["trust_env=False", "proxy="])
def test_environment_proxy_is_ignored_when_told(server: RawServer, monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{_unused_port()}")  # a dead proxy
    if how == "proxy=":
        origin = f"http://127.0.0.1:{_unused_port()}"
        client = _client(origin, proxy=server.url)  # the explicit proxy wins over the environment's
        expected = [f"POST {origin}/connect/token HTTP/1.1", f"GET {origin}/api/v1/customers/K1 HTTP/1.1"]
    else:
        client = _client(server.url, httpx_args={"trust_env": False})
        expected = ["POST /connect/token HTTP/1.1", "GET /api/v1/customers/K1 HTTP/1.1"]
    customer = gks4.expect(Customer, get_customer.sync_detailed, "K1", client=client)
    assert customer.number == "K1"
    assert server.requests == expected


def test_routes_follow_httpx_patterns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.corp:3128")
    monkeypatch.setenv("NO_PROXY", "internal.corp,127.0.0.1")
    transport = PacedTransport(None)
    pick = transport._sync_transport
    direct = pick(httpx.URL("http://plain.example/"))
    proxied = pick(httpx.URL("https://erp.example/api"))
    assert proxied is not direct
    assert pick(httpx.URL("https://erp.internal.corp/api")) is direct
    assert pick(httpx.URL("https://127.0.0.1:8443/")) is direct
    assert transport._sync_routes is not None
    assert transport._sync_routes.proxies() == {
        "https://": True,
        "all://*internal.corp": False,
        "all://127.0.0.1": False,
    }
    transport.close()
