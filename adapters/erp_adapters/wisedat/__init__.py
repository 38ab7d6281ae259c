"""Wisedat adapter: a logged-in client in one call, typed errors and pagination.

>>> from erp_adapters import wisedat
>>> from wisedat_client.api.products import list_products
>>> client = wisedat.connect("https://erp.example/api", api_key="…", user="api", password="…")  # doctest: +SKIP
>>> for product in wisedat.paginate(list_products.sync_detailed, client=client):  # doctest: +SKIP
...     print(product.id, product.name)
"""

from __future__ import annotations

import time
from typing import Any, Unpack

import attrs
from wisedat_client import AuthenticatedClient

from erp_adapters import pagination
from erp_adapters.auth import TokenAuth
from erp_adapters.calls import Caller
from erp_adapters.options import ConnectOptions
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
    "AsyncWisedat",
    "Wisedat",
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


_FIELDS: dict[type[Any], tuple[str, ...]] = {}
"""The attribute names of each list envelope class (asked once per class, not once per page)."""


def _fields(cls: type[Any]) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in attrs.fields(cls) if f.name != "additional_properties")
    return names


def _read_page(result: Any) -> pagination.Page:
    """Wisedat lists come as ``{pagination: {...}, <items key>: [...]}`` or as a bare array."""
    if isinstance(result, list):
        return pagination.Page(result, last_page=1)
    info = result.pagination
    values = (getattr(result, name) for name in _fields(type(result)))
    items = next((v for v in values if isinstance(v, list)), [])
    return pagination.Page(
        items,
        last_page=pagination.page_number(info.number_pages),
        per_page=pagination.count(info.limit),
        total=pagination.count(info.number_items),
    )


_core = Caller(KINDS, vendor_message, read_page=_read_page, client_class=AuthenticatedClient)
call, acall, expect, aexpect = _core.call, _core.acall, _core.expect, _core.aexpect
"""The call surface (see :class:`erp_adapters.calls.Caller`); errors are Wisedat's typed errors."""
paginate, apaginate = _core.paginate, _core.apaginate
"""Every item of a list operation, page after page (``fn`` is a generated list function, ``params`` its filters)."""


def connect(
    base_url: str,
    *,
    api_key: str | Secret,
    user: str,
    password: str | Secret,
    padding: Padding = "pkcs1v15",
    refresh_margin: float = REFRESH_MARGIN,
    clock: Clock = time.monotonic,
    **options: Unpack[ConnectOptions],
) -> AuthenticatedClient:
    """A ready :class:`wisedat_client.AuthenticatedClient`: it logs in on first use and keeps its token fresh.

    One login serves every call until the token nears its 30 minutes; a 401 (e.g. after the
    server's daily key rotation) triggers one new login and one retry, and a rotation between
    ``GET /status`` and the login is survived too. The client is safe to share between threads
    and between asyncio tasks. ``options`` are those of :meth:`erp_adapters.calls.Caller.connect`
    (``timeout``, ``deadline``, ``max_body_bytes``, ``max_retry_after``, ``allow_insecure_http``
    — on-premises servers on plain http need it —, ``verify`` for a private CA, ``proxy``, ``httpx_args``).
    """
    login = WisedatLogin(base_url, api_key, user, password, padding=padding, clock=clock)
    auth = TokenAuth(login, TokenCache(margin=refresh_margin, clock=clock))
    client: AuthenticatedClient = _core.connect(base_url, auth, **options)
    return client


from erp_adapters._generated.wisedat_resources import AsyncWisedat, Wisedat  # noqa: E402 - needs _core and connect above
