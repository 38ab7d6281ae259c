"""eGestor adapter: an authorized, rate-paced client in one call, typed errors and pagination.

>>> from erp_adapters import egestor
>>> from egestor_client.api.contatos import list_contatos
>>> url, _state = egestor.authorize_url("my-client-id")  # the user opens it and copies the code  # doctest: +SKIP
>>> client = egestor.connect(client_id="my-client-id", client_secret="…", code="…", token_store=save)  # doctest: +SKIP
>>> for contato in egestor.paginate(list_contatos.sync_detailed, client=client):  # doctest: +SKIP
...     print(contato.codigo, contato.nome)
"""

from __future__ import annotations

import ssl
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import httpx
from egestor_client import AuthenticatedClient

from erp_adapters import clients, pagination
from erp_adapters.auth import TokenAuth
from erp_adapters.calls import Caller, DetailedResponse
from erp_adapters.egestor import values
from erp_adapters.egestor.auth import API_URL, AUTHORIZE_URL, TOKEN_LIFETIME, authorize_url, provider, token_url_for
from erp_adapters.egestor.errors import (
    KINDS,
    EgestorAPIError,
    EgestorAuthenticationError,
    EgestorConflictError,
    EgestorError,
    EgestorGoneError,
    EgestorNotFoundError,
    EgestorParseError,
    EgestorRateLimitError,
    EgestorServerError,
    EgestorTransportError,
    EgestorUnexpectedStatusError,
    EgestorValidationError,
    vendor_message,
)
from erp_adapters.oauth2 import OOB_REDIRECT_URI, StoredToken, TokenStore, code_from_redirect
from erp_adapters.pacing import PacedTransport, RateLimiter, RetryPolicy
from erp_adapters.secrets import Secret
from erp_adapters.tokens import Clock, TokenCache

__all__ = [
    "API_URL",
    "AUTHORIZE_URL",
    "OOB_REDIRECT_URI",
    "RATE_LIMIT",
    "RATE_WINDOW",
    "REFRESH_MARGIN",
    "TOKEN_LIFETIME",
    "EgestorAPIError",
    "EgestorAuthenticationError",
    "EgestorConflictError",
    "EgestorError",
    "EgestorGoneError",
    "EgestorNotFoundError",
    "EgestorParseError",
    "EgestorRateLimitError",
    "EgestorServerError",
    "EgestorTransportError",
    "EgestorUnexpectedStatusError",
    "EgestorValidationError",
    "StoredToken",
    "TokenStore",
    "acall",
    "aexpect",
    "apaginate",
    "authorize_url",
    "call",
    "code_from_redirect",
    "connect",
    "expect",
    "paced_transport",
    "paginate",
    "values",
]

REFRESH_MARGIN = 60.0
"""Renew the 900-second access token this many seconds before it expires."""

RATE_LIMIT = 60
RATE_WINDOW = 60.0
"""Documented throttle: 60 requests per minute per application + user."""

_caller = Caller(KINDS, vendor_message)
call = _caller.__call__
"""Call a generated ``sync_detailed`` function; return the parsed body or raise an eGestor error."""
acall = _caller.acall
"""Async :data:`call` for the generated ``asyncio_detailed`` functions."""
expect = _caller.expect
"""Like :data:`call`, but check (and type) the result as an instance of the given model."""
aexpect = _caller.aexpect
"""Async :data:`expect`."""


def paced_transport(
    *,
    rate_limit: int = RATE_LIMIT,
    rate_window: float = RATE_WINDOW,
    max_retries: int = 3,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
    verify: ssl.SSLContext | str | bool = True,
) -> PacedTransport:
    """The transport :func:`connect` installs: paced to the quota, retrying 429s of idempotent methods."""
    return PacedTransport(
        RateLimiter(rate_limit, rate_window),
        retry=RetryPolicy(max_retries=max_retries),
        sync_transport=transport if isinstance(transport, httpx.BaseTransport) else None,
        async_transport=transport if isinstance(transport, httpx.AsyncBaseTransport) else None,
        transport_options={"verify": verify},
    )


