"""A one-shot loopback HTTP receiver for the OAuth2 redirect (RFC 8252 section 7.3).

It listens on ``127.0.0.1`` (a given port, or an ephemeral one), waits a bounded time for the
browser to arrive at the callback path carrying ``state``, answers with a short page and hands the
full callback URL back. Requests to other paths, or without ``state`` (a favicon, a probe), get a
404 and the wait goes on.
"""

from __future__ import annotations

import http.server
import threading
import time
from types import TracebackType
from urllib.parse import parse_qs, urlsplit

from erp_adapters.errors import AuthorizationError

_PAGE = (
    b"<!doctype html><html><head><meta charset='utf-8'><title>erp login</title></head>"
    b"<body><p>Authorization received. You can close this window and go back to the terminal.</p></body></html>"
)


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Server
    timeout = 5.0  # a connection that sends nothing cannot hold the receiver past its deadline for long

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        if parts.path != self.server.callback_path or "state" not in parse_qs(parts.query):
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(_PAGE)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(_PAGE)
        self.server.received = self.path

    def log_message(self, format: str, *args: object) -> None:
        """Silent: the request line carries the authorization code."""


class _Server(http.server.HTTPServer):
    callback_path = "/callback"
    received: str | None = None


class LoopbackReceiver:
    """Receives one OAuth2 redirect on ``http://127.0.0.1:<port><path>``.

    Use as a context manager (the socket is closed on exit); :attr:`redirect_uri` is the URL to
    register and send, :meth:`wait` blocks until the redirect arrives or ``timeout`` seconds pass.
    """

    def __init__(self, port: int = 0, path: str = "/callback", host: str = "127.0.0.1") -> None:
        self._server = _Server((host, port), _Handler)
        self._server.callback_path = path or "/"
        self._server.timeout = 0.2  # handle_request() returns at least this often, so wait() sees its deadline
        self.host = host
        self.port: int = self._server.server_address[1]
        self.path = self._server.callback_path

    @property
    def redirect_uri(self) -> str:
        """The redirect URL this receiver answers."""
        return f"http://{self.host}:{self.port}{self.path}"

    def wait(self, timeout: float, stop: threading.Event | None = None) -> str:
        """The full callback URL (``http://127.0.0.1:<port>/callback?code=...&state=...``).

        Raises :class:`~erp_adapters.errors.AuthorizationError` (``timeout``) when no redirect
        arrived within ``timeout`` seconds, or when ``stop`` is set.
        """
        deadline = time.monotonic() + timeout
        while self._server.received is None:
            if time.monotonic() >= deadline or (stop is not None and stop.is_set()):
                raise AuthorizationError("timeout", f"no redirect reached {self.redirect_uri} within {timeout:g} s")
            self._server.handle_request()
        return f"http://{self.host}:{self.port}{self._server.received}"

    def close(self) -> None:
        """Stop listening."""
        self._server.server_close()

    def __enter__(self) -> LoopbackReceiver:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
