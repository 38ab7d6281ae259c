"""Fixtures: a fresh Quickstart mock per test (its own authorization server and seeded data) and clients.

``authorize()`` runs the real browser leg of the code flow over HTTP: the adapter builds the
authorize URL, the mock auto-approves and redirects, the adapter reads the code from the callback.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from quickstart_client import AuthenticatedClient

from erp_adapters import quickstart
from erp_adapters.secrets import Secret
from erp_mocks.engine import MockServer
from erp_mocks.quickstart.app import create_app
from tests.mock_controls import MODES, MockControls, in_mode

REDIRECT_URI = "http://127.0.0.1:8765/callback"
APP: dict[str, Any] = {"client_id": "app-3f9c", "client_secret": "qs-secret-Wm7Lp2Zr"}


class Mock(MockControls):
    """A running Quickstart mock plus helpers to drive its OAuth server and read its counters."""

    def __init__(self, server: MockServer) -> None:
        super().__init__(server)

    def authorize(self, user: str = "admin", **extra: str) -> Secret:
        """Send a user through ``/oauth/authorize`` and return the code from the redirect."""
        url, state = quickstart.authorization_url(
            self.url, client_id=APP["client_id"], redirect_uri=REDIRECT_URI, user=user, **extra
        )
        response = self.http.get(url)
        assert response.status_code == 302
        return quickstart.code_from_callback(response.headers["location"], expected_state=state)

    def connect(self, user: str = "admin", **options: Any) -> AuthenticatedClient:
        return quickstart.connect(self.url, code=self.authorize(user), redirect_uri=REDIRECT_URI, **APP, **options)

    def auth(self) -> dict[str, Any]:
        counters: dict[str, Any] = self.http.get("/_mock/auth").json()
        return counters

    def queries(self) -> list[str]:
        queries: list[str] = self.http.get("/_mock/queries").json()
        return queries


@pytest.fixture(params=MODES)
def mock(request: pytest.FixtureRequest) -> Iterator[Mock]:
    with MockServer(in_mode(create_app(redirect_uri=REDIRECT_URI, **APP), request.param, request)) as server:
        helper = Mock(server)
        yield helper
        helper.http.close()


@pytest.fixture
def client(mock: Mock) -> AuthenticatedClient:
    """Authorized by an admin user (pagination on by default)."""
    return mock.connect("admin")


@pytest.fixture
def agent_client(mock: Mock) -> AuthenticatedClient:
    """Authorized by an agent user (pagination off unless ``page`` is sent)."""
    return mock.connect("agent")
