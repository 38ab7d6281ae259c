"""``TokenAuth``: one ``httpx.Auth`` for every vendor whose requests carry a cached token.

A vendor plugs in a :class:`TokenProvider` that knows two things:

* how to obtain a token, written *sans-IO* as a generator that yields ``httpx.Request`` objects
  and receives their ``httpx.Response`` (so the same login code serves sync and async clients,
  and login requests travel through the caller's own client, transport and timeouts);
* how to put a token on a request.

``TokenAuth`` adds what every vendor needs and nobody should write twice: the token is cached
and reused until shortly before it expires; concurrent requests that find it stale wait for a
single login (threads and asyncio tasks alike); and a request refused with 401 triggers one
renewal and is retried once.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import weakref
from collections.abc import AsyncGenerator, Callable, Generator
from typing import Protocol

import httpx

from erp_adapters import limits
from erp_adapters.bridge import acquire_in_thread
from erp_adapters.errors import LOGIN_ENDPOINT
from erp_adapters.secrets import Secret
from erp_adapters.tokens import Token, TokenCache

log = logging.getLogger("erp_adapters.auth")


def _read_sync(response: httpx.Response) -> None:
    limits.read_body(response)


def bearer(request: httpx.Request, token: Token | Secret) -> None:
    """Put ``token`` on ``request`` as ``Authorization: Bearer <token>`` (the one bearer ``apply``)."""
    value = token.access if isinstance(token, Token) else token
    request.headers["Authorization"] = f"Bearer {header_safe(value, 'access token')}"


def fits_header(text: str) -> bool:
    """Whether an HTTP header value can carry ``text``: printable ASCII only (0x20-0x7E, no control characters)."""
    return text.isascii() and text.isprintable()


def header_safe(value: Secret, what: str) -> str:
    """The revealed value, if an HTTP header can carry it; else a ``ValueError`` that does not quote it."""
    plain = value.reveal()
    if not fits_header(plain):
        raise ValueError(f"the {what} contains characters an HTTP header cannot carry (non-ASCII or control)")
    return plain


LoginFlow = Generator[httpx.Request, httpx.Response, Token]
"""A sans-IO login: yields requests, receives their responses, returns the new token."""


class TokenProvider(Protocol):
    """What a vendor supplies to :class:`TokenAuth`."""

    def obtain(self, previous: Token | None) -> LoginFlow:
        """Get a new token. ``previous`` is the token being replaced (e.g. to use its refresh token)."""
        ...

    def apply(self, request: httpx.Request, token: Token) -> None:
        """Authenticate ``request`` with ``token`` (called again, on the same request, for a retry)."""
        ...


class TokenAuth(httpx.Auth):
    """Caches a token from a :class:`TokenProvider`, renews it before expiry and once on a 401.

    A provider with an ``initial`` token (an OAuth2 provider resumed from a stored token set)
    primes the cache with it, so the first renewal can use its refresh token.
    """

    # The flows below read request bodies (a request refused with 401 is sent again) and the
    # login responses themselves; httpx's own flags only apply to its default flow methods.

    def __init__(self, provider: TokenProvider, cache: TokenCache | None = None) -> None:
        self.provider = provider
        self.cache = cache if cache is not None else TokenCache()
        initial = getattr(provider, "initial", None)  # e.g. a token set restored from a token store
        if isinstance(initial, Token) and self.cache.latest() is None:
            self.cache.store(initial)
        self.logins = 0
        """How many tokens this auth has obtained (useful in tests and benchmarks)."""
        self._sync_lock = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(provider={self.provider!r})"

    # -- shared pieces -------------------------------------------------------------------------

    def _usable(self, refused: Token | None) -> Token | None:
        """The cached token if it is fresh and is not the one the server just refused."""
        token = self.cache.fresh()
        return token if token is not None and token is not refused else None

    def _renew(self, refused: Token | None, read: Callable[[httpx.Response], None] | None) -> LoginFlow:
        if refused is not None:
            self.cache.discard(refused)
        flow = self.provider.obtain(self.cache.latest())
        try:
            login_request = next(flow)
            while True:
                # so that a failure to reach it names the endpoint, not just the operation it served
                login_request.extensions.setdefault(LOGIN_ENDPOINT, "login endpoint")
                login_response = yield login_request
                if read is not None:
                    read(login_response)
                login_request = flow.send(login_response)
        except StopIteration as done:
            token: Token = done.value
        self.cache.store(token)
        self.logins += 1
        log.info("%r obtained a new token (renewal %d of this client)", self.provider, self.logins)
        return token

    def _async_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        lock = self._async_locks.get(loop)
        if lock is None:
            lock = self._async_locks[loop] = asyncio.Lock()
        return lock

    # -- sync ----------------------------------------------------------------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Authenticate ``request`` for a sync client (logging in first if needed)."""
        request.read()
        refused: Token | None = None
        for _attempt in range(2):
            token = self._usable(refused)
            if token is None:
                with self._sync_lock:
                    token = self._usable(refused)  # another thread may have renewed meanwhile
                    if token is None:
                        token = yield from self._renew(refused, _read_sync)
            self.provider.apply(request, token)
            response = yield request
            if response.status_code != httpx.codes.UNAUTHORIZED:
                return
            _read_sync(response)  # httpx reads a refused answer whole before the retry: read it within the cap first
            refused = token

    # -- async ---------------------------------------------------------------------------------

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authenticate ``request`` for an async client (logging in first if needed)."""
        await request.aread()
        refused: Token | None = None
        for _attempt in range(2):
            token = self._usable(refused)
            if token is None:
                # Tasks of this loop queue on an asyncio lock; the renewal itself also holds the
                # lock sync callers use (taken in a worker thread, so the loop never blocks), so
                # one renewal serves threads, tasks and other event loops alike.
                async with self._async_lock():
                    await acquire_in_thread(self._sync_lock.acquire, self._sync_lock.release)
                    try:
                        token = self._usable(refused)  # someone may have renewed meanwhile
                        if token is None:
                            flow = self._renew(refused, None)
                            try:
                                login_request = next(flow)
                                while True:
                                    login_response = yield login_request
                                    await limits.aread_body(login_response)
                                    login_request = flow.send(login_response)
                            except StopIteration as done:
                                token = done.value
                    finally:
                        self._sync_lock.release()
            self.provider.apply(request, token)
            response = yield request
            if response.status_code != httpx.codes.UNAUTHORIZED:
                return
            await limits.aread_body(response)  # as in sync_auth_flow: bounded before httpx reads it
            refused = token


def fetch_token(provider: TokenProvider, client: httpx.Client, previous: Token | None = None) -> Token:
    """Run ``provider``'s login flow with a plain ``httpx.Client`` and return the token.

    For tools that need the token value itself (e.g. a fuzzer setting its own headers); clients
    built by the adapters never need this, :class:`TokenAuth` does it for them.
    """
    flow = provider.obtain(previous)
    try:
        request = next(flow)
        while True:
            response = client.send(request, stream=True)
            try:
                limits.read_body(response)
            finally:
                response.close()
            request = flow.send(response)
    except StopIteration as done:
        token: Token = done.value
        return token
