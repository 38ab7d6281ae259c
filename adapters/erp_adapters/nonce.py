"""Strictly increasing nonces for write calls, shared by every thread, task and process on one machine.

Some vendors (Gestix) refuse a write unless its ``nonce`` query value is greater than that of the
previous write on the same account. Two things are needed for that, and this module provides both:

* :class:`NonceSource` hands out the numbers: ``max(last + 1, now in milliseconds)``, where
  ``last`` is kept in a small state file per account, read and replaced under a file lock. So the
  numbers never repeat and never go down, across threads, asyncio tasks and processes, across
  restarts, and when the wall clock steps back.
* :class:`NonceAuth` puts them on requests. A nonce that was the highest when drawn can still
  arrive late (another request drawn after it overtakes it on the way), and the server would then
  refuse it. So writes to one account leave one at a time: the source's lock is held from drawing
  the nonce until the response has arrived (:meth:`NonceSource.reserve`). Reads never wait.

The cost is throughput: one account's writes from one machine are sequential, at most one per
round trip. Machines do not coordinate; two machines writing to one account can still make the
server refuse a nonce.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
import sys
import tempfile
import threading
import time
import weakref
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Collection, Generator, Iterator
from pathlib import Path

import filelock
import httpx

from erp_adapters import limits
from erp_adapters.bridge import acquire_in_thread

log = logging.getLogger("erp_adapters.nonce")

STATE_DIR_ENV = "ERP_ADAPTERS_NONCE_DIR"
"""Environment variable that overrides :func:`default_state_dir`."""

WRITE_METHODS = frozenset({"POST", "PUT"})
"""Methods that carry a nonce unless :class:`NonceAuth` is told otherwise."""

DEFAULT_LOCK_TIMEOUT = 60.0
"""Seconds a write waits for the account's lock (longer than the default 30 s request timeout)."""

_POLL_INTERVAL = 0.001
"""How often a process waiting for another process's lock retries (the file lock is polled)."""


def milliseconds() -> int:
    """The wall clock in whole milliseconds since the Unix epoch."""
    return time.time_ns() // 1_000_000


def default_state_dir() -> Path:
    """Where nonce state files live unless told otherwise.

    ``$ERP_ADAPTERS_NONCE_DIR`` if set, else the user's cache directory (``$XDG_CACHE_HOME`` or
    ``~/.cache`` on Linux, ``~/Library/Caches`` on macOS, ``%LOCALAPPDATA%`` on Windows) plus
    ``erp-adapters/nonces``, else the same under the temporary directory.
    """
    override = os.environ.get(STATE_DIR_ENV)
    if override:
        return Path(override)
    try:
        if sys.platform == "win32":
            base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        elif sys.platform == "darwin":
            base = Path.home() / "Library" / "Caches"
        else:
            base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    except RuntimeError:  # no home directory
        base = Path(tempfile.gettempdir())
    return base / "erp-adapters" / "nonces"


def scope_name(*parts: str) -> str:
    """A file-name-safe key for an account, e.g. ``scope_name("gestix", "gestix.pt", "03101176")``."""
    return "-".join(re.sub(r"[^A-Za-z0-9._]+", "_", part) for part in parts if part)


class WriteLockTimeout(httpx.TimeoutException):
    """A write waited longer than its lock timeout for the account's other writes to finish.

    It is an ``httpx.TimeoutException``, so the vendor's ``call`` reports it as a transport error.
    """


# One thread lock per state file and process: threads queue here (promptly, without polling)
# and only the thread at the head of the queue contends for the file lock with other processes.
_gates: dict[str, threading.Lock] = {}
_gates_guard = threading.Lock()


def _gate(path: Path) -> threading.Lock:
    with _gates_guard:
        return _gates.setdefault(str(path), threading.Lock())


def _forget_gates_in_child() -> None:  # a forked child must not inherit locks held by parent threads
    global _gates_guard
    _gates.clear()
    _gates_guard = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_gates_in_child)


