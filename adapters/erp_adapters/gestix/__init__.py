"""Gestix adapter: a logged-in client in one call, nonces on every write, PDFs as bytes, typed errors.

>>> from erp_adapters import gestix
>>> from gestix_client.api.customers import list_customers
>>> client = gestix.connect("03101176", api_token="…")  # doctest: +SKIP
>>> customers = gestix.call(list_customers.sync_detailed, client=client)  # doctest: +SKIP
"""

from __future__ import annotations

import os
import re
from collections.abc import Awaitable, Callable
from typing import Any, ParamSpec, TypeVar

import httpx
from gestix_client import AuthenticatedClient
from gestix_client.api.invoices import create_invoice
from gestix_client.models import InvoiceCreate, PrintMode

from erp_adapters import clients
from erp_adapters.auth import TokenAuth, TokenProvider
from erp_adapters.calls import Caller, DetailedResponse
from erp_adapters.gestix.auth import ApiTokenLogin, PasswordLogin
from erp_adapters.gestix.errors import (
    KINDS,
    GestixAPIError,
    GestixAuthenticationError,
    GestixError,
    GestixGoneError,
    GestixNonceError,
    GestixNotFoundError,
    GestixParseError,
    GestixRateLimitError,
    GestixServerError,
    GestixTransportError,
    GestixUnexpectedStatusError,
    GestixValidationError,
    vendor_message,
)
from erp_adapters.nonce import DEFAULT_LOCK_TIMEOUT, NonceAuth, NonceSource
from erp_adapters.secrets import Secret
from erp_adapters.tokens import TokenCache

__all__ = [
    "DEFAULT_SERVER",
    "ApiTokenLogin",
    "GestixAPIError",
    "GestixAuthenticationError",
    "GestixError",
    "GestixGoneError",
    "GestixNonceError",
    "GestixNotFoundError",
    "GestixParseError",
    "GestixRateLimitError",
    "GestixServerError",
    "GestixTransportError",
    "GestixUnexpectedStatusError",
    "GestixValidationError",
    "PasswordLogin",
    "acall",
    "aexpect",
    "aprint_invoice",
    "base_url",
    "call",
    "connect",
    "connect_user",
    "expect",
    "nonce_source",
    "print_invoice",
]

P = ParamSpec("P")
T = TypeVar("T")

DEFAULT_SERVER = "https://gestix.pt:443"
"""Scheme, host and port of the Gestix API; the account and version follow in the path."""

_ACCOUNT = re.compile(r"^[A-Za-z0-9_.-]+$")
_PDF_OPERATION = "create_invoice"


def base_url(account: str, server: str = DEFAULT_SERVER) -> str:
    """The API root of ``account``: ``<server>/api/<account>/v4.0.0``."""
    if not _ACCOUNT.match(account):
        raise ValueError(f"not a Gestix account identifier: {account!r}")
    return f"{server.rstrip('/')}/api/{account}/v4.0.0"


def nonce_source(
    account: str,
    server: str = DEFAULT_SERVER,
    *,
    nonce_dir: str | os.PathLike[str] | None = None,
    lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
) -> NonceSource:
    """The nonce source every client of ``account`` on ``server`` shares on this machine."""
    url = httpx.URL(base_url(account, server))
    host = url.host if url.port is None else f"{url.host}:{url.port}"
    return NonceSource.for_scope("gestix", host, account, state_dir=nonce_dir, lock_timeout=lock_timeout)


def _build(
    provider: TokenProvider,
    url: str,
    nonces: NonceSource,
    timeout: float | httpx.Timeout | None,
    httpx_args: dict[str, Any] | None,
) -> AuthenticatedClient:
    auth = NonceAuth(TokenAuth(provider, TokenCache()), nonces)
    return clients.build(AuthenticatedClient, url, auth, timeout=timeout, httpx_args=httpx_args)


def connect(
    account: str,
    *,
    api_token: str | Secret,
    server: str = DEFAULT_SERVER,
    nonce_dir: str | os.PathLike[str] | None = None,
    write_lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
    timeout: float | httpx.Timeout | None = clients.DEFAULT_TIMEOUT,
    httpx_args: dict[str, Any] | None = None,
) -> AuthenticatedClient:
    """A ready :class:`gestix_client.AuthenticatedClient` for ``account``, logged in with the API token.

    The first call exchanges the API token for a session token (``GET /helo``); every later call
    reuses it, and a 401 triggers one new exchange and one retry. Every POST and PUT gets a fresh
    nonce, and the account's writes from this machine go out one at a time (all threads, tasks and
    processes), each nonce sent only once its predecessor's answer has arrived.

    Args:
        account: the Gestix account identifier (part of every URL).
        api_token: the API token generated in the Gestix web interface.
        server: scheme, host and port of the API (a mock's URL in tests).
        nonce_dir: where the account's nonce state file lives (default:
            :func:`erp_adapters.nonce.default_state_dir`); processes that share an account must share it.
        write_lock_timeout: how long a write waits for the account's other writes before failing
            with :class:`GestixTransportError`.
        timeout: httpx timeout of each request (30 s, 10 s to connect, by default).
        httpx_args: passed on to httpx (``transport``, ``verify``, extra ``event_hooks``, ...).

    """
    url = base_url(account, server)
    nonces = nonce_source(account, server, nonce_dir=nonce_dir, lock_timeout=write_lock_timeout)
    return _build(ApiTokenLogin(url, api_token), url, nonces, timeout, httpx_args)


