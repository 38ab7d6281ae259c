"""Quickstart adapter: OAuth2 authorization code with refresh, Laravel pagination, filters, timestamps.

Typical use (``BASE`` is the API's base URL)::

    from erp_adapters import quickstart
    from quickstart_client.api.orders import list_orders

    url, state = quickstart.authorization_url(BASE, client_id="…", redirect_uri="https://app.example/cb")
    # ... the user approves; the server redirects to https://app.example/cb?code=…&state=…
    code = quickstart.code_from_callback(callback_url, expected_state=state)
    client = quickstart.connect(BASE, client_id="…", client_secret="…", code=code,
                                redirect_uri="https://app.example/cb")
    only_open = quickstart.filters(status=["open", "paid"])
    for order in quickstart.paginate(list_orders.sync_detailed, client=client, sort="-created_at", filter_=only_open):
        print(order.id, quickstart.parse_timestamp(order.created_at))
"""

from __future__ import annotations

import time
from typing import Any, Unpack

from quickstart_client import AuthenticatedClient

from erp_adapters import pagination
from erp_adapters.auth import TokenAuth
from erp_adapters.calls import Caller
from erp_adapters.oauth2 import StoredToken, TokenStore
from erp_adapters.options import ConnectOptions
from erp_adapters.quickstart.errors import (
    KINDS,
    QuickstartAPIError,
    QuickstartAuthenticationError,
    QuickstartAuthorizationError,
    QuickstartConflictError,
    QuickstartError,
    QuickstartGoneError,
    QuickstartNotFoundError,
    QuickstartParseError,
    QuickstartRateLimitError,
    QuickstartServerError,
    QuickstartTransportError,
    QuickstartUnexpectedStatusError,
    QuickstartValidationError,
    UnsafeRedirectURIError,
    vendor_message,
)
from erp_adapters.quickstart.oauth import (
    TOKEN_PATH,
    authorization_url,
    code_from_callback,
    safe_redirect_uri,
    token_provider,
)
from erp_adapters.quickstart.query import filters, sort
from erp_adapters.quickstart.timestamps import parse_timestamp
from erp_adapters.secrets import Secret
from erp_adapters.tokens import Clock, TokenCache

__all__ = [
    "AsyncQuickstart",
    "Quickstart",
    "QuickstartAPIError",
    "QuickstartAuthenticationError",
    "QuickstartAuthorizationError",
    "QuickstartConflictError",
    "QuickstartError",
    "QuickstartGoneError",
    "QuickstartNotFoundError",
    "QuickstartParseError",
    "QuickstartRateLimitError",
    "QuickstartServerError",
    "QuickstartTransportError",
    "QuickstartUnexpectedStatusError",
    "QuickstartValidationError",
    "UnsafeRedirectURIError",
    "acall",
    "aexpect",
    "apaginate",
    "authorization_url",
    "call",
    "code_from_callback",
    "connect",
    "expect",
    "filters",
    "paginate",
    "parse_timestamp",
    "safe_redirect_uri",
    "sort",
    "token_provider",
]

REFRESH_MARGIN = 60.0
"""Refresh the access token this many seconds before its ``expires_in`` runs out."""


def _read_page(result: Any) -> pagination.Page:
    """A Laravel page (``data`` + ``last_page``), or the plain array sent when pagination is off."""
    if isinstance(result, list):
        return pagination.Page(result, last_page=1)
    return pagination.laravel_page(result)


_core = Caller(KINDS, vendor_message, read_page=_read_page, client_class=AuthenticatedClient)
call, acall, expect, aexpect = _core.call, _core.acall, _core.expect, _core.aexpect
"""The call surface (see :class:`erp_adapters.calls.Caller`); errors are Quickstart's typed errors."""
paginate, apaginate = _core.paginate, _core.apaginate
"""Every record of a list operation, ``page=1, 2, ...`` up to ``last_page`` (sending ``page`` turns pagination on)."""


def connect(
    base_url: str,
    *,
    client_id: str,
    client_secret: str | Secret,
    code: str | Secret | None = None,
    redirect_uri: str | None = None,
    stored: StoredToken | None = None,
    token_store: TokenStore | None = None,
    token_url: str | None = None,
    refresh_margin: float = REFRESH_MARGIN,
    clock: Clock = time.monotonic,
    wall_clock: Clock = time.time,
    **options: Unpack[ConnectOptions],
) -> AuthenticatedClient:
    """A ready :class:`quickstart_client.AuthenticatedClient` for one authorized user.

    Give either ``code`` (from :func:`code_from_callback`) with the ``redirect_uri`` it was issued
    for — it is exchanged on the first call, once — or ``stored``, a token set your
    ``token_store`` saved earlier. The refresh token then renews the access token shortly before
    it expires and once on a 401; every new token set (the refresh token rotates) goes to
    ``token_store``. ``token_url`` defaults to ``<base_url>/oauth/token``. A refused code or
    refresh token raises :class:`QuickstartAuthenticationError`; a non-https redirect URL (other
    than loopback) raises :class:`UnsafeRedirectURIError` at once. ``options`` are those of
    :meth:`erp_adapters.calls.Caller.connect` (``timeout``, ``deadline``, ``max_body_bytes``,
    ``max_retry_after``, ``allow_insecure_http``, ``verify``, ``proxy``, ``httpx_args``).
    """
    token_url = token_url or base_url.rstrip("/") + TOKEN_PATH
    provider = token_provider(
        base_url,
        client_id=client_id,
        client_secret=client_secret,
        code=code,
        redirect_uri=redirect_uri,
        stored=stored,
        token_url=token_url,
        token_store=token_store,
        clock=clock,
        wall_clock=wall_clock,
    )
    auth = TokenAuth(provider, TokenCache(margin=refresh_margin, clock=clock))
    client: AuthenticatedClient = _core.connect(base_url, auth, token_urls=[token_url], **options)
    return client


from erp_adapters._generated.quickstart_resources import AsyncQuickstart, Quickstart  # noqa: E402 - needs _core and connect above
