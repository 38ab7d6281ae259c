"""Client-side rate limiting and 429 retries, as one httpx transport for sync and async clients.

:class:`RateLimiter` keeps a sliding log of send times: at most ``limit`` requests leave in any
``window`` seconds (plus a small safety margin), so a long sync runs at the vendor's limit without
drawing a 429 — whether the server counts in a sliding window or in fixed windows. The vendor's
``X-RateLimit-Limit`` / ``X-RateLimit-Remaining`` headers correct it: the limit the server reports
replaces the configured one, and requests the server counted that this client did not send (other
processes sharing the same quota) are added to the log.

:class:`PacedTransport` wraps the real transport: it waits for the limiter before each request,
and on a 429 waits (``Retry-After``, else one window) and retries — but only idempotent methods.
A POST that drew a 429 is never re-sent automatically: the server may or may not have created the
record, so the caller gets the 429 (as a typed ``RateLimitError``) and decides.
"""

from __future__ import annotations

import bisect
import logging
import math
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from erp_adapters import limits
from erp_adapters.proxies import ProxyRoutes
from erp_adapters.tokens import Clock

log = logging.getLogger("erp_adapters.pacing")

MAX_HEADER_LIMIT = 10_000
"""Largest ``X-RateLimit-Limit`` / ``Remaining`` the limiter believes; larger (or ``inf``) values are capped."""

IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
"""Methods :class:`PacedTransport` may re-send after a 429 (RFC 9110 idempotent methods)."""


@dataclass(frozen=True)
class RateLimitHeaders:
    """Names of the headers a vendor uses to report its quota (``None``: not sent)."""

    limit: str | None = "X-RateLimit-Limit"
    remaining: str | None = "X-RateLimit-Remaining"
    retry_after: str | None = "Retry-After"


class RateLimiter:
    """At most ``limit`` requests in any ``window`` seconds (a sliding log of send times).

    Thread-safe. :meth:`book` reserves the next send slot (first come, first served) and returns its
    time, so waiting happens outside the lock (with ``time.sleep`` or ``asyncio.sleep``).

    Args:
        limit: requests allowed per window (replaced by the server's ``X-RateLimit-Limit``).
        window: the window length in seconds.
        safety: extra spacing, as a fraction of the window, so that a request never reaches the
            server a hair before its window has passed (network and scheduling jitter).
        min_margin: the least extra spacing in seconds, whatever the window.
        clock: monotonic clock (tests inject a fake one).

    """

    def __init__(
        self,
        limit: int,
        window: float,
        *,
        safety: float = 0.01,
        min_margin: float = 0.02,
        clock: Clock = time.monotonic,
    ) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("limit must be >= 1 and window > 0")
        self.limit = limit
        self.window = window
        self.safety = max(window * safety, min_margin)
        """Extra spacing (seconds) between a request and the one ``limit`` places before it."""
        self.clock = clock
        self.foreign = 0
        """Requests the server reported that this limiter did not send (another client on the quota)."""
        self._log: list[float] = []  # sorted send times: past sends, booked future slots, foreign requests
        self._blocked_until = 0.0
        self._lock = threading.Lock()

    @property
    def span(self) -> float:
        """Window plus safety margin: a slot is free once the entry ``limit`` places back is this old."""
        return self.window + self.safety

    def _prune(self, now: float) -> None:
        cut = bisect.bisect_right(self._log, now - self.span)
        del self._log[:cut]

    def book(self) -> float:
        """Reserve the next free send slot; return its time on :attr:`clock`."""
        with self._lock:
            now = self.clock()
            self._prune(now)
            at = max(now, self._blocked_until, self._log[-1] if self._log else now)
            if len(self._log) >= self.limit:
                at = max(at, self._log[-self.limit] + self.span)
            self._log.append(at)
            return at

    def unbook(self, booked: float) -> None:
        """Give back the slot booked at ``booked`` by a request that will not be sent (its wait failed)."""
        with self._lock:
            index = bisect.bisect_left(self._log, booked)
            if index < len(self._log) and self._log[index] == booked:
                del self._log[index]

    def reserve(self) -> float:
        """Book the next send slot; return the seconds to wait before sending."""
        return max(0.0, self.book() - self.clock())

    def mark_sent(self, booked: float) -> float:
        """Record that the request booked at ``booked`` leaves now (not earlier); return the send time."""
        with self._lock:
            now = self.clock()
            if now > booked:
                index = bisect.bisect_left(self._log, booked)
                if index < len(self._log) and self._log[index] == booked:
                    del self._log[index]
                bisect.insort(self._log, now)
            return max(now, booked)

    def observe(self, headers: httpx.Headers, names: RateLimitHeaders, sent_at: float | None = None) -> None:
        """Align with the server's own count, reported on the response to a request sent at ``sent_at``.

        The server counted at most our requests sent since ``sent_at - window``; if it reports more
        than that, the excess came from elsewhere and is added to the log at ``sent_at``.
        """
        limit = _int_header(headers, names.limit, MAX_HEADER_LIMIT)
        remaining = _int_header(headers, names.remaining, MAX_HEADER_LIMIT)
        with self._lock:
            if limit is not None and limit > 0:
                self.limit = limit
            if remaining is None:
                return
            now = self.clock()
            sent = now if sent_at is None else sent_at
            used_by_server = self.limit - max(0, remaining)
            ours = bisect.bisect_right(self._log, now) - bisect.bisect_right(self._log, sent - self.span)
            excess = max(0, used_by_server - ours)
            if excess:
                index = bisect.bisect_right(self._log, sent)
                self._log[index:index] = [sent] * excess
                self.foreign += excess

    def block(self, seconds: float) -> None:
        """Send nothing for ``seconds`` (after a 429)."""
        with self._lock:
            self._blocked_until = max(self._blocked_until, self.clock() + seconds)


