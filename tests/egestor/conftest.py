"""Fixtures: an eGestor mock per test (own OAuth server, throttle and seeded data) and clients for it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import Any

import httpx
import pytest
from egestor_client import AuthenticatedClient

from erp_adapters import egestor
from erp_mocks.egestor.app import create_app
from erp_mocks.engine import MockServer
from tests.mock_controls import MODES, MockControls, in_mode

CLIENT_ID = "app-7f3a"
CLIENT_SECRET = "s3cret-client-value"
DEFAULTS: dict[str, Any] = {
    "client_id": CLIENT_ID,
    "client_secret": CLIENT_SECRET,
    "records": 3,
    "rate_limit": 1000,
    "rate_window": 1.0,
}


class Mock(MockControls):
    """A running eGestor mock plus helpers for its controls and counters."""

    def __init__(self, server: MockServer, options: dict[str, Any]) -> None:
        super().__init__(server)
        self.options = options

    def counters(self) -> dict[str, Any]:
        counters: dict[str, Any] = self.http.get("/_mock/counters").json()
        return counters

    def count(self, name: str) -> int:
        """A counter of the eGestor mock's own (grants, refused refresh tokens, 429s), not a per-operation count."""
        return int(self.counters().get(name, 0))

    def advance_clock(self, seconds: float) -> None:
        self.http.post("/_mock/advance-clock", params={"seconds": seconds}).raise_for_status()

    def personal_token(self) -> str:
        return str(self.http.get("/_mock/personal-token").json()["personal_token"])

    def authorization_code(self, redirect_uri: str = egestor.OOB_REDIRECT_URI) -> str:
        """Approve the app the way a user would with the out-of-band redirect: read the code off the page."""
        url, _state = egestor.authorize_url(
            CLIENT_ID, redirect_uri=redirect_uri, authorize_endpoint=f"{self.url}/oauth/authorize"
        )
        page = httpx.get(url, timeout=10)
        assert page.status_code == 200, page.text
        if page.headers["content-type"].startswith("application/json"):  # variance mode: the JSON reading
            return str(page.json()["code"])
        found = re.search(r'<code id="code">([^<]+)</code>', page.text)
        assert found is not None, page.text
        return found.group(1)

    def connect(self, **kwargs: Any) -> AuthenticatedClient:
        """A client for this mock: paced to its throttle, authorized with a fresh code unless told otherwise."""
        options: dict[str, Any] = {
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "rate_limit": self.options["rate_limit"],
            "rate_window": self.options["rate_window"],
            "timeout": 10.0,
        }
        if not {"code", "personal_token", "stored"} & kwargs.keys():
            options["code"] = self.authorization_code()
        options.update(kwargs)
        return egestor.connect(self.url, **options)


MockFactory = Callable[..., Mock]


@pytest.fixture(params=MODES)
def make_mock(request: pytest.FixtureRequest) -> Iterator[MockFactory]:
    """Start mocks with options other than :data:`DEFAULTS` (stopped after the test), in each mode."""
    with ExitStack() as stack:

        def factory(**options: Any) -> Mock:
            merged = {**DEFAULTS, **options}
            server = MockServer(in_mode(create_app(**merged), request.param, request)).start()
            stack.callback(server.stop)
            mock = Mock(server, merged)
            stack.callback(mock.http.close)
            return mock

        yield factory


@pytest.fixture
def mock(make_mock: MockFactory) -> Mock:
    return make_mock()


@pytest.fixture
def client(mock: Mock) -> AuthenticatedClient:
    return mock.connect()
