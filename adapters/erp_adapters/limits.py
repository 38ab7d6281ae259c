"""Per-call limits: a total deadline and a body-size cap, enforced wherever the call waits or reads.

A call runs inside a :func:`scope` that knows when it must end and how large a body may be. Every
place that waits or reads on the call's behalf asks the scope: the sync network streams (each
socket read and write gets at most the time left, so a server that drips one byte at a time cannot
stretch a call past its deadline), the rate-limit sleeps (:func:`sleep` / :func:`asleep`), and the
body readers (:func:`read_body` / :func:`aread_body`), which stop at the cap. Async calls also run
under ``asyncio.timeout``. Running out raises :class:`DeadlineHit` or :class:`BodyTooLarge`, which
the call path turns into the vendor's typed errors.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import math
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpcore
import httpx

DEFAULT_DEADLINE = 120.0
"""Seconds one call may take in total (retries, renewals, rate-limit waits and body included)."""

DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024
"""Largest response body (decoded) a call reads: 32 MiB."""

DEFAULT_MAX_RETRY_AFTER = 60.0
"""Longest ``Retry-After`` the adapters wait for; a longer one is raised as the vendor's RateLimitError."""


@dataclass(frozen=True)
class Limits:
    """The limits of every call made with one client (see :func:`erp_adapters.calls.connect_client`)."""

    deadline: float | None = DEFAULT_DEADLINE
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    max_retry_after: float = DEFAULT_MAX_RETRY_AFTER


class DeadlineHit(httpx.TimeoutException):
    """The current call's deadline has passed (an httpx timeout, so it travels through httpx unchanged)."""


class BodyTooLarge(Exception):  # noqa: N818 - internal signal, mapped to ResponseTooLargeError
    """A body exceeded the current call's cap."""

    def __init__(self, size: int, cap: int) -> None:
        self.size = size
        self.cap = cap
        super().__init__(f"body of at least {size} bytes is larger than max_body_bytes={cap}")


@dataclass(frozen=True)
class _Scope:
    ends_at: float | None
    max_body_bytes: int


_current: contextvars.ContextVar[_Scope | None] = contextvars.ContextVar("erp_adapters_call_scope", default=None)


@contextlib.contextmanager
def scope(limits: Limits) -> Iterator[None]:
    """Run the block as one call under ``limits`` (a nested scope keeps the outer deadline if sooner)."""
    outer = _current.get()
    ends_at = None if limits.deadline is None else time.monotonic() + limits.deadline
    if outer is not None and outer.ends_at is not None:
        ends_at = outer.ends_at if ends_at is None else min(ends_at, outer.ends_at)
    token = _current.set(_Scope(ends_at, limits.max_body_bytes))
    try:
        yield
    finally:
        _current.reset(token)


def remaining() -> float | None:
    """Seconds left before the current call's deadline (``None``: no deadline, or outside a call)."""
    current = _current.get()
    if current is None or current.ends_at is None:
        return None
    return current.ends_at - time.monotonic()


def expired() -> bool:
    """Whether the current call's deadline has passed."""
    left = remaining()
    return left is not None and left <= 0


def check(what: str = "call") -> None:
    """Raise :class:`DeadlineHit` if the current call's deadline has passed."""
    if expired():
        raise DeadlineHit(f"{what}: deadline exceeded")


def clamp(timeout: float | None) -> float | None:
    """``timeout`` shortened to the time left (raises :class:`DeadlineHit` when none is left)."""
    left = remaining()
    if left is None:
        return timeout
    if left <= 0:
        raise DeadlineHit("deadline exceeded")
    return left if timeout is None else min(timeout, left)


def _wait_for(seconds: float, what: str) -> float:
    left = remaining()
    if not math.isfinite(seconds) or (left is not None and seconds > left):
        raise DeadlineHit(f"{what}: waiting {seconds:.3g} s would pass the call's deadline")
    return max(0.0, seconds)


def sleep(seconds: float, what: str = "wait") -> None:
    """``time.sleep`` that refuses (:class:`DeadlineHit`) to sleep past the current call's deadline."""
    time.sleep(_wait_for(seconds, what))


async def asleep(seconds: float, what: str = "wait") -> None:
    """Async :func:`sleep`."""
    await asyncio.sleep(_wait_for(seconds, what))


def _cap() -> int | None:
    current = _current.get()
    return None if current is None else current.max_body_bytes


def _declared_size(response: httpx.Response, cap: int | None) -> None:
    length = response.headers.get("content-length", "")
    if cap is not None and length.isdigit() and len(length) < 20 and int(length) > cap:
        raise BodyTooLarge(int(length), cap)


def _keep(response: httpx.Response, chunks: list[bytes]) -> bytes:
    body = b"".join(chunks)
    response._content = body  # what httpx's own read() stores; the generated parsers read .content
    return body


def _already_read(response: httpx.Response, cap: int | None) -> bytes:
    if cap is not None and len(response.content) > cap:
        raise BodyTooLarge(len(response.content), cap)
    return response.content


def read_body(response: httpx.Response) -> bytes:
    """Read a streamed response's body, stopping at the cap and at the deadline."""
    cap = _cap()
    if hasattr(response, "_content"):
        return _already_read(response, cap)
    _declared_size(response, cap)
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if cap is not None and size > cap:
            response.close()
            raise BodyTooLarge(size, cap)
        chunks.append(chunk)
        check("reading the body")
    return _keep(response, chunks)


async def aread_body(response: httpx.Response) -> bytes:
    """Async :func:`read_body`."""
    cap = _cap()
    if hasattr(response, "_content"):
        return _already_read(response, cap)
    _declared_size(response, cap)
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if cap is not None and size > cap:
            await response.aclose()
            raise BodyTooLarge(size, cap)
        chunks.append(chunk)
        check("reading the body")
    return _keep(response, chunks)


class _DeadlineStream(httpcore.NetworkStream):
    """A sync network stream whose reads and writes never wait past the current call's deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, clamp(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, clamp(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, clamp(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """Wraps httpcore's sync backend so every stream it opens is a :class:`_DeadlineStream`."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(host, port, clamp(timeout), local_address, socket_options)
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.connect_unix_socket(path, clamp(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def deadline_transport(**options: Any) -> httpx.HTTPTransport:
    """Httpx's sync transport (``verify``, ``proxy``, ... as given) whose socket waits obey the call's deadline."""
    transport = httpx.HTTPTransport(**options)
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if backend is not None:
        pool._network_backend = _DeadlineBackend(backend)  # type: ignore[union-attr]
    return transport
