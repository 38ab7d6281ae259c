"""eGestor's throttle: ``limit`` requests per ``window`` per application + user, reported on every response.

The counter works like the framework eGestor runs on: the first request of a key opens a window of
``window`` seconds, each accepted request counts, and when the window has passed the next request
opens a new one. Refused requests (429) do not count. Every response outside ``/_mock/`` carries
``X-RateLimit-Limit`` and ``X-RateLimit-Remaining``; a 429 also carries ``Retry-After`` (seconds
until the window ends, rounded up).
"""

from __future__ import annotations

import math
import threading
import time
from collections import Counter
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send


@dataclass(frozen=True)
class Decision:
    """The throttle's answer for one request."""

    allowed: bool
    limit: int
    remaining: int
    retry_after: float


class FixedWindowThrottle:
    """Counts requests per key in fixed windows that open with a key's first request."""

    def __init__(self, limit: int, window: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self.accepted = 0
        self.refused: Counter[str] = Counter()
        """429s by HTTP method."""
        self.peak = 0
        """The most requests any key had accepted within one window."""
        self._windows: dict[Hashable, tuple[float, int]] = {}
        self._lock = threading.Lock()

    def hit(self, key: Hashable, method: str) -> Decision:
        """Count a request for ``key`` if the window has room; say whether it may proceed."""
        with self._lock:
            now = self.clock()
            start, count = self._windows.get(key, (now, 0))
            if now >= start + self.window:
                start, count = now, 0
            if count >= self.limit:
                self.refused[method] += 1
                self._windows[key] = (start, count)
                return Decision(False, self.limit, 0, start + self.window - now)
            count += 1
            self._windows[key] = (start, count)
            self.accepted += 1
            self.peak = max(self.peak, count)
            return Decision(True, self.limit, self.limit - count, 0.0)


KeyFunction = Callable[[Scope, Headers], Hashable]
RefusalFactory = Callable[[Scope], Response]


class ThrottleMiddleware:
    """ASGI middleware applying a :class:`FixedWindowThrottle` to every request outside ``/_mock/``."""

    def __init__(
        self, app: ASGIApp, *, throttle: FixedWindowThrottle, key: KeyFunction, refusal: RefusalFactory
    ) -> None:
        self.app = app
        self.throttle = throttle
        self.key = key
        self.refusal = refusal

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or str(scope["path"]).startswith("/_mock/"):
            await self.app(scope, receive, send)
            return
        decision = self.throttle.hit(self.key(scope, Headers(scope=scope)), str(scope["method"]))
        quota = {"X-RateLimit-Limit": str(decision.limit), "X-RateLimit-Remaining": str(decision.remaining)}
        if not decision.allowed:
            response = self.refusal(scope)
            response.headers.update({**quota, "Retry-After": str(max(1, math.ceil(decision.retry_after)))})
            await response(scope, receive, send)
            return

        async def send_with_quota(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in quota.items():
                    headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_quota)
