"""``POST /_mock/reset``: put a served mock back in its starting state (seed data re-applied).

The mock is rebuilt from its factory, so everything goes back to the start: records, issued
tokens, sessions, nonces, keys, clocks and counters. Clients must log in again afterwards.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from starlette.applications import Starlette
from starlette.datastructures import State
from starlette.types import Receive, Scope, Send

RESET_PATH = "/_mock/reset"


class Resettable:
    """An ASGI app that serves ``factory()`` and builds a fresh one on ``POST /_mock/reset``."""

    def __init__(self, factory: Callable[[], Starlette]) -> None:
        self._factory = factory
        self.app: Starlette = factory()
        self.resets = 0

    @property
    def state(self) -> State:
        """The current app's ``state`` (``stats``, ``mock``, ...): a reset replaces it."""
        return self.app.state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] == RESET_PATH and scope["method"] == "POST":
            self.app = self._factory()
            self.resets += 1
            body = json.dumps({"reset": True, "resets": self.resets}).encode()
            headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, send)
