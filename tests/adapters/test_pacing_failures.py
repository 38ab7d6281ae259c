"""PacedTransport gives back what a failed request held: its pooled connection and its rate-limit slot."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from erp_adapters.limits import BodyTooLarge, DeadlineHit
from erp_adapters.pacing import PacedTransport, RateLimiter


class _SyncStream(httpx.SyncByteStream):
    def __init__(self) -> None:
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield b"x"

    def close(self) -> None:
        self.closed = True


class _AsyncStream(httpx.AsyncByteStream):
    def __init__(self) -> None:
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b"x"

    async def aclose(self) -> None:
        self.closed = True


_HUGE_REDIRECT = {"Location": "http://127.0.0.1/next", "Content-Length": str(10**12)}


def test_oversized_redirect_body_closes_the_response() -> None:
    stream = _SyncStream()
    transport = PacedTransport(
        None, sync_transport=httpx.MockTransport(lambda _r: httpx.Response(302, headers=_HUGE_REDIRECT, stream=stream))
    )
    with pytest.raises(BodyTooLarge):
        transport.handle_request(httpx.Request("GET", "http://127.0.0.1/start"))
    assert stream.closed


def test_async_oversized_redirect_body_closes_the_response() -> None:
    stream = _AsyncStream()

    async def handler(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers=_HUGE_REDIRECT, stream=stream)

    transport = PacedTransport(None, async_transport=httpx.MockTransport(handler))
    with pytest.raises(BodyTooLarge):
        asyncio.run(transport.handle_async_request(httpx.Request("GET", "http://127.0.0.1/start")))
    assert stream.closed


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _deadline(_seconds: float) -> None:
    raise DeadlineHit("deadline")


async def _async_deadline(_seconds: float) -> None:
    raise DeadlineHit("deadline")


def test_a_wait_that_hits_the_deadline_gives_its_slot_back() -> None:
    clock = _Clock()
    limiter = RateLimiter(1, 10, clock=clock)
    limiter.mark_sent(limiter.book())  # the one slot of this window is used
    before = list(limiter._log)
    transport = PacedTransport(
        limiter, sync_transport=httpx.MockTransport(lambda _r: httpx.Response(200)), sleep=_deadline
    )
    for _ in range(3):
        with pytest.raises(DeadlineHit):
            transport.handle_request(httpx.Request("GET", "http://127.0.0.1/x"))
    assert limiter._log == before
    assert limiter.book() == pytest.approx(before[0] + limiter.span)


def test_async_wait_that_hits_the_deadline_gives_its_slot_back() -> None:
    clock = _Clock()
    limiter = RateLimiter(1, 10, clock=clock)
    limiter.mark_sent(limiter.book())
    before = list(limiter._log)

    async def handler(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(200)

    transport = PacedTransport(limiter, async_transport=httpx.MockTransport(handler), async_sleep=_async_deadline)
    for _ in range(3):
        with pytest.raises(DeadlineHit):
            asyncio.run(transport.handle_async_request(httpx.Request("GET", "http://127.0.0.1/x")))
    assert limiter._log == before
