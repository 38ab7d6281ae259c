"""Build a generated client wired with an adapter's auth, timeout and response capture."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from erp_adapters.calls import record_response

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""The generated clients have no timeout at all by default; ours is 30 s (10 s to connect)."""

C = TypeVar("C")


def build(
    client_class: Callable[..., C],
    base_url: str,
    auth: httpx.Auth,
    *,
    timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
    httpx_args: dict[str, Any] | None = None,
) -> C:
    """Instantiate a generated client class with ``auth`` and the hooks :class:`~erp_adapters.calls.Caller` needs.

    Pass the generated ``AuthenticatedClient``: it is the type the generated functions of secured
    operations accept. Its static ``token`` is left empty — ``auth`` sets the real ``Authorization``
    header on every request (and renews it). ``httpx_args`` are passed on to httpx (``transport``,
    ``verify``, extra ``event_hooks``, ...). The same client works with the generated sync and
    ``asyncio*`` functions.
    """
    args: dict[str, Any] = dict(httpx_args or {})
    hooks: dict[str, list[Any]] = {key: list(value) for key, value in args.pop("event_hooks", {}).items()}
    hooks.setdefault("response", []).append(record_response)
    args["event_hooks"] = hooks
    args["auth"] = auth
    resolved = timeout if isinstance(timeout, httpx.Timeout) or timeout is None else httpx.Timeout(timeout)
    extra: dict[str, Any] = {}
    if "token" in inspect.signature(client_class).parameters:
        extra = {"token": "", "prefix": ""}
    return client_class(base_url, timeout=resolved, httpx_args=args, **extra)