def _number_header(headers: httpx.Headers, name: str | None) -> float | None:
    """A header's numeric value; ``None`` when absent, not a number, NaN or negative infinity."""
    if name is None or name not in headers:
        return None
    try:
        value = float(headers[name].strip()[:32])
    except ValueError:
        return None
    return None if math.isnan(value) or value == -math.inf else value


def _int_header(headers: httpx.Headers, name: str | None, cap: int) -> int | None:
    """A header's value as an int in ``[0, cap]`` (``inf``, ``1e999`` and huge values become ``cap``)."""
    value = _number_header(headers, name)
    return None if value is None else int(max(0.0, min(value, float(cap))))


@dataclass(frozen=True)
class RetryPolicy:
    """How :class:`PacedTransport` retries a 429 (only for idempotent methods)."""

    max_retries: int = 3
    default_wait: float | None = None
    """Wait when the answer has no ``Retry-After`` (``None``: one limiter window, or 1 s)."""
    max_retry_after: float = limits.DEFAULT_MAX_RETRY_AFTER
    """A longer ``Retry-After`` is not waited for: the 429 goes back to the caller (a RateLimitError)."""


class PacedTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Wraps httpx's transports with a :class:`RateLimiter` and 429 retries; serves sync and async clients.

    Pass one instance as ``transport`` to both the sync and the async httpx client of a generated
    client (``httpx_args={"transport": ...}``), so both share one quota. ``sync_transport`` /
    ``async_transport`` are the real transports (default: httpx's, created on first use with
    ``transport_options`` such as ``verify``: httpx ignores a client's ``verify`` when it is given a
    transport). Without a ``proxy`` option and unless ``trust_env`` is false, the environment's
    proxies are honoured per URL, as httpx does (:mod:`~erp_adapters.proxies`).
    """

    def __init__(
        self,
        limiter: RateLimiter | None = None,
        *,
        retry: RetryPolicy = RetryPolicy(),
        headers: RateLimitHeaders = RateLimitHeaders(),
        sync_transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], None] = limits.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = limits.asleep,
        transport_options: Mapping[str, Any] | None = None,
    ) -> None:
        self.limiter = limiter
        self.retry = retry
        self.headers = headers
        self._sync = sync_transport
        self._async = async_transport
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._options: dict[str, Any] = dict(transport_options or {})
        self._create_lock = threading.Lock()
        self._sync_routes: ProxyRoutes[httpx.BaseTransport] | None = None
        self._async_routes: ProxyRoutes[httpx.AsyncBaseTransport] | None = None
        self.retries = 0
        """How many 429s this transport has retried (for tests and benchmarks)."""
        self.throttled = 0
        """How many 429 answers this transport has seen, retried or not."""

    def _sync_transport(self, url: httpx.URL) -> httpx.BaseTransport:
        if self._sync is not None:
            return self._sync
        routes = self._sync_routes
        if routes is not None:  # built once; no lock needed to read it
            return routes.for_url(url)
        with self._create_lock:
            if self._sync_routes is None:
                self._sync_routes = ProxyRoutes(limits.deadline_transport, self._options)
            return self._sync_routes.for_url(url)

    def _async_transport(self, url: httpx.URL) -> httpx.AsyncBaseTransport:
        if self._async is not None:
            return self._async
        routes = self._async_routes
        if routes is not None:
            return routes.for_url(url)
        with self._create_lock:
            if self._async_routes is None:
                self._async_routes = ProxyRoutes(httpx.AsyncHTTPTransport, self._options)
            return self._async_routes.for_url(url)

    def _wait_after_429(self, response: httpx.Response) -> float:
        retry_after = _number_header(response.headers, self.headers.retry_after)
        if retry_after is not None:
            return max(0.0, retry_after)
        if self.retry.default_wait is not None:
            return self.retry.default_wait
        return self.limiter.window if self.limiter else 1.0

    def _should_retry(self, request: httpx.Request, response: httpx.Response, attempt: int) -> bool:
        return (
            response.status_code == httpx.codes.TOO_MANY_REQUESTS
            and request.method in IDEMPOTENT
            and attempt < self.retry.max_retries
        )

    def _after(self, request: httpx.Request, response: httpx.Response, attempt: int, sent_at: float) -> float | None:
        """Account for ``response``; return the wait before a retry, or None to hand it back."""
        if self.limiter is not None:
            self.limiter.observe(response.headers, self.headers, sent_at)
        if response.status_code == httpx.codes.TOO_MANY_REQUESTS:
            self.throttled += 1
        if not self._should_retry(request, response, attempt):
            return None
        wait = self._wait_after_429(response)
        if wait > self.retry.max_retry_after:
            log.info(
                "429 asks to wait %.3g s, more than max_retry_after=%s: not retried", wait, self.retry.max_retry_after
            )
            return None
        left = limits.remaining()
        if left is not None and wait > left:
            log.info("429 asks to wait %.3g s, past the call's deadline: not retried", wait)
            return None
        log.info("429 for %s %s: waiting %.3g s before retry %d", request.method, request.url.path, wait, attempt + 1)
        if self.limiter is not None:
            self.limiter.block(wait)
        self.retries += 1
        return wait

    def _pace(self, booked: float, request: httpx.Request) -> None:
        assert self.limiter is not None
        wait = booked - self.limiter.clock()
        if wait > 0:
            log.info("rate limit: waiting %.3g s before %s %s", wait, request.method, request.url.path)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` when the limiter allows; retry a 429 if the method is idempotent."""
        transport = self._sync_transport(request.url)
        for attempt in range(self.retry.max_retries + 1):
            sent_at = time.monotonic()
            if self.limiter is not None:
                booked = self.limiter.book()
                self._pace(booked, request)
                try:
                    self._sleep(max(0.0, booked - self.limiter.clock()))
                except BaseException:  # deadline or interrupt: this request never uses its slot
                    self.limiter.unbook(booked)
                    raise
                sent_at = self.limiter.mark_sent(booked)
            response = transport.handle_request(request)
            wait = self._after(request, response, attempt, sent_at)
            if wait is None:
                if response.is_redirect:  # httpx reads a followed redirect whole: read it within the cap first
                    try:
                        limits.read_body(response)
                    except BaseException:
                        response.close()  # an oversized, undecodable or late body must not hold the connection
                        raise
                return response
            limits.discard(response)  # raw bytes only: a compressed 429 body is never inflated
            if self.limiter is None:
                self._sleep(wait)
        raise AssertionError("unreachable: the last attempt always returns")  # pragma: no cover

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Async :meth:`handle_request`."""
        transport = self._async_transport(request.url)
        for attempt in range(self.retry.max_retries + 1):
            sent_at = time.monotonic()
            if self.limiter is not None:
                booked = self.limiter.book()
                self._pace(booked, request)
                try:
                    await self._async_sleep(max(0.0, booked - self.limiter.clock()))
                except BaseException:  # deadline or cancellation: this request never uses its slot
                    self.limiter.unbook(booked)
                    raise
                sent_at = self.limiter.mark_sent(booked)
            response = await transport.handle_async_request(request)
            wait = self._after(request, response, attempt, sent_at)
            if wait is None:
                if response.is_redirect:
                    try:
                        await limits.aread_body(response)
                    except BaseException:
                        await response.aclose()
                        raise
                return response
            await limits.adiscard(response)
            if self.limiter is None:
                await self._async_sleep(wait)
        raise AssertionError("unreachable: the last attempt always returns")  # pragma: no cover

    def close(self) -> None:
        """Close the wrapped sync transport(s)."""
        if self._sync is not None:
            self._sync.close()
        for transport in self._sync_routes or ():
            transport.close()

    async def aclose(self) -> None:
        """Close the wrapped async transport(s)."""
        if self._async is not None:
            await self._async.aclose()
        for transport in self._async_routes or ():
            await transport.aclose()