def connect_user(
    account: str,
    *,
    username: str,
    password: str | Secret,
    server: str = DEFAULT_SERVER,
    nonce_dir: str | os.PathLike[str] | None = None,
    write_lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
    timeout: float | httpx.Timeout | None = clients.DEFAULT_TIMEOUT,
    httpx_args: dict[str, Any] | None = None,
) -> AuthenticatedClient:
    """Like :func:`connect`, but logs an end user in with ``POST /auth`` (username and password).

    The login is a write too, so it carries a nonce and waits its turn like the others.
    """
    url = base_url(account, server)
    nonces = nonce_source(account, server, nonce_dir=nonce_dir, lock_timeout=write_lock_timeout)
    return _build(PasswordLogin(url, username, password), url, nonces, timeout, httpx_args)


class _GestixCaller(Caller):
    """A :class:`Caller` that refuses ``print_=PrintMode.PDF`` (the generated parser would read the PDF as JSON)."""

    @staticmethod
    def _refuse_pdf(kwargs: dict[str, Any]) -> None:
        if kwargs.get("print_") == PrintMode.PDF:
            raise ValueError("print_=PrintMode.PDF answers with a PDF: use gestix.print_invoice() to get its bytes")

    def __call__(self, fn: Callable[P, DetailedResponse[T]], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Call a generated ``sync_detailed`` function; return its parsed success body."""
        self._refuse_pdf(kwargs)
        return super().__call__(fn, *args, **kwargs)

    async def acall(self, fn: Callable[P, Awaitable[DetailedResponse[T]]], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Call a generated ``asyncio_detailed`` function; return its parsed success body."""
        self._refuse_pdf(kwargs)
        return await super().acall(fn, *args, **kwargs)


_caller = _GestixCaller(KINDS, vendor_message)
call = _caller.__call__
"""Call a generated ``sync_detailed`` function; return the parsed body or raise a Gestix error."""
acall = _caller.acall
"""Async :data:`call` for the generated ``asyncio_detailed`` functions."""
expect = _caller.expect
"""Like :data:`call`, but check the result is an instance of the given model."""
aexpect = _caller.aexpect
"""Async :data:`expect`."""


def _pdf(response: httpx.Response) -> bytes:
    """The PDF in a ``POST /invoices?print=1`` answer, or the typed error; the body is never read as JSON."""
    operation = f"{_PDF_OPERATION} ({response.request.method} {response.request.url.path})"
    status, content = response.status_code, response.content
    if status != httpx.codes.CREATED:
        kind = KINDS.for_status(status) if status >= 300 else KINDS.unexpected_status
        raise kind(operation, status, content, _caller.vendor_message(content))
    media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type != "application/pdf" or not content.startswith(b"%PDF-"):
        reason = f"expected an application/pdf document, got {media_type or 'no content type'}"
        raise GestixParseError(operation, status, content, reason)
    return content


def _pdf_request(body: InvoiceCreate) -> dict[str, Any]:
    # The generated module builds the request (path, query, JSON body); only the parsing is ours.
    kwargs: dict[str, Any] = create_invoice._get_kwargs(body=body, print_=PrintMode.PDF)
    return kwargs


def print_invoice(client: AuthenticatedClient, body: InvoiceCreate) -> bytes:
    """Create an invoice with ``print=1`` and return its PDF rendering (the bytes, starting ``%PDF-``).

    The generated ``create_invoice`` keeps only the JSON form of the 201 answer (the generator uses
    the first content type of a response), so it would try to read the PDF as JSON; this function
    sends the same request and returns the document instead. Errors are raised as by :data:`call`.
    """
    try:
        response = client.get_httpx_client().request(**_pdf_request(body))
    except httpx.TransportError as exc:
        raise GestixTransportError(_PDF_OPERATION, exc) from exc
    return _pdf(response)


async def aprint_invoice(client: AuthenticatedClient, body: InvoiceCreate) -> bytes:
    """Async :func:`print_invoice`."""
    try:
        response = await client.get_async_httpx_client().request(**_pdf_request(body))
    except httpx.TransportError as exc:
        raise GestixTransportError(_PDF_OPERATION, exc) from exc
    return _pdf(response)
