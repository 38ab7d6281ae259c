"""Run a mock: in the foreground (CLI, loopback unless told otherwise) or in a background thread (tests, benchmarks)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from types import TracebackType

import uvicorn
from starlette.applications import Starlette
from starlette.types import ASGIApp

from erp_mocks.engine.reset import Resettable

HOST = "127.0.0.1"
"""Mocks only ever bind the loopback interface."""


class MockServer:
    """A uvicorn server for ``app`` on ``127.0.0.1`` (port 0: any free port), run in a thread.

    >>> with MockServer(app) as server:  # doctest: +SKIP
    ...     httpx.get(server.url + "/status")
    """

    def __init__(self, app: Starlette | Resettable, port: int = 0) -> None:
        self.app = app
        self._socket = _bound_socket(HOST, port)
        self.port: int = self._socket.getsockname()[1]
        self.url = f"http://{HOST}:{self.port}"
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off", timeout_graceful_shutdown=2)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self._socket]}, daemon=True)

    def start(self) -> MockServer:
        """Start serving; returns once the server accepts connections (at most 10 s)."""
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError(f"mock server on {self.url} did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        """Stop serving and wait for the thread (at most 5 s)."""
        self._server.should_exit = True
        self._thread.join(timeout=5)
        self._socket.close()

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(self, *exc: tuple[type[BaseException] | None, BaseException | None, TracebackType | None]) -> None:
        self.stop()


def _bound_socket(host: str, port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit this; without it every response waits ~40 ms for a delayed ACK.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    # Listening from here on: a client that connects as soon as the port is announced is queued
    # until the server accepts, never refused.
    sock.listen(2048)
    return sock


def serve_forever(app: ASGIApp, port: int, *, host: str = HOST, ready: Callable[[int], None] | None = None) -> None:
    """Serve ``app`` on ``host:port`` until SIGINT or SIGTERM (the ``erp-mock`` entry point).

    The socket is bound before serving, so ``ready`` gets the real port (``port=0``: any free
    port) and a client may connect as soon as it has been called.
    """
    sock = _bound_socket(host, port)
    try:
        if ready is not None:
            ready(sock.getsockname()[1])
        config = uvicorn.Config(app, log_level="warning", lifespan="off", timeout_graceful_shutdown=2)
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        sock.close()
