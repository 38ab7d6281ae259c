"""Per-call limits: a total deadline and a body-size cap, enforced wherever the call waits or reads.

A call runs inside a :func:`scope` that knows when it must end and how large a body may be. Every
place that waits or reads on the call's behalf asks the scope: the sync network streams (each
socket read and write gets at most the time left, so a server that drips one byte at a time cannot
stretch a call past its deadline), the rate-limit sleeps (:func:`sleep` / :func:`asleep`), and the
body readers (:func:`read_body` / :func:`aread_body`), which decode compressed bodies in bounded
pieces (:mod:`~erp_adapters.decoding`) and stop at the cap. Async calls also run
under ``asyncio.timeout``. Running out raises :class:`DeadlineHit` or :class:`BodyTooLarge`, which
the call path turns into the vendor's typed errors.
"""

from __future__ import annotations

import asyncio
import contextvars
import math
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpcore
import httpx

from erp_adapters.decoding import BodyDecoder, UndecodableBody

DEFAULT_DEADLINE = 120.0
"""Seconds one call may take in total (retries, renewals, rate-limit waits and body included)."""

DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024
"""Largest response body (decoded) a call reads: 32 MiB."""

DEFAULT_MAX_RETRY_AFTER = 60.0
"""Longest ``Retry-After`` the adapters wait for; a longer one is raised as the vendor's RateLimitError."""


@dataclass(frozen=True)
class Limits:
    """The limits of every call made with one client (see :meth:`erp_adapters.calls.Caller.connect`)."""

    deadline: float | None = DEFAULT_DEADLINE
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    max_retry_after: float = DEFAULT_MAX_RETRY_AFTER


class DeadlineHit(httpx.TimeoutException):
    """The current call's deadline has passed (an httpx timeout, so it travels through httpx unchanged)."""


class BodyTooLarge(Exception):  # noqa: N818 - internal signal, mapped to ResponseTooLargeError
    """A body exceeded the current call's cap (``size``: bytes read, or announced, when it was noticed)."""

    def __init__(self, size: int, cap: int, status: int = 0) -> None:
        self.size = size
        self.cap = cap
        self.status = status
        super().__init__(
            f"the response body exceeded max_body_bytes={cap} ({_mib(cap)}; at least {size} bytes) "
            "and was not read further; if such answers are expected, pass a larger max_body_bytes= to connect()"
        )


def _mib(size: int) -> str:
    return f"{size / 2**20:.3g} MiB"


@dataclass(frozen=True)
class _Scope:
    ends_at: float | None
    max_body_bytes: int


_current: contextvars.ContextVar[_Scope | None] = contextvars.ContextVar("erp_adapters_call_scope", default=None)


class scope:  # noqa: N801 - used as a function: ``with scope(limits):``
    """Run the block as one call under ``limits`` (a nested scope keeps the outer deadline if sooner).

    A plain class rather than a ``contextlib.contextmanager``: every call enters one, so it is kept cheap.
    """

    __slots__ = ("_limits", "_token")

    def __init__(self, limits: Limits) -> None:
        self._limits = limits

    def __enter__(self) -> None:
        limits = self._limits
        outer = _current.get()
        ends_at = None if limits.deadline is None else time.monotonic() + limits.deadline
        if outer is not None and outer.ends_at is not None:
            ends_at = outer.ends_at if ends_at is None else min(ends_at, outer.ends_at)
        self._token = _current.set(_Scope(ends_at, limits.max_body_bytes))

    def __exit__(self, *exc_info: object) -> None:
        _current.reset(self._token)


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


def _cap() -> int:
    current = _current.get()
    return DEFAULT_MAX_BODY_BYTES if current is None else current.max_body_bytes


def _identity(coding: str) -> bool:
    """Whether a ``Content-Encoding`` value means the body is sent as it is."""
    return not coding or coding.strip().lower() in ("", "identity")


def _declared_size(response: httpx.Response, cap: int, coding: str) -> None:
    if not _identity(coding):
        return  # Content-Length counts the compressed bytes; the cap counts decoded ones
    length = response.headers.get("content-length", "")
    if length.isdigit() and len(length) < 20 and int(length) > cap:
        raise BodyTooLarge(int(length), cap, response.status_code)


