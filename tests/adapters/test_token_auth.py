"""TokenAuth: caching, single-flight renewal in threads and tasks, one renewal + retry on 401."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from erp_adapters.auth import LoginFlow, TokenAuth, fetch_token
from erp_adapters.tokens import Token, TokenCache


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class CountingProvider:
    """Logs in with POST /login; the server hands out tok-1, tok-2, ..."""

    def __init__(self, clock: FakeClock, lifetime: float = 600) -> None:
        self.clock = clock
        self.lifetime = lifetime

    def obtain(self, previous: Token | None) -> LoginFlow:
        response = yield httpx.Request("POST", "http://api.test/login")
        return Token.issued(response.json()["token"], self.lifetime, clock=self.clock)

    def apply(self, request: httpx.Request, token: Token) -> None:
        request.headers["Authorization"] = f"Bearer {token.access.reveal()}"


class FakeServer:
    """Counts logins; accepts only the newest token (older ones get 401)."""

    def __init__(self) -> None:
        self.logins = 0
        self.api_calls = 0
        self.rejected = 0
        self.lock = threading.Lock()

    def handler(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            if request.url.path == "/login":
                self.logins += 1
                return httpx.Response(200, json={"token": f"tok-{self.logins}"})
            self.api_calls += 1
            if request.headers.get("Authorization") != f"Bearer tok-{self.logins}":
                self.rejected += 1
                return httpx.Response(401)
            return httpx.Response(200, json={"ok": True})

    def revoke(self) -> None:
        """Make the current token invalid (as a key rotation does) by bumping the expected one."""
        with self.lock:
            self.logins += 1


def make(server: FakeServer, clock: FakeClock, margin: float = 60) -> tuple[httpx.Client, TokenAuth]:
    auth = TokenAuth(CountingProvider(clock), TokenCache(margin=margin, clock=clock))
    return httpx.Client(transport=httpx.MockTransport(server.handler), auth=auth, base_url="http://api.test"), auth


def test_one_login_serves_many_calls() -> None:
    server, clock = FakeServer(), FakeClock()
    client, auth = make(server, clock)
    for _ in range(50):
        assert client.get("/x").status_code == 200
    assert (server.logins, auth.logins, server.rejected) == (1, 1, 0)


def test_token_renewed_before_expiry_without_a_401() -> None:
    server, clock = FakeServer(), FakeClock()
    client, _ = make(server, clock, margin=60)
    client.get("/x")
    clock.now += 600 - 59  # inside the renewal margin
    assert client.get("/x").status_code == 200
    assert (server.logins, server.rejected) == (2, 0)


def test_401_renews_once_and_retries_the_request() -> None:
    server, clock = FakeServer(), FakeClock()
    client, _ = make(server, clock)
    client.get("/x")
    server.revoke()
    response = client.post("/x", json={"a": 1})
    assert response.status_code == 200
    assert server.rejected == 1


def test_second_401_is_returned_not_retried_forever() -> None:
    clock = FakeClock()
    calls = {"login": 0, "api": 0}

    def always_401(request: httpx.Request) -> httpx.Response:
        key = "login" if request.url.path == "/login" else "api"
        calls[key] += 1
        return httpx.Response(200, json={"token": "t"}) if key == "login" else httpx.Response(401)

    auth = TokenAuth(CountingProvider(clock), TokenCache(clock=clock))
    client = httpx.Client(transport=httpx.MockTransport(always_401), auth=auth)
    assert client.get("http://api.test/x").status_code == 401
    assert calls == {"login": 2, "api": 2}


def test_threads_share_one_login() -> None:
    server, clock = FakeServer(), FakeClock()
    client, _ = make(server, clock)
    with ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(lambda _: client.get("/x").status_code, range(64)))
    assert statuses == [200] * 64
    assert server.logins == 1


def test_threads_hitting_a_revoked_token_renew_once() -> None:
    server, clock = FakeServer(), FakeClock()
    client, _ = make(server, clock)
    client.get("/x")
    server.revoke()
    with ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(lambda _: client.get("/x").status_code, range(32)))
    assert statuses == [200] * 32
    assert server.logins == 3  # first login, the revocation, exactly one renewal


def test_asyncio_tasks_share_one_login() -> None:
    server, clock = FakeServer(), FakeClock()
    auth = TokenAuth(CountingProvider(clock), TokenCache(clock=clock))

    async def main() -> list[int]:
        async with httpx.AsyncClient(transport=httpx.MockTransport(server.handler), auth=auth) as client:
            responses = await asyncio.gather(*(client.get("http://api.test/x") for _ in range(40)))
            server.revoke()
            responses += await asyncio.gather(*(client.get("http://api.test/x") for _ in range(40)))
        return [r.status_code for r in responses]

    assert asyncio.run(main()) == [200] * 80
    assert server.logins == 3


def test_fetch_token_runs_the_flow_with_a_plain_client() -> None:
    server, clock = FakeServer(), FakeClock()
    token = fetch_token(CountingProvider(clock), httpx.Client(transport=httpx.MockTransport(server.handler)))
    assert token.access.reveal() == "tok-1"
    assert "tok-1" not in repr(token)


@pytest.mark.parametrize("margin", [0, 30])
def test_cache_staleness_respects_margin(margin: float) -> None:
    clock = FakeClock()
    cache = TokenCache(margin=margin, clock=clock)
    token = Token.issued("a", 100, clock=clock)
    cache.store(token)
    clock.now += 100 - margin - 1
    assert cache.fresh() is token
    clock.now += 1
    assert cache.fresh() is None
    assert cache.latest() is token


def test_sync_and_async_callers_share_one_renewal() -> None:
    """A thread and an asyncio task finding the token stale at once cause a single login."""
    server, clock = FakeServer(), FakeClock()
    auth = TokenAuth(CountingProvider(clock), TokenCache(clock=clock))
    sync_client = httpx.Client(transport=httpx.MockTransport(server.handler), auth=auth)
    gate = threading.Barrier(2)

    def sync_side() -> int:
        gate.wait()
        return sync_client.get("http://api.test/x").status_code

    async def async_side() -> list[int]:
        async with httpx.AsyncClient(transport=httpx.MockTransport(server.handler), auth=auth) as client:
            await asyncio.to_thread(gate.wait)
            responses = await asyncio.gather(*(client.get("http://api.test/x") for _ in range(10)))
        return [r.status_code for r in responses]

    with ThreadPoolExecutor(1) as pool:
        pending = pool.submit(sync_side)
        statuses = asyncio.run(async_side())
        statuses.append(pending.result())
    assert statuses == [200] * 11
    assert server.logins == 1
