"""RateLimiter and PacedTransport: pacing to the quota, header corrections, 429 retries (never for POST).

Time is a fake clock that only moves when the code under test sleeps, so these tests assert how
many requests fit in a window, never how long anything took.
"""

from __future__ import annotations

import asyncio
import random
from collections import Counter

import httpx
import pytest

from erp_adapters.pacing import PacedTransport, RateLimiter, RateLimitHeaders, RetryPolicy

HEADERS = RateLimitHeaders()


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


class FixedWindowServer:
    """A server counting ``limit`` requests per fixed window that opens with the first request after the last."""

    def __init__(self, clock: FakeClock, limit: int, window: float, latency: float = 0.0) -> None:
        self.clock, self.limit, self.window, self.latency = clock, limit, window, latency
        self.start, self.count = -1e9, 0
        self.statuses: Counter[int] = Counter()
        self.methods: Counter[str] = Counter()
        self.arrivals: list[float] = []

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.clock.now += self.latency
        now = self.clock.now
        self.methods[request.method] += 1
        if now >= self.start + self.window:
            self.start, self.count = now, 0
        if self.count >= self.limit:
            self.statuses[429] += 1
            wait = self.start + self.window - now
            headers = {"X-RateLimit-Limit": str(self.limit), "X-RateLimit-Remaining": "0", "Retry-After": f"{wait:.3f}"}
            return httpx.Response(429, headers=headers, json={"errCode": 429})
        self.count += 1
        self.arrivals.append(now)
        self.statuses[200] += 1
        remaining = self.limit - self.count
        return httpx.Response(
            200, headers={"X-RateLimit-Limit": str(self.limit), "X-RateLimit-Remaining": str(remaining)}
        )


def paced(clock: FakeClock, server: FixedWindowServer, limiter: RateLimiter | None, **kwargs: object) -> PacedTransport:
    return PacedTransport(
        limiter,
        sync_transport=httpx.MockTransport(server.handler),
        async_transport=httpx.MockTransport(server.handler),
        sleep=clock.sleep,
        async_sleep=clock.async_sleep,
        **kwargs,  # type: ignore[arg-type]
    )


# -- RateLimiter -----------------------------------------------------------------------------------


def test_first_limit_requests_go_at_once_then_one_window_later() -> None:
    clock = FakeClock()
    limiter = RateLimiter(3, 1.0, clock=clock, safety=0.0, min_margin=0.05)
    assert [limiter.book() for _ in range(3)] == [100.0, 100.0, 100.0]
    assert limiter.book() == pytest.approx(101.05)
    assert limiter.reserve() == pytest.approx(1.05)


def test_no_window_ever_holds_more_than_limit_sends() -> None:
    clock = FakeClock()
    limiter = RateLimiter(5, 2.0, clock=clock)
    rng = random.Random(7)
    sends = []
    for _ in range(300):
        clock.now += rng.choice([0.0, 0.0, 0.01, 0.3, 1.1])
        sends.append(limiter.book())
    sends.sort()
    for index in range(len(sends) - 5):
        assert sends[index + 5] - sends[index] >= 2.0  # the 6th send is a full window after the 1st


def test_invalid_configuration_is_refused() -> None:
    with pytest.raises(ValueError, match="limit"):
        RateLimiter(0, 1.0)
    with pytest.raises(ValueError, match="window"):
        RateLimiter(1, 0.0)


def test_server_reporting_requests_we_did_not_send_pushes_the_next_slot() -> None:
    clock = FakeClock()
    limiter = RateLimiter(10, 1.0, clock=clock, min_margin=0.0, safety=0.0)
    sent = limiter.book()
    # Someone else used 8 of the 10 already: after ours, 1 is left.
    limiter.observe(httpx.Headers({"X-RateLimit-Limit": "10", "X-RateLimit-Remaining": "1"}), HEADERS, sent)
    assert limiter.foreign == 8
    assert limiter.book() == 100.0
    assert limiter.book() == pytest.approx(101.0)


def test_server_agreeing_with_our_count_changes_nothing() -> None:
    clock = FakeClock()
    limiter = RateLimiter(10, 1.0, clock=clock)
    for remaining in range(9, 4, -1):
        sent = limiter.book()
        limiter.observe(
            httpx.Headers({"X-RateLimit-Limit": "10", "X-RateLimit-Remaining": str(remaining)}), HEADERS, sent
        )
    assert limiter.foreign == 0


def test_the_limit_the_server_reports_replaces_the_configured_one() -> None:
    clock = FakeClock()
    limiter = RateLimiter(60, 1.0, clock=clock)
    limiter.observe(httpx.Headers({"X-RateLimit-Limit": "2", "X-RateLimit-Remaining": "1"}), HEADERS, limiter.book())
    assert limiter.limit == 2
    assert limiter.book() == 100.0
    assert limiter.book() > 100.9


def test_block_holds_every_send_back() -> None:
    clock = FakeClock()
    limiter = RateLimiter(100, 1.0, clock=clock)
    limiter.block(2.5)
    assert limiter.reserve() == pytest.approx(2.5)


def test_a_late_send_is_recorded_at_its_real_time() -> None:
    clock = FakeClock()
    limiter = RateLimiter(1, 1.0, clock=clock, safety=0.0, min_margin=0.0)
    booked = limiter.book()
    clock.now += 0.4  # the thread was slow to send
    assert limiter.mark_sent(booked) == pytest.approx(100.4)
    assert limiter.book() == pytest.approx(101.4)


