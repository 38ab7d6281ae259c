"""What the resource-client tests of every vendor share: a request recorder and the per-call option checks."""

from __future__ import annotations

from typing import Any

import httpx

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0).as_dict()


class _Done:
    """Already complete, so one hook serves sync and async clients (async ones await their hooks)."""

    def __await__(self) -> Any:
        yield from ()


class Recorder:
    """An httpx request hook (sync and async) keeping every request as sent: headers and per-request timeout."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> _Done:
        self.requests.append(request)
        return _Done()

    def hooks(self) -> dict[str, Any]:
        return {"event_hooks": {"request": [self]}}

    def last(self, path_end: str) -> httpx.Request:
        return [r for r in self.requests if r.url.path.endswith(path_end)][-1]


def assert_options_applied_once(recorder: Recorder, path_end: str, http: httpx.Client | httpx.AsyncClient) -> None:
    """The last two requests to ``path_end``: the first carried X-Trace and a 7.5 s timeout, the next neither."""
    sent, again = [r for r in recorder.requests if r.url.path.endswith(path_end)][-2:]
    assert sent.headers["X-Trace"] == "abc"
    assert sent.extensions["timeout"] == httpx.Timeout(7.5).as_dict()
    assert "X-Trace" not in again.headers
    assert again.extensions["timeout"] == DEFAULT_TIMEOUT
    assert "X-Trace" not in http.headers and http.timeout.as_dict() == DEFAULT_TIMEOUT
