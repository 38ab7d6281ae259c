"""Wisedat adapter: a logged-in client in one call, typed errors and pagination.

>>> from erp_adapters import wisedat
>>> from wisedat_client.api.products import list_products
>>> client = wisedat.connect("https://erp.example/api", api_key="…", user="api", password="…")  # doctest: +SKIP
>>> for product in wisedat.paginate(list_products.sync_detailed, client=client):  # doctest: +SKIP
...     print(product.id, product.name)
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import attrs
import httpx
from wisedat_client import AuthenticatedClient

from erp_adapters import clients, pagination
from erp_adapters.auth import TokenAuth
from erp_adapters.calls import Caller, DetailedResponse
from erp_adapters.secrets import Secret
from erp_adapters.tokens import Clock, TokenCache
from erp_adapters.wisedat.auth import Padding, WisedatLogin
from erp_adapters.wisedat.errors import (
    KINDS,
    WisedatAPIError,
    WisedatAuthenticationError,
    WisedatConflictError,
    WisedatError,
    WisedatGoneError,
    WisedatNotFoundError,
    WisedatParseError,
    WisedatRateLimitError,
    WisedatServerError,
    WisedatStateError,
    WisedatTransportError,
    WisedatUnexpectedStatusError,
    WisedatValidationError,
    vendor_message,
)

__all__ = [
    "WisedatAPIError",
    "WisedatAuthenticationError",
    "WisedatConflictError",
    "WisedatError",
    "WisedatGoneError",
    "WisedatLogin",
    "WisedatNotFoundError",
    "WisedatParseError",
    "WisedatRateLimitError",
    "WisedatServerError",
    "WisedatStateError",
    "WisedatTransportError",
    "WisedatUnexpectedStatusError",
    "WisedatValidationError",
    "acall",
    "apaginate",
    "call",
    "connect",
    "expect",
    "paginate",
]

REFRESH_MARGIN = 120.0
"""Renew the 30-minute JWT this many seconds before it expires."""

_caller = Caller(KINDS, vendor_message)
call = _caller.__call__
"""Call a generated ``sync_detailed`` function; return the parsed body or raise a Wisedat error."""
acall = _caller.acall
"""Async :data:`call` for the generated ``asyncio_detailed`` functions."""
expect = _caller.expect
"""Like :data:`call`, but check the result is an instance of the given model (list-or-detail GETs)."""
aexpect = _caller.aexpect


def connect(
    base_url: str,
    *,
    api_key: str | Secret,
    user: str,
    password: str | Secret,
    timeout: float | httpx.Timeout | None = clients.DEFAULT_TIMEOUT,
    padding: Padding = "pkcs1v15",
    refresh_margin: float = REFRESH_MARGIN,
    clock: Clock = time.monotonic,
    httpx_args: dict[str, Any] | None = None,
) -> AuthenticatedClient:
    """A ready :class:`wisedat_client.AuthenticatedClient`: it logs in on first use and keeps its token fresh.

    One login serves every call until the token nears its 30 minutes; a 401 (e.g. after the
    server's daily key rotation) triggers one new login and one retry. The client is safe to share
    between threads and between asyncio tasks.
    """
    login = WisedatLogin(base_url, api_key, user, password, padding=padding, clock=clock)
    auth = TokenAuth(login, TokenCache(margin=refresh_margin, clock=clock))
    return clients.build(AuthenticatedClient, base_url, auth, timeout=timeout, httpx_args=httpx_args)


def _read_page(result: Any) -> pagination.Page:
    """Wisedat lists come as ``{pagination: {...}, <items key>: [...]}`` or as a bare array."""
    if isinstance(result, list):
        return pagination.Page(result, last_page=1)
    info = getattr(result, "pagination", None)
    if info is None:
        raise TypeError(f"{type(result).__name__} is not a Wisedat list response")
    values = (getattr(result, f.name) for f in attrs.fields(type(result)) if f.name != "additional_properties")
    items = next((v for v in values if isinstance(v, list)), [])
    return pagination.Page(items, last_page=info.number_pages)


def paginate(
    fn: Callable[..., DetailedResponse[Any]], /, *, client: AuthenticatedClient, **params: Any
) -> Iterator[Any]:
    """Every item of a Wisedat list operation, fetching page after page.

    ``fn`` is a generated ``sync_detailed`` list function (``list_products.sync_detailed``, ...);
    ``params`` are its filters (``limit``, ``query``, ``modified_since``, ...). Errors are raised as
    by :data:`call`. Items are the generated list-item models of that resource.
    """
    return pagination.call_pages(call, fn, _read_page, client=client, **params)


def apaginate(
    fn: Callable[..., Awaitable[DetailedResponse[Any]]], /, *, client: AuthenticatedClient, **params: Any
) -> AsyncIterator[Any]:
    """Async :func:`paginate` for the generated ``asyncio_detailed`` list functions."""
    return pagination.acall_pages(acall, fn, _read_page, client=client, **params)
