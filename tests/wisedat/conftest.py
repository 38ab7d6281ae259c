"""Fixtures: a fresh Wisedat mock per test (own key pair, empty data) and a client logged in to it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from wisedat_client import AuthenticatedClient

from erp_adapters import wisedat
from erp_mocks.engine import MockServer
from erp_mocks.wisedat.app import create_app

CREDENTIALS: dict[str, Any] = {"api_key": "test-api-key-7f3a", "user": "integration", "password": "s3cret-pass-word"}


class Mock:
    """A running Wisedat mock plus helpers to read its counters and use its controls."""

    def __init__(self, server: MockServer) -> None:
        self.server = server
        self.url = server.url
        self.http = httpx.Client(base_url=server.url, timeout=10)

    def stats(self) -> dict[str, Any]:
        stats: dict[str, Any] = self.http.get("/_mock/stats").json()
        return stats

    def count(self, operation: str) -> int:
        return int(self.stats()["by_operation"].get(operation, 0))

    def status_count(self, status: int) -> int:
        return int(self.stats()["by_status"].get(str(status), 0))

    def control(self, name: str, **params: Any) -> None:
        self.http.post(f"/_mock/{name}", params=params).raise_for_status()

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
    return wisedat.connect(mock.url, **CREDENTIALS)
