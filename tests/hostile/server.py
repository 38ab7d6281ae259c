"""A loopback HTTP/1.1 server whose every answer is a scripted (often hostile) behaviour.

:class:`HostileServer` listens on ``127.0.0.1`` on an ephemeral port, runs an asyncio loop in a
background thread and answers each request with the :data:`Behaviour` routed to its method and
path (the query is ignored). A behaviour writes whatever bytes it likes to the socket — a correct
answer, a body dripped one byte at a time, a garbage status line, a reset — so the adapters meet
servers that no well-behaved mock can imitate.

Everything is bounded: a request head is at most 64 KiB and its body 1 MiB, every write waits at
most :data:`SEND_TIMEOUT` for the client to read, every behaviour sends a bounded number of bytes,
and :meth:`HostileServer.stop` cancels every open connection and joins the thread. Each connection
serves one request (answers carry ``Connection: close``). Requests are recorded, so a test can
check what reached the server (e.g. that no credential followed a redirect to another origin).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import struct
import threading
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Self

SEND_TIMEOUT = 5.0
"""Seconds a write may wait for the client to read before the server gives up on the connection."""

_MAX_HEAD = 64 * 1024
_MAX_BODY = 1024 * 1024
_READ_TIMEOUT = 10.0
_STOP_TIMEOUT = 10.0


@dataclass(frozen=True)
class Request:
    """One request as the server received it."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes

    @property
    def path(self) -> str:
        """The target without its query."""
        return self.target.split("?", 1)[0]

    def text(self) -> str:
        """Everything the client sent (target, header values, body) as one string, for leak checks."""
        head = " ".join(f"{name}: {value}" for name, value in self.headers.items())
        return f"{self.method} {self.target} {head} {self.body.decode('utf-8', errors='replace')}"


Behaviour = Callable[[Request, asyncio.StreamWriter], Awaitable[None]]
"""Answers one request by writing to the connection (the server closes it afterwards)."""


async def send(writer: asyncio.StreamWriter, data: bytes) -> bool:
    """Write ``data`` and wait (bounded) until the client took it; False once the client is gone."""
    if writer.is_closing():
        return False
    writer.write(data)
    try:
        await asyncio.wait_for(writer.drain(), SEND_TIMEOUT)
    except (ConnectionError, TimeoutError):
        return False
    return True


def head(status: int, headers: Iterable[tuple[str, str]] = (), *, reason: str = "Scripted") -> bytes:
    """A status line and header block (``Connection: close`` added)."""
    lines = [f"HTTP/1.1 {status} {reason}", *(f"{name}: {value}" for name, value in headers), "Connection: close"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def answer(
    status: int,
    body: bytes = b"",
    *,
    content_type: str | None = "application/json",
    headers: Iterable[tuple[str, str]] = (),
) -> Behaviour:
    """A complete, well-framed answer (``Content-Length`` set) with any status, type and headers."""
    fields = [*headers, ("Content-Length", str(len(body)))]
    if content_type is not None:
        fields.insert(0, ("Content-Type", content_type))

    async def behaviour(request: Request, writer: asyncio.StreamWriter) -> None:
        await send(writer, head(status, fields) + body)

    return behaviour


def json_answer(status: int, document: Any, *, headers: Iterable[tuple[str, str]] = ()) -> Behaviour:
    """``answer`` with ``document`` serialized as JSON."""
    return answer(status, json.dumps(document).encode(), headers=headers)


def reset_connection(writer: asyncio.StreamWriter) -> None:
    """Close the connection with a TCP RST (``SO_LINGER`` 0) instead of an orderly FIN."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


class HostileServer:
    """A scripted HTTP server on ``127.0.0.1`` (ephemeral port), in a background thread.

    >>> with HostileServer() as server:  # doctest: +SKIP
    ...     server.route("GET", "/items", json_answer(200, []))
    ...     httpx.get(server.url + "/items")

    Unrouted requests get :attr:`fallback` (a 404 unless replaced).
    """

    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], Behaviour] = {}
        self.fallback: Behaviour = json_answer(404, {"error": "no such route on the hostile server"})
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name="hostile-server", daemon=True)
        self._ready = threading.Event()
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.port = 0

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>``."""
        return f"http://127.0.0.1:{self.port}"

    def route(self, method: str, path: str, behaviour: Behaviour) -> None:
        """Answer ``method path`` requests (any query) with ``behaviour`` from now on."""
        with self._lock:
            self.routes[(method.upper(), path)] = behaviour

    def received(self) -> list[Request]:
        """The requests received so far."""
        with self._lock:
            return list(self.requests)

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> Self:
        """Listen and serve in the background; return once the port is known."""
        self._thread.start()
        if not self._ready.wait(_STOP_TIMEOUT) or self._server is None:
            raise RuntimeError("the hostile server did not start")
        return self

    def stop(self) -> None:
        """Cancel every connection, close the listener, stop the loop and join the thread."""
        if not self._thread.is_alive():
            return
        future = asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop)
        with contextlib.suppress(Exception):
            future.result(_STOP_TIMEOUT)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(_STOP_TIMEOUT)
        if self._thread.is_alive():
            raise RuntimeError("the hostile server thread did not stop")
        self._loop.close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.run_until_complete(self._listen())
        self._ready.set()
        self._loop.run_forever()

    async def _listen(self) -> None:
        self._server = await asyncio.start_server(self._connection, "127.0.0.1", 0, limit=_MAX_HEAD)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.wait(list(self._tasks), timeout=_STOP_TIMEOUT)
        if self._server is not None:
            await self._server.wait_closed()

    # -- one connection ----------------------------------------------------------------------

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            request = await asyncio.wait_for(self._read(reader), _READ_TIMEOUT)
            if request is None:
                return
            with self._lock:
                self.requests.append(request)
                behaviour = self.routes.get((request.method, request.path), self.fallback)
            await behaviour(request, writer)
        except (ConnectionError, TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError):
            pass  # the client went away or sent something unreadable: nothing left to answer
        except asyncio.CancelledError:
            pass  # the server is stopping
        finally:
            self._tasks.discard(task)
            if not writer.is_closing():
                writer.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(writer.wait_closed(), 1.0)

    async def _read(self, reader: asyncio.StreamReader) -> Request | None:
        raw = await reader.readuntil(b"\r\n\r\n")
        lines = raw.decode("latin-1").split("\r\n")
        parts = lines[0].split(" ")
        if len(parts) != 3:
            return None
        headers: dict[str, str] = {}
        for line in lines[1:]:
            if ":" in line:
                name, value = line.split(":", 1)
                headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        if length > _MAX_BODY:
            return None
        body = await reader.readexactly(length) if length else b""
        return Request(parts[0].upper(), parts[1], headers, body)
