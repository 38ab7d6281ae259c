"""Gestix adapter: a logged-in client in one call, nonces on every write, PDFs as bytes, typed errors.

>>> from erp_adapters import gestix
>>> from gestix_client.api.customers import list_customers
>>> client = gestix.connect("03101176", api_token="…")  # doctest: +SKIP
>>> customers = gestix.call(list_customers.sync_detailed, client=client)  # doctest: +SKIP
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from typing import Any, Unpack

import httpx
from gestix_client import AuthenticatedClient
from gestix_client.api.invoices import create_invoice
from gestix_client.models import InvoiceCreate, PrintMode

from erp_adapters.auth import TokenAuth, TokenProvider
from erp_adapters.calls import Caller, describe_operation
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
from erp_adapters.options import ConnectOptions
from erp_adapters.secrets import Secret
from erp_adapters.tokens import TokenCache

__all__ = [
    "DEFAULT_SERVER",
    "ApiTokenLogin",
    "AsyncGestix",
    "Gestix",
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

DEFAULT_SERVER = "https://gestix.pt:443"
"""Scheme, host and port of the Gestix API; the account and version follow in the path."""

_ACCOUNT = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
_PDF_OPERATION = "create_invoice"


class _GestixCaller(Caller):
    """The core, refusing ``print_=PrintMode.PDF`` in ``call`` (the generated parser would read the PDF as JSON)."""

    def _prepare(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        if kwargs.get("print_") == PrintMode.PDF:
            raise ValueError("print_=PrintMode.PDF answers with a PDF: use gestix.print_invoice() to get its bytes")
        return super()._prepare(fn, args, kwargs)


_core = _GestixCaller(KINDS, vendor_message, client_class=AuthenticatedClient)
call, acall, expect, aexpect = _core.call, _core.acall, _core.expect, _core.aexpect
"""The call surface (see :class:`erp_adapters.calls.Caller`); errors are Gestix's typed errors."""


def base_url(account: str, server: str = DEFAULT_SERVER) -> str:
    """The API root of ``account``: ``<server>/api/<account>/v4.0.0``."""
    if not isinstance(account, str) or not _ACCOUNT.fullmatch(account) or ".." in account:
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


def _build(provider: TokenProvider, url: str, nonces: NonceSource, options: ConnectOptions) -> AuthenticatedClient:
    auth = NonceAuth(TokenAuth(provider, TokenCache()), nonces)
    client: AuthenticatedClient = _core.connect(url, auth, **options)
    return client


def connect(
    account: str,
    *,
    api_token: str | Secret,
    server: str = DEFAULT_SERVER,
    nonce_dir: str | os.PathLike[str] | None = None,
    write_lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
    **options: Unpack[ConnectOptions],
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
        options: those of :meth:`erp_adapters.calls.Caller.connect` (``timeout``, ``deadline``,
            ``max_body_bytes``, ``max_retry_after``, ``allow_insecure_http``, ``verify``, ``proxy``,
            ``httpx_args``).

    """
    url = base_url(account, server)
    nonces = nonce_source(account, server, nonce_dir=nonce_dir, lock_timeout=write_lock_timeout)
    return _build(ApiTokenLogin(url, api_token), url, nonces, options)


def connect_user(
    account: str,
    *,
    username: str,
    password: str | Secret,
    server: str = DEFAULT_SERVER,
    nonce_dir: str | os.PathLike[str] | None = None,
    write_lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
    **options: Unpack[ConnectOptions],
) -> AuthenticatedClient:
    """Like :func:`connect`, but logs an end user in with ``POST /auth`` (username and password).

    The login is a write too, so it carries a nonce and waits its turn like the others.
    """
    url = base_url(account, server)
    nonces = nonce_source(account, server, nonce_dir=nonce_dir, lock_timeout=write_lock_timeout)
    return _build(PasswordLogin(url, username, password), url, nonces, options)


def _pdf(response: httpx.Response) -> bytes:
    """The PDF in a ``POST /invoices?print=1`` answer, or the typed error; the body is never read as JSON."""
    operation = describe_operation(_PDF_OPERATION, response.request)
    status, content = response.status_code, response.content
    if status != httpx.codes.CREATED:
        kind = KINDS.for_status(status) if status >= 300 else KINDS.unexpected_status
        raise kind(operation, status, content, _core.vendor_message(content))
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
    sends the same request through the core and returns the document instead. Errors are raised as by :data:`call`.
    """
    return _pdf(_core.request(client, _pdf_request(body), _PDF_OPERATION))


async def aprint_invoice(client: AuthenticatedClient, body: InvoiceCreate) -> bytes:
    """Async :func:`print_invoice`."""
    return _pdf(await _core.arequest(client, _pdf_request(body), _PDF_OPERATION))


from erp_adapters._generated.gestix_resources import AsyncGestix, Gestix  # noqa: E402 - needs _core and connect above
