"""Fixtures: a fresh GKS4 mock per test (its own token endpoint, two seeded customers) and a client for it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from gks4_client import AuthenticatedClient

from erp_adapters import gks4
from erp_mocks.engine import MockServer
from erp_mocks.gks4.app import TOKEN_PATH, create_app

CREDENTIALS: dict[str, Any] = {"client_id": "integration-7c1e", "client_secret": "cs-Hq2v9XbT4wL8"}


class Mock:
    """A running GKS4 mock plus helpers to read its counters and use its controls."""

    def __init__(self, server: MockServer) -> None:
        self.server = server
        self.url = server.url
        self.token_url = server.url + TOKEN_PATH
        self.http = httpx.Client(base_url=server.url, timeout=10)

    def count(self, operation: str) -> int:
        return int(self.http.get("/_mock/stats").json()["by_operation"].get(operation, 0))

    def status_count(self, status: int) -> int:
        return int(self.http.get("/_mock/stats").json()["by_status"].get(str(status), 0))

    def auth(self) -> dict[str, int]:
        counters: dict[str, int] = self.http.get("/_mock/auth").json()
        return counters

    def control(self, name: str, **params: Any) -> None:
        self.http.post(f"/_mock/{name}", params=params).raise_for_status()

    def sales_order(self, number: int) -> dict[str, Any]:
        response = self.http.get(f"/_mock/salesorders/{number}")
        response.raise_for_status()
        order: dict[str, Any] = response.json()
        return order

    def next_response(self, method: str, path: str, status: int, body: Any) -> None:
        spec = {"method": method, "path": path, "status": status, "body": body}
        self.http.post("/_mock/next-response", json=spec).raise_for_status()


@pytest.fixture
def mock() -> Iterator[Mock]:
    with MockServer(create_app(**CREDENTIALS)) as server:
        helper = Mock(server)
        yield helper
        helper.http.close()


@pytest.fixture
def client(mock: Mock) -> AuthenticatedClient:
    return gks4.connect(mock.url, token_url=mock.token_url, **CREDENTIALS)
