"""NonceSource and NonceAuth: strictly increasing, unique nonces across threads, tasks and processes.

``NonceSource`` is checked directly (ordering, persistence, locking, cancellation); ``NonceAuth``
with ``httpx.MockTransport`` servers that inspect each request as it arrives.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Event
from pathlib import Path

import httpx
import pytest

from erp_adapters.auth import LoginFlow, TokenAuth
from erp_adapters.nonce import (
    STATE_DIR_ENV,
    NonceAuth,
    NonceSource,
    WriteLockTimeout,
    default_state_dir,
    scope_name,
)
from erp_adapters.tokens import Token, TokenCache


class Clock:
    def __init__(self, now: int) -> None:
        self.now = now

    def __call__(self) -> int:
        return self.now


@pytest.fixture
def state(tmp_path: Path) -> Path:
    return tmp_path / "nonces" / "acct.nonce"


# -- NonceSource -------------------------------------------------------------------------------


def test_numbers_follow_the_clock_but_never_repeat_or_go_down(state: Path) -> None:
    clock = Clock(1_000)
    source = NonceSource(state, clock=clock)
    assert [source.next() for _ in range(3)] == [1_000, 1_001, 1_002]  # faster than the clock
    clock.now = 5_000
    assert source.next() == 5_000  # the clock is ahead again
    clock.now = 10  # the wall clock stepped back
    assert source.next() == 5_001
    clock.now = 0
    assert NonceSource(state.parent / "fresh.nonce", clock=clock).next() == 1  # always positive


def test_the_sequence_survives_a_restart(state: Path) -> None:
    NonceSource(state, clock=Clock(7_000)).next()
    assert NonceSource(state, clock=Clock(10)).next() == 7_001
    assert state.read_text() == "7001"


def test_unreadable_state_continues_from_the_clock(state: Path, caplog: pytest.LogCaptureFixture) -> None:
    state.parent.mkdir(parents=True)
    state.write_text("garbage")
    assert NonceSource(state, clock=Clock(42)).next() == 42
    assert "unreadable" in caplog.text


def test_threads_draw_distinct_increasing_numbers(state: Path) -> None:
    source = NonceSource(state)

    def draw(_: int) -> list[int]:
        return [source.next() for _ in range(200)]

    with ThreadPoolExecutor(8) as pool:
        per_thread = list(pool.map(draw, range(8)))
    assert all(numbers == sorted(set(numbers)) for numbers in per_thread)
    assert len({n for numbers in per_thread for n in numbers}) == 1_600


def test_asyncio_tasks_draw_distinct_numbers_one_holder_at_a_time(state: Path) -> None:
    source = NonceSource(state)
    holders, most = [0], [0]

    async def task() -> list[int]:
        drawn = []
        for _ in range(10):
            async with source.areserve() as nonce:
                holders[0] += 1
                most[0] = max(most[0], holders[0])
                await asyncio.sleep(0)  # let the other tasks try to get in
                drawn.append(nonce)
                holders[0] -= 1
        return drawn

    async def main() -> list[list[int]]:
        return await asyncio.gather(*(task() for _ in range(30)))

    per_task = asyncio.run(main())
    assert len({n for numbers in per_task for n in numbers}) == 300
    assert all(numbers == sorted(numbers) for numbers in per_task)
    assert most[0] == 1


def _draw_in_process(path: Path, threads: int, count: int, start: Event, out: Queue[list[list[int]]]) -> None:
    source = NonceSource(path)
    start.wait(30)
    with ThreadPoolExecutor(threads) as pool:
        out.put(list(pool.map(lambda _: [source.next() for _ in range(count)], range(threads))))


def test_processes_draw_distinct_increasing_numbers(state: Path) -> None:
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    out: multiprocessing.Queue[list[list[int]]] = context.Queue()
    workers = [context.Process(target=_draw_in_process, args=(state, 2, 150, start, out)) for _ in range(4)]
    for worker in workers:
        worker.start()
    start.set()
    results = [out.get(timeout=60) for _ in workers]
    for worker in workers:
        worker.join(10)
    sequences = [numbers for per_process in results for numbers in per_process]
    assert len(sequences) == 8 and all(numbers == sorted(set(numbers)) for numbers in sequences)
    assert len({n for numbers in sequences for n in numbers}) == 1_200
    assert int(state.read_text()) == max(n for numbers in sequences for n in numbers)


def _hold_in_process(path: Path, holding: Event, release: Event) -> None:
    with NonceSource(path).reserve():
        holding.set()
        release.wait(30)


def test_a_reservation_in_another_process_makes_writers_wait(state: Path) -> None:
    context = multiprocessing.get_context("spawn")
    holding, release = context.Event(), context.Event()
    holder = context.Process(target=_hold_in_process, args=(state, holding, release))
    holder.start()
    try:
        assert holding.wait(30)
        with pytest.raises(WriteLockTimeout):
            NonceSource(state, lock_timeout=0.2).next()
    finally:
        release.set()
        holder.join(30)
    assert holder.exitcode == 0
    assert NonceSource(state, lock_timeout=10).next() > 0  # released with the holder's block


def test_a_reservation_in_another_thread_makes_writers_wait(state: Path) -> None:
    source = NonceSource(state, lock_timeout=0.2)
    with source.reserve():
        waiter: list[BaseException] = []
        thread = threading.Thread(target=lambda: _capture(waiter, source.next))
        thread.start()
        thread.join(10)
        assert len(waiter) == 1 and isinstance(waiter[0], WriteLockTimeout)
        assert isinstance(waiter[0], httpx.TimeoutException)  # so callers report it as a transport error
    assert source.next() > 0


def _capture(into: list[BaseException], fn: object) -> None:
    try:
        fn()  # type: ignore[operator]
    except BaseException as exc:
        into.append(exc)


def test_cancelled_async_wait_does_not_leak_the_lock(state: Path) -> None:
    source = NonceSource(state, lock_timeout=10)
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        with NonceSource(state).reserve():
            holding.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    assert holding.wait(10)

    async def main() -> None:
        waiting = asyncio.create_task(_reserve_once(source))
        await asyncio.sleep(0.05)  # the task is now blocked in the worker thread
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        release.set()  # the worker thread gets the lock after the task is gone ...

    asyncio.run(main())
    holder.join(10)
    assert NonceSource(state, lock_timeout=5).next() > 0  # ... and gives it back


async def _reserve_once(source: NonceSource) -> int:
    async with source.areserve() as nonce:
        return nonce


def test_state_location(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(STATE_DIR_ENV, str(tmp_path / "custom"))
    assert default_state_dir() == tmp_path / "custom"
    monkeypatch.delenv(STATE_DIR_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert default_state_dir() == tmp_path / "cache" / "erp-adapters" / "nonces"
    assert scope_name("gestix", "gestix.pt:443", "031/01 176") == "gestix-gestix.pt_443-031_01_176"
    source = NonceSource.for_scope("v", "acct", state_dir=tmp_path)
    assert source.path == tmp_path / "v-acct.nonce"


# -- NonceAuth ---------------------------------------------------------------------------------


class PostLogin:
    """A provider whose login is itself a POST (so it needs a nonce too)."""

    def __init__(self) -> None:
        self.logins = 0

    def obtain(self, previous: Token | None) -> LoginFlow:
        response = yield httpx.Request("POST", "http://api.test/auth", json={"user": "u"})
        self.logins += 1
        return Token.issued(response.json()["token"], None)

    def apply(self, request: httpx.Request, token: Token) -> None:
        request.headers["Authorization"] = f"Bearer {token.access.reveal()}"


class Server:
    """Accepts the newest token only; records (method, path, nonce) and whether the lock was held."""

    def __init__(self, state: Path) -> None:
        self.state = state
        self.seen: list[tuple[str, str, int | None, bool]] = []
        self.tokens = 0
        self.lock = threading.Lock()

    def _lock_held(self) -> bool:
        try:
            NonceSource(self.state, lock_timeout=0).next()
        except WriteLockTimeout:
            return True
        return False

    def handler(self, request: httpx.Request) -> httpx.Response:
        nonce = request.url.params.get("nonce")
        held = self._lock_held()
        with self.lock:
            self.seen.append((request.method, request.url.path, int(nonce) if nonce else None, held))
            if request.url.path == "/auth":
                self.tokens += 1
                return httpx.Response(200, json={"token": f"tok-{self.tokens}"})
            if request.headers.get("Authorization") != f"Bearer tok-{self.tokens}":
                return httpx.Response(401)
        return httpx.Response(200, json={})

    def revoke(self) -> None:
        with self.lock:
            self.tokens += 1


@pytest.fixture
def server(state: Path) -> Server:
    return Server(state)


@pytest.fixture
def auth(state: Path) -> NonceAuth:
    return NonceAuth(TokenAuth(PostLogin(), TokenCache()), NonceSource(state, lock_timeout=10))


@pytest.fixture
def client(server: Server, auth: NonceAuth) -> Iterator[httpx.Client]:
    with httpx.Client(transport=httpx.MockTransport(server.handler), auth=auth, base_url="http://api.test") as client:
        yield client


def test_writes_get_a_nonce_reads_do_not(client: httpx.Client, server: Server) -> None:
    client.get("/r")
    client.post("/w", json={})
    client.put("/w", json={})
    client.delete("/w")
    client.post("/w", params={"nonce": "1"}, json={})  # a caller's own value is replaced
    methods_with_nonce = [(m, p, n is not None) for m, p, n, _ in server.seen]
    assert methods_with_nonce == [
        ("POST", "/auth", True),  # the login the GET needed is a POST
        ("GET", "/r", False),
        ("POST", "/w", True),
        ("PUT", "/w", True),
        ("DELETE", "/w", False),
        ("POST", "/w", True),
    ]
    nonces = [n for _, _, n, _ in server.seen if n is not None]
    assert nonces == sorted(set(nonces)) and nonces[-1] > 1


def test_the_lock_is_held_while_a_write_is_on_the_way(client: httpx.Client, server: Server) -> None:
    client.get("/r")
    client.post("/w", json={})
    held = {(m, p): h for m, p, _, h in server.seen}
    assert held == {("POST", "/auth"): True, ("GET", "/r"): False, ("POST", "/w"): True}


def test_a_write_retried_after_a_401_gets_a_fresh_nonce(client: httpx.Client, server: Server, auth: NonceAuth) -> None:
    client.get("/r")
    server.revoke()
    assert client.post("/w", json={"a": 1}).status_code == 200
    writes = [(p, n) for m, p, n, _ in server.seen if m == "POST" and n is not None]
    assert [p for p, _ in writes] == ["/auth", "/w", "/auth", "/w"]
    nonces = [n for _, n in writes]
    assert nonces == sorted(set(nonces))  # refused attempt, new login, retry: each its own nonce
    assert auth.stamped == 4


def test_async_writes_get_fresh_nonces_and_retry_after_401(server: Server, auth: NonceAuth) -> None:
    async def main() -> list[int]:
        transport = httpx.MockTransport(server.handler)
        async with httpx.AsyncClient(transport=transport, auth=auth, base_url="http://api.test") as client:
            statuses = [r.status_code for r in await asyncio.gather(*(client.post("/w", json={}) for _ in range(20)))]
            server.revoke()
            statuses += [(await client.post("/w", json={})).status_code]
            return statuses

    assert asyncio.run(main()) == [200] * 21
    nonces = [n for m, _, n, _ in server.seen if m == "POST"]
    assert len(nonces) == len(set(nonces)) == 24  # login, 20 writes, refused write, login, retry
    assert all(held for m, _, _, held in server.seen if m == "POST")


def test_repr_names_the_parts_without_secrets(auth: NonceAuth, state: Path) -> None:
    assert repr(auth).startswith("NonceAuth(inner=TokenAuth(provider=")
    assert str(state) in repr(auth.source)
