"""Fixtures: a fresh Wisedat mock per test (own key pair, empty data) and a client logged in to it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from wisedat_client import AuthenticatedClient

from erp_adapters import wisedat
from erp_mocks.engine import MockServer
from erp_mocks.wisedat.app import create_app
from tests.mock_controls import MODES, MockControls, in_mode

CREDENTIALS: dict[str, Any] = {"api_key": "test-api-key-7f3a", "user": "integration", "password": "s3cret-pass-word"}


class Mock(MockControls):
    """A running Wisedat mock plus helpers to read its counters and use its controls."""

    def __init__(self, server: MockServer) -> None:
        super().__init__(server)


@pytest.fixture(params=MODES)
def mock(request: pytest.FixtureRequest) -> Iterator[Mock]:
    with MockServer(in_mode(create_app(**CREDENTIALS), request.param, request)) as server:
        helper = Mock(server)
        yield helper
        helper.http.close()


@pytest.fixture
def client(mock: Mock) -> AuthenticatedClient:
    return wisedat.connect(mock.url, **CREDENTIALS)