def connect(
    base_url: str = API_URL,
    *,
    client_id: str | None = None,
    client_secret: str | Secret | None = None,
    code: str | Secret | None = None,
    redirect_uri: str = OOB_REDIRECT_URI,
    personal_token: str | Secret | None = None,
    stored: StoredToken | None = None,
    token_store: TokenStore | None = None,
    token_url: str | None = None,
    timeout: float | httpx.Timeout | None = clients.DEFAULT_TIMEOUT,
    refresh_margin: float = REFRESH_MARGIN,
    rate_limit: int = RATE_LIMIT,
    rate_window: float = RATE_WINDOW,
    max_retries: int = 3,
    verify: ssl.SSLContext | str | bool = True,
    clock: Clock = time.monotonic,
    wall_clock: Clock = time.time,
    httpx_args: dict[str, Any] | None = None,
) -> AuthenticatedClient:
    """A ready :class:`egestor_client.AuthenticatedClient`, authorized with one of eGestor's grants.

    Give exactly one way in:

    * ``code`` (with ``client_id``, ``client_secret`` and the ``redirect_uri`` used to get it): an
      authorization code from :func:`authorize_url`; it is exchanged on the first call;
    * ``personal_token``: the JWT the account owner copies from eGestor (Configurações ->
      Aplicativos conectados); no client credentials needed;
    * ``stored`` (with ``client_id`` and ``client_secret``): a token set your ``token_store`` saved
      earlier — at least its ``refresh_token`` — to resume after a restart.

    ``token_store`` receives every new token set (a JSON-ready dict: ``access_token``,
    ``refresh_token``, ``expires_at`` Unix time, ...) before any request uses it; persist it, since
    each refresh token works only once. Access tokens are renewed ``refresh_margin`` seconds before
    their 900 s run out, and once on a 401 (that request is then retried once); concurrent requests
    share one renewal. Requests are paced to ``rate_limit`` per ``rate_window`` seconds, corrected by
    the ``X-RateLimit-*`` headers; a 429 is retried for GET/PUT/DELETE and raised as
    :class:`EgestorRateLimitError` for POST. The client has a 30 s timeout and is safe to share
    between threads and asyncio tasks.

    ``verify`` sets TLS verification for the real transports; a ``transport`` given in
    ``httpx_args`` is wrapped by the pacing transport rather than replacing it.
    """
    oauth = provider(
        token_url or token_url_for(base_url),
        client_id=client_id,
        client_secret=client_secret,
        code=code,
        redirect_uri=redirect_uri,
        personal_token=personal_token,
        stored=stored,
        token_store=token_store,
        clock=clock,
        wall_clock=wall_clock,
    )
    cache = TokenCache(margin=refresh_margin, clock=clock)
    args = dict(httpx_args or {})
    args["transport"] = paced_transport(
        rate_limit=rate_limit,
        rate_window=rate_window,
        max_retries=max_retries,
        transport=args.get("transport"),
        verify=verify,
    )
    return clients.build(AuthenticatedClient, base_url, TokenAuth(oauth, cache), timeout=timeout, httpx_args=args)


def _read_page(result: Any) -> pagination.Page:
    """Read the paginator envelope of eGestor lists: ``{current_page, last_page, data: [...], ...}``."""
    items, last_page = getattr(result, "data", None), getattr(result, "last_page", None)
    if not isinstance(items, list) or not isinstance(last_page, int):
        raise TypeError(f"{type(result).__name__} is not an eGestor list page")
    return pagination.Page(items, last_page=last_page)


def paginate(
    fn: Callable[..., DetailedResponse[Any]], /, *, client: AuthenticatedClient, **params: Any
) -> Iterator[Any]:
    """Every item of an eGestor list operation (50 per page), fetching page after page.

    ``fn`` is a generated ``sync_detailed`` list function (``list_contatos.sync_detailed``, ...);
    ``params`` are its filters (``filtro``). Errors are raised as by :data:`call`; items are the
    generated list-item models.
    """
    return pagination.call_pages(call, fn, _read_page, client=client, **params)


def apaginate(
    fn: Callable[..., Awaitable[DetailedResponse[Any]]], /, *, client: AuthenticatedClient, **params: Any
) -> AsyncIterator[Any]:
    """Async :func:`paginate` for the generated ``asyncio_detailed`` list functions."""
    return pagination.acall_pages(acall, fn, _read_page, client=client, **params)