# -- PacedTransport --------------------------------------------------------------------------------


def test_long_sync_against_a_fixed_window_server_draws_no_429_and_uses_the_quota() -> None:
    clock = FakeClock()
    server = FixedWindowServer(clock, limit=60, window=2.0, latency=0.004)
    transport = paced(clock, server, RateLimiter(60, 2.0, clock=clock))
    with httpx.Client(transport=transport, base_url="http://api.test") as client:
        for page in range(1, 301):
            assert client.get("/contatos", params={"page": page}).status_code == 200
    assert server.statuses[429] == 0
    elapsed = server.arrivals[-1] - server.arrivals[0]
    # 300 requests = 5 windows' worth; the first 60 go at once, the other 240 need 4 more windows.
    windows = elapsed / 2.0
    assert 4.0 <= windows < 4.4


def test_get_429_is_retried_after_retry_after() -> None:
    clock = FakeClock()
    answers = iter([httpx.Response(429, headers={"Retry-After": "3"}), httpx.Response(200)])
    transport = PacedTransport(None, sync_transport=httpx.MockTransport(lambda _r: next(answers)), sleep=clock.sleep)
    with httpx.Client(transport=transport) as client:
        assert client.get("http://api.test/x").status_code == 200
    assert clock.slept == [3.0]
    assert (transport.retries, transport.throttled) == (1, 1)


@pytest.mark.parametrize("method", ["PUT", "DELETE"])
def test_idempotent_writes_are_retried(method: str) -> None:
    clock = FakeClock()
    seen: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.content)
        return httpx.Response(429 if len(seen) == 1 else 200)

    transport = PacedTransport(None, sync_transport=httpx.MockTransport(handler), sleep=clock.sleep)
    with httpx.Client(transport=transport) as client:
        assert client.request(method, "http://api.test/x", content=b"same body").status_code == 200
    assert seen == [b"same body", b"same body"]


def test_post_429_is_handed_back_not_resent() -> None:
    clock = FakeClock()
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        return httpx.Response(429, headers={"Retry-After": "1"})

    transport = PacedTransport(
        RateLimiter(5, 1.0, clock=clock), sync_transport=httpx.MockTransport(handler), sleep=clock.sleep
    )
    with httpx.Client(transport=transport) as client:
        assert client.post("http://api.test/contatos", json={"nome": "x"}).status_code == 429
    assert calls == ["POST"]
    assert (transport.retries, transport.throttled) == (0, 1)


def test_retries_are_bounded() -> None:
    clock = FakeClock()
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        return httpx.Response(429)

    transport = PacedTransport(
        None,
        retry=RetryPolicy(max_retries=2, default_wait=0.5),
        sync_transport=httpx.MockTransport(handler),
        sleep=clock.sleep,
    )
    with httpx.Client(transport=transport) as client:
        assert client.get("http://api.test/x").status_code == 429
    assert len(calls) == 3
    assert clock.slept == [0.5, 0.5]


def test_without_retry_after_the_wait_is_one_window() -> None:
    clock = FakeClock()
    answers = iter([httpx.Response(429), httpx.Response(200)])
    limiter = RateLimiter(100, 4.0, clock=clock)
    transport = PacedTransport(limiter, sync_transport=httpx.MockTransport(lambda _r: next(answers)), sleep=clock.sleep)
    with httpx.Client(transport=transport) as client:
        assert client.get("http://api.test/x").status_code == 200
    assert sum(clock.slept) == pytest.approx(4.0)


def test_async_client_shares_the_same_pacing_and_retry_rules() -> None:
    clock = FakeClock()
    server = FixedWindowServer(clock, limit=10, window=1.0)
    transport = paced(clock, server, RateLimiter(10, 1.0, clock=clock))

    async def main() -> list[int]:
        async with httpx.AsyncClient(transport=transport, base_url="http://api.test") as client:
            responses = await asyncio.gather(*(client.get(f"/x/{n}") for n in range(35)))
            return [r.status_code for r in responses]

    assert asyncio.run(main()) == [200] * 35
    assert server.statuses[429] == 0


def test_async_post_is_not_retried() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        return httpx.Response(429)

    clock = FakeClock()
    transport = PacedTransport(None, async_transport=httpx.MockTransport(handler), async_sleep=clock.async_sleep)

    async def main() -> int:
        async with httpx.AsyncClient(transport=transport) as client:
            return (await client.post("http://api.test/x", json={})).status_code

    assert asyncio.run(main()) == 429
    assert calls == ["POST"]


def test_quota_used_elsewhere_is_respected_without_a_429() -> None:
    """Another client already spent most of the quota: after one answer the transport slows down."""
    clock = FakeClock()
    server = FixedWindowServer(clock, limit=10, window=1.0)
    server.start, server.count = clock.now, 8  # someone else's 8 requests in the current window
    transport = paced(clock, server, RateLimiter(10, 1.0, clock=clock))
    with httpx.Client(transport=transport, base_url="http://api.test") as client:
        statuses = [client.get("/x").status_code for _ in range(12)]
    assert statuses == [200] * 12
    assert server.statuses[429] == 0