class NonceSource:
    """Positive integers, each greater than every one drawn before from the same state file.

    Args:
        path: the state file (its lock is ``<path>.lock``); one per account. Created on first use.
        clock: the millisecond clock the numbers follow when it is ahead of the last one.
        lock_timeout: seconds to wait for the lock before :class:`WriteLockTimeout`.

    Use :meth:`for_scope` to get the per-account file in the default directory.

    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        clock: Callable[[], int] = milliseconds,
        lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
    ) -> None:
        self.path = Path(path).absolute()
        self.clock = clock
        self.lock_timeout = lock_timeout
        self._file_lock: tuple[int, filelock.BaseFileLock] | None = None
        self._async_gates: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )

    @classmethod
    def for_scope(
        cls, *scope: str, state_dir: str | os.PathLike[str] | None = None, lock_timeout: float = DEFAULT_LOCK_TIMEOUT
    ) -> NonceSource:
        """The source for one account, e.g. ``NonceSource.for_scope("gestix", host, account)``."""
        directory = Path(state_dir) if state_dir is not None else default_state_dir()
        return cls(directory / f"{scope_name(*scope)}.nonce", lock_timeout=lock_timeout)

    def __repr__(self) -> str:
        return f"NonceSource({str(self.path)!r})"

    # -- locking -------------------------------------------------------------------------------

    def _lock_file(self) -> filelock.BaseFileLock:
        """The file lock of the current process (a forked child must not share the parent's descriptor)."""
        pid = os.getpid()
        if self._file_lock is None or self._file_lock[0] != pid:
            lock = filelock.FileLock(f"{self.path}.lock", thread_local=False)
            self._file_lock = (pid, lock)
        return self._file_lock[1]

    def _acquire(self) -> None:
        left = limits.remaining()  # a sync call's deadline also bounds the wait (async calls are cancelled)
        wait = self.lock_timeout if left is None else max(0.0, min(self.lock_timeout, left))
        deadline = time.monotonic() + wait
        gate = _gate(self.path)
        if not gate.acquire(timeout=wait):
            raise WriteLockTimeout(f"waited {wait:.3g} s for the nonce lock {self.path}")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._lock_file().acquire(timeout=max(0.0, deadline - time.monotonic()), poll_interval=_POLL_INTERVAL)
        except filelock.Timeout:
            gate.release()
            raise WriteLockTimeout(f"waited {wait:.3g} s for the nonce lock {self.path}") from None
        except BaseException:
            gate.release()
            raise

    def _release(self) -> None:
        try:
            self._lock_file().release()
        finally:
            _gate(self.path).release()

    def _acquire_and_draw(self) -> int:
        self._acquire()
        try:
            return self._draw()
        except BaseException:
            self._release()
            raise

    def _draw(self) -> int:
        """The next number; the caller holds the lock."""
        try:
            last = int(self.path.read_text(encoding="ascii").strip() or "0")
        except FileNotFoundError:
            last = 0
        except (ValueError, UnicodeDecodeError):
            log.warning("nonce state %s is unreadable; continuing from the clock", self.path)
            last = 0
        nonce = max(last + 1, self.clock(), 1)
        scratch = self.path.with_name(f"{self.path.name}.tmp")
        scratch.write_text(str(nonce), encoding="ascii")
        scratch.replace(self.path)  # atomic: a crash leaves the old or the new value, never half of one
        return nonce

    def _async_gate(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        gate = self._async_gates.get(loop)
        if gate is None:
            gate = self._async_gates[loop] = asyncio.Lock()
        return gate

    # -- public --------------------------------------------------------------------------------

    def next(self) -> int:
        """Draw one nonce (the lock is held only while drawing)."""
        with self.reserve() as nonce:
            return nonce

    @contextlib.contextmanager
    def reserve(self) -> Iterator[int]:
        """Draw a nonce and keep every other user of this state file waiting until the block ends.

        Send the request inside the block, so no nonce drawn later can reach the server first.
        """
        nonce = self._acquire_and_draw()
        try:
            yield nonce
        finally:
            self._release()

    @contextlib.asynccontextmanager
    async def areserve(self) -> AsyncIterator[int]:
        """Async :meth:`reserve`: tasks wait on an asyncio lock, the file lock is taken in a worker thread."""
        async with self._async_gate():
            nonce = await acquire_in_thread(self._acquire_and_draw, self._release)
            try:
                yield nonce
            finally:
                self._release()


class NonceAuth(httpx.Auth):
    """Wraps another ``httpx.Auth`` and gives every write it sends a fresh nonce query parameter.

    Every request the inner auth sends is seen here, including its own login requests and the
    retry after a 401, so each of them gets its own nonce. For each write the source's lock is held
    from drawing the nonce until its response arrives (see the module docstring for why).

    Args:
        inner: the auth that adds credentials (e.g. a :class:`~erp_adapters.auth.TokenAuth`).
        source: where the nonces come from (one per account).
        param: the query parameter name.
        methods: the HTTP methods that carry a nonce.

    """

    def __init__(
        self,
        inner: httpx.Auth,
        source: NonceSource,
        *,
        param: str = "nonce",
        methods: Collection[str] = WRITE_METHODS,
    ) -> None:
        self.inner = inner
        self.source = source
        self.param = param
        self.methods = frozenset(method.upper() for method in methods)
        self.stamped = 0
        """How many requests this auth has given a nonce (for tests and benchmarks)."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}(inner={self.inner!r}, source={self.source!r})"

    def _stamp(self, request: httpx.Request, nonce: int) -> None:
        request.url = request.url.copy_set_param(self.param, str(nonce))
        self.stamped += 1

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Pass the inner auth's requests through; stamp and serialize the writes among them."""
        flow = self.inner.sync_auth_flow(request)
        try:
            outgoing = next(flow)
            while True:
                if outgoing.method in self.methods:
                    with self.source.reserve() as nonce:
                        self._stamp(outgoing, nonce)
                        response = yield outgoing
                else:
                    response = yield outgoing
                try:
                    outgoing = flow.send(response)
                except StopIteration:
                    return
        finally:
            flow.close()

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Async :meth:`sync_auth_flow`."""
        flow = self.inner.async_auth_flow(request)
        try:
            outgoing = await flow.__anext__()
            while True:
                if outgoing.method in self.methods:
                    async with self.source.areserve() as nonce:
                        self._stamp(outgoing, nonce)
                        response = yield outgoing
                else:
                    response = yield outgoing
                try:
                    outgoing = await flow.asend(response)
                except StopAsyncIteration:
                    return
        finally:
            await flow.aclose()