def _keep(response: httpx.Response, chunks: list[bytes]) -> bytes:
    body = b"".join(chunks)
    response._content = body  # what httpx's own read() stores; the generated parsers read .content
    return body


def _already_read(response: httpx.Response, cap: int) -> bytes:
    if len(response.content) > cap:
        raise BodyTooLarge(len(response.content), cap, response.status_code)
    return response.content


class _Collector:
    """Decodes raw chunks (:class:`~erp_adapters.decoding.BodyDecoder`) and keeps them, up to the cap."""

    def __init__(self, response: httpx.Response, cap: int, coding: str) -> None:
        self.response = response
        self.cap = cap
        self.chunks: list[bytes] = []
        self.size = 0
        self.decoder: BodyDecoder | None = None  # None: nothing to decode, chunks are kept as they come
        if not _identity(coding):
            try:
                self.decoder = BodyDecoder(response.headers)
            except UndecodableBody as exc:
                raise UndecodableBody(exc.reason, response.status_code) from None

    def _keep(self, pieces: Iterator[bytes]) -> None:
        try:
            for piece in pieces:
                self.size += len(piece)
                if self.size > self.cap:
                    raise BodyTooLarge(self.size, self.cap, self.response.status_code)
                self.chunks.append(piece)
        except UndecodableBody as exc:
            raise UndecodableBody(exc.reason, self.response.status_code) from None

    def add(self, raw: bytes) -> None:
        if self.decoder is None:
            self.size += len(raw)
            if self.size > self.cap:
                raise BodyTooLarge(self.size, self.cap, self.response.status_code)
            self.chunks.append(raw)
        else:
            self._keep(self.decoder.feed(raw))
        check("reading the body")

    def body(self) -> bytes:
        if self.decoder is not None:
            self._keep(self.decoder.finish())
        return _keep(self.response, self.chunks)


def read_body(response: httpx.Response) -> bytes:
    """Read a streamed response's body, decoded, stopping at the cap and at the deadline.

    The raw bytes are read (``iter_raw``) and decoded here in bounded pieces, so a compressed
    body is counted as it inflates: memory stays near the cap whatever the compression ratio.
    Outside a call the cap is :data:`DEFAULT_MAX_BODY_BYTES`.
    """
    cap = _cap()
    if hasattr(response, "_content"):
        return _already_read(response, cap)
    coding = response.headers.get("content-encoding", "")
    _declared_size(response, cap, coding)
    collector = _Collector(response, cap, coding)
    try:
        for raw in response.iter_raw():
            collector.add(raw)
        return collector.body()
    except (BodyTooLarge, UndecodableBody):
        response.close()
        raise


async def aread_body(response: httpx.Response) -> bytes:
    """Async :func:`read_body`."""
    cap = _cap()
    if hasattr(response, "_content"):
        return _already_read(response, cap)
    coding = response.headers.get("content-encoding", "")
    _declared_size(response, cap, coding)
    collector = _Collector(response, cap, coding)
    try:
        async for raw in response.aiter_raw():
            collector.add(raw)
        return collector.body()
    except (BodyTooLarge, UndecodableBody):
        await response.aclose()
        raise


DISCARD_BYTES = 64 * 1024
"""Most raw bytes read from an answer that is thrown away (a 429 before a retry) before its connection is dropped."""


def discard(response: httpx.Response) -> None:
    """Close an answer nobody reads, reading at most :data:`DISCARD_BYTES` raw (never inflated) bytes first.

    A short body is read so the connection can be reused; a longer one is not worth it, nor is inflating it.
    """
    try:
        seen = 0
        if not response.is_stream_consumed:
            for raw in response.iter_raw():
                seen += len(raw)
                if seen > DISCARD_BYTES:
                    break
    finally:
        response.close()


async def adiscard(response: httpx.Response) -> None:
    """Async :func:`discard`."""
    try:
        seen = 0
        if not response.is_stream_consumed:
            async for raw in response.aiter_raw():
                seen += len(raw)
                if seen > DISCARD_BYTES:
                    break
    finally:
        await response.aclose()


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
