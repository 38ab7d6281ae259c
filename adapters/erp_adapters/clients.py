"""Build a generated client wired with an adapter's auth, timeout and response capture."""

from __future__ import annotations

from typing import Any, Protocol, TypeVar

import httpx

from erp_adapters.calls import record_response

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""The generated clients have no timeout at all by default; ours is 30 s (10 s to connect)."""

C = TypeVar("C")
C_co = TypeVar("C_co", covariant=True)


class GeneratedClientClass(Protocol[C_co]):  # pragma: no cover - typing only
    """The constructor of a generated ``Client`` class."""

    def __call__(
        self, base_url: str, *, timeout: httpx.Timeout | None = ..., httpx_args: dict[str, Any] = ...
    ) -> C_co:
        """Create the client."""
        ...


def build(
    client_class: GeneratedClientClass[C],
    base_url: str,
    auth: httpx.Auth,
    *,
    timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
    httpx_args: dict[str, Any] | None = None,
) -> C:
    """Instantiate a generated ``Client`` with ``auth`` and the hooks :class:`~erp_adapters.calls.Caller` needs.

    ``httpx_args`` are passed on to httpx (``transport``, ``verify``, extra ``event_hooks``, ...).
    The same client works with the generated sync and ``asyncio*`` functions.
    """
    args: dict[str, Any] = dict(httpx_args or {})
    hooks: dict[str, list[Any]] = {key: list(value) for key, value in args.pop("event_hooks", {}).items()}
    hooks.setdefault("response", []).append(record_response)
    args["event_hooks"] = hooks
    args["auth"] = auth
    resolved = timeout if isinstance(timeout, httpx.Timeout) or timeout is None else httpx.Timeout(timeout)
    return client_class(base_url, timeout=resolved, httpx_args=args)
