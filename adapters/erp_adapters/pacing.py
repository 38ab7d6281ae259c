"""Client-side rate limiting and 429 retries, as one httpx transport for sync and async clients.

:class:`RateLimiter` keeps a sliding window of send times: at most ``limit`` requests leave in any
``window`` seconds, so a long sync runs at the vendor's limit without drawing a 429. The vendor's
``X-RateLimit-Remaining``-style headers correct it when other clients share the same quota.

:class:`PacedTransport` wraps the real transport: it waits for the limiter before each request,
and on a 429 waits (``Retry-After``, else one window) and retries — but only idempotent methods.
A POST that drew a 429 is never re-sent automatically: the server may or may not have created the
record, so the caller gets the 429 (as a typed ``RateLimitError``) and decides.
"""

from __future__ import annotations

import asyncio
import collections
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from erp_adapters.tokens import Clock

IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


@dataclass(frozen=True)
class RateLimitHeaders:
    """Names of the headers a vendor uses to report its quota (``None``: not sent)."""

    limit: str | None = "X-RateLimit-Limit"
    remaining: str | None = "X-RateLimit-Remaining"
    retry_after: str | None = "Retry-After"


class RateLimiter:
    """At most ``limit`` requests in any ``window`` seconds (sliding window over send times).

    Thread-safe; :meth:`reserve` books a send slot and says how long to wait for it, so waiting
    happens outside the lock (with ``time.sleep`` or ``asyncio.sleep``).
    """

    def __init__(self, limit: int, window: float, *, safety: float = 0.01, clock: Clock = time.monotonic) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("limit must be >= 1 and window > 0")
        self.limit = limit
        self.window = window
        self.safety = window * safety
        """Extra spacing so a request never arrives a hair early at the server's window edge."""
        self.clock = clock
        self._sent: collections.deque[float] = collections.deque()
        self._blocked_until = 0.0
        self._lock = threading.Lock()

    def reserve(self) -> float:
        """Book the next send slot; return the seconds to wait before sending."""
        with self._lock:
            now = self.clock()
            at = max(now, self._blocked_until)
            while self._sent and self._sent[0] <= at - self.window - self.safety:
                self._sent.popleft()
            if len(self._sent) >= self.limit:
                at = max(at, self._sent[-self.limit] + self.window + self.safety)
            self._sent.append(at)
            return at - now

    def observe(self, headers: httpx.Headers, names: RateLimitHeaders) -> None:
        """Align with the server's own count: if it reports fewer requests left than we think, catch up."""
        remaining = _int_header(headers, names.remaining)
        limit = _int_header(headers, names.limit) or self.limit
        if remaining is None:
            return
        with self._lock:
            now = self.clock()
            used_by_server = limit - remaining
            recent = sum(1 for t in self._sent if t > now - self.window)
            for _ in range(max(0, used_by_server - recent)):
                self._sent.append(now)  # requests someone else sent on our quota
            if remaining <= 0 and len(self._sent) < self.limit:
                self._sent.extend([now] * (self.limit - len(self._sent)))

    def block(self, seconds: float) -> None:
        """Send nothing for ``seconds`` (after a 429)."""
        with self._lock:
            self._blocked_until = max(self._blocked_until, self.clock() + seconds)


def _int_header(headers: httpx.Headers, name: str | None) -> int | None:
    if name is None or name not in headers:
        return None
    try:
        return int(float(headers[name]))
    except ValueError:
        return None


@dataclass(frozen=True)
class RetryPolicy:
    """How :class:`PacedTransport` retries a 429 (only for idempotent methods)."""

    max_retries: int = 3
    default_wait: float | None = None
    """Wait when the answer has no ``Retry-After`` (``None``: one limiter window, or 1 s)."""


class PacedTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Wraps httpx's transports with a :class:`RateLimiter` and 429 retries; serves sync and async clients."""

    def __init__(
        self,
        limiter: RateLimiter | None = None,
        *,
        retry: RetryPolicy = RetryPolicy(),
        headers: RateLimitHeaders = RateLimitHeaders(),
        sync_transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.limiter = limiter
        self.retry = retry
        self.headers = headers
        self._sync = sync_transport
        self._async = async_transport
        self._sleep = sleep
        self.retries = 0
        """How many 429s this transport has retried (for tests and benchmarks)."""

    def _wait_after_429(self, response: httpx.Response) -> float:
        retry_after = _int_header(response.headers, self.headers.retry_after)
        if retry_after is not None:
            return float(retry_after)
        if self.retry.default_wait is not None:
            return self.retry.default_wait
        return self.limiter.window if self.limiter else 1.0

    def _should_retry(self, request: httpx.Request, response: httpx.Response, attempt: int) -> bool:
        return (
            response.status_code == httpx.codes.TOO_MANY_REQUESTS
            and request.method in IDEMPOTENT
            and attempt < self.retry.max_retries
        )

    def _after(self, request: httpx.Request, response: httpx.Response, attempt: int) -> float | None:
        """Account for ``response``; return the wait before a retry, or None to hand it back."""
        if self.limiter is not None:
            self.limiter.observe(response.headers, self.headers)
        if not self._should_retry(request, response, attempt):
            return None
        wait = self._wait_after_429(response)
        if self.limiter is not None:
            self.limiter.block(wait)
        self.retries += 1
        return wait

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._sync is None:
            self._sync = httpx.HTTPTransport()
        for attempt in range(self.retry.max_retries + 1):
            if self.limiter is not None:
                self._sleep(self.limiter.reserve())
            response = self._sync.handle_request(request)
            wait = self._after(request, response, attempt)
            if wait is None:
                return response
            response.read()
            response.close()
            if self.limiter is None:
                self._sleep(wait)
        raise AssertionError("unreachable: the last attempt always returns")  # pragma: no cover

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._async is None:
            self._async = httpx.AsyncHTTPTransport()
        for attempt in range(self.retry.max_retries + 1):
            if self.limiter is not None:
                await asyncio.sleep(self.limiter.reserve())
            response = await self._async.handle_async_request(request)
            wait = self._after(request, response, attempt)
            if wait is None:
                return response
            await response.aread()
            await response.aclose()
            if self.limiter is None:
                await asyncio.sleep(wait)
        raise AssertionError("unreachable: the last attempt always returns")  # pragma: no cover

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()
