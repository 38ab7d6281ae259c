"""Fixtures: a fresh GKS4 mock per test (its own token endpoint, two seeded customers) and a client for it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from gks4_client import AuthenticatedClient

from erp_adapters import gks4
from erp_mocks.engine import MockServer
from erp_mocks.gks4.app import TOKEN_PATH, create_app
from tests.mock_controls import MODES, MockControls, in_mode

CREDENTIALS: dict[str, Any] = {"client_id": "integration-7c1e", "client_secret": "cs-Hq2v9XbT4wL8"}


class Mock(MockControls):
    """A running GKS4 mock plus helpers to read its counters and use its controls."""

    def __init__(self, server: MockServer) -> None:
        super().__init__(server)
        self.token_url = server.url + TOKEN_PATH

    def auth(self) -> dict[str, int]:
        counters: dict[str, int] = self.http.get("/_mock/auth").json()
        return counters

    def sales_order(self, number: int) -> dict[str, Any]:
        response = self.http.get(f"/_mock/salesorders/{number}")
        response.raise_for_status()
        order: dict[str, Any] = response.json()
        return order


@pytest.fixture(params=MODES)
def mock(request: pytest.FixtureRequest) -> Iterator[Mock]:
    with MockServer(in_mode(create_app(**CREDENTIALS), request.param, request)) as server:
        helper = Mock(server)
        yield helper
        helper.http.close()


@pytest.fixture
def client(mock: Mock) -> AuthenticatedClient:
    return gks4.connect(mock.url, token_url=mock.token_url, **CREDENTIALS)
