"""A canned-response httpx transport: no socket, no server, (almost) no cost, so what is timed is the client.

It answers from a table of ``path suffix -> responder``; a responder gets the request and returns the
JSON body bytes. It serves both :class:`httpx.Client` and :class:`httpx.AsyncClient`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import httpx

Responder = Callable[[httpx.Request], bytes]

_JSON = [(b"content-type", b"application/json")]


def fixed(body: bytes) -> Responder:
    """A responder that always answers ``body``."""
    return lambda _request: body


class CannedTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answer 200 with the body of the first route whose path suffix matches; 404 otherwise."""

    def __init__(self, routes: Mapping[str, Responder]) -> None:
        self._routes = list(routes.items())

    def _answer(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        for suffix, respond in self._routes:
            if path.endswith(suffix):
                return httpx.Response(200, headers=_JSON, content=respond(request))
        return httpx.Response(404, headers=_JSON, content=b'{"errors": []}')

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._answer(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._answer(request)
