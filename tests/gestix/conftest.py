"""Fixtures: a fresh Gestix mock per test (two accounts, empty invoices) and a client connected to it."""

from __future__ import annotations

from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from gestix_client import AuthenticatedClient

from erp_adapters import gestix
from erp_mocks.engine import MockServer
from erp_mocks.gestix.app import GestixMock, create_app
from tests.mock_controls import MODES, MockControls, in_mode

ACCOUNT = "03101176"
OTHER_ACCOUNT = "04202287"
API_TOKEN = "gx-api-token-5d1e"
USERNAME = "loja-online"
PASSWORD = "s3cret-pass-word"
CREDENTIALS: dict[str, Any] = {"api_token": API_TOKEN, "username": USERNAME, "password": PASSWORD}


class Mock(MockControls):
    """A running Gestix mock plus helpers to read its state and use its controls."""

    def __init__(self, server: MockServer) -> None:
        super().__init__(server)
        state: GestixMock = server.app.state.mock
        self.state = state

    def base(self, account: str = ACCOUNT) -> str:
        return gestix.base_url(account, self.url)

    def account(self, account: str = ACCOUNT) -> dict[str, Any]:
        state: dict[str, Any] = self.http.get(f"/_mock/accounts/{account}").json()
        return state

    def invoices(self, account: str = ACCOUNT) -> list[dict[str, Any]]:
        return list(self.state.data[account].invoices)

    def session(self, account: str = ACCOUNT) -> str:
        """A session token obtained with raw HTTP (for tests that bypass the adapter)."""
        response = self.http.get(f"{self.base(account)}/helo", headers={"Authorization": f"Bearer {API_TOKEN}"})
        token: str = response.json()["xa-token"]
        return token


@pytest.fixture(params=MODES)
def mock(request: pytest.FixtureRequest) -> Iterator[Mock]:
    app = create_app(**CREDENTIALS, accounts=[ACCOUNT, OTHER_ACCOUNT])
    with MockServer(in_mode(app, request.param, request)) as server:
        helper = Mock(server)
        yield helper
        helper.http.close()


@pytest.fixture
def nonce_dir(tmp_path: Path) -> Path:
    return tmp_path / "nonces"


@pytest.fixture
def client(mock: Mock, nonce_dir: Path) -> AuthenticatedClient:
    return gestix.connect(ACCOUNT, api_token=API_TOKEN, server=mock.url, nonce_dir=nonce_dir)


class _Done:
    """Already complete, so the hook below also serves async clients (which await their hooks)."""

    def __await__(self) -> Generator[None, None, None]:
        yield from ()


class SentRequests:
    """An httpx request hook (sync and async) that records what each request looked like when sent.

    It keeps method and URL (immutable) rather than the request: a request retried after a 401 is
    the same object, sent again with a new nonce.
    """

    def __init__(self) -> None:
        self.sent: list[tuple[str, httpx.URL]] = []

    def __call__(self, request: httpx.Request) -> _Done:
        self.sent.append((request.method, request.url))
        return _Done()

    def nonces(self, method: str | None = None) -> list[int]:
        return [
            int(url.params["nonce"])
            for m, url in self.sent
            if (method is None or m == method) and "nonce" in url.params
        ]

    def hooks(self) -> dict[str, Any]:
        return {"event_hooks": {"request": [self]}}
