"""GKS4 adapter: a client that fetches its own OAuth2 token, and typed errors.

>>> from erp_adapters import gks4
>>> from gks4_client.api.customers import get_customer
>>> client = gks4.connect("https://gks4.example.se", client_id="…", client_secret="…")  # doctest: +SKIP
>>> customer = gks4.call(get_customer.sync_detailed, client=client, customer_number="K100421")  # doctest: +SKIP
"""

from __future__ import annotations

import time
from typing import Unpack

from gks4_client import AuthenticatedClient

from erp_adapters.auth import TokenAuth
from erp_adapters.calls import Caller
from erp_adapters.gks4.errors import (
    KINDS,
    GKS4APIError,
    GKS4AuthenticationError,
    GKS4ConflictError,
    GKS4Error,
    GKS4GoneError,
    GKS4NotFoundError,
    GKS4ParseError,
    GKS4RateLimitError,
    GKS4ServerError,
    GKS4TransportError,
    GKS4UnexpectedStatusError,
    GKS4ValidationError,
    vendor_message,
)
from erp_adapters.oauth2 import Grant, OAuth2Provider
from erp_adapters.options import ConnectOptions
from erp_adapters.secrets import Secret
from erp_adapters.tokens import Clock, TokenCache

__all__ = [
    "GKS4",
    "TOKEN_URL",
    "AsyncGKS4",
    "GKS4APIError",
    "GKS4AuthenticationError",
    "GKS4ConflictError",
    "GKS4Error",
    "GKS4GoneError",
    "GKS4NotFoundError",
    "GKS4ParseError",
    "GKS4RateLimitError",
    "GKS4ServerError",
    "GKS4TransportError",
    "GKS4UnexpectedStatusError",
    "GKS4ValidationError",
    "acall",
    "aexpect",
    "call",
    "connect",
    "expect",
    "token_provider",
]

TOKEN_URL = "https://id.simutek.se/connect/token"  # noqa: S105 - a URL, not a password
"""Simutek's identity server, which issues GKS4 access tokens (client-credentials grant)."""

REFRESH_MARGIN = 60.0
"""Fetch a new token this many seconds before the current one's ``expires_in`` runs out."""

_core = Caller(KINDS, vendor_message, client_class=AuthenticatedClient)
call, acall, expect, aexpect = _core.call, _core.acall, _core.expect, _core.aexpect
"""The call surface (see :class:`erp_adapters.calls.Caller`); errors are GKS4's typed errors."""


def token_provider(
    *,
    client_id: str,
    client_secret: str | Secret,
    token_url: str = TOKEN_URL,
    scope: str | None = None,
    clock: Clock = time.monotonic,
) -> OAuth2Provider:
    """The OAuth2 client-credentials provider for GKS4 (form-encoded ``client_id``/``client_secret``)."""
    return OAuth2Provider(
        token_url,
        client_id=client_id,
        client_secret=client_secret,
        grant=Grant.client_credentials(scope),
        errors=KINDS,
        encoding="form",
        clock=clock,
    )


def connect(
    base_url: str,
    *,
    client_id: str,
    client_secret: str | Secret,
    token_url: str = TOKEN_URL,
    scope: str | None = None,
    refresh_margin: float = REFRESH_MARGIN,
    clock: Clock = time.monotonic,
    **options: Unpack[ConnectOptions],
) -> AuthenticatedClient:
    """A ready :class:`gks4_client.AuthenticatedClient` that obtains and renews its own token.

    The first call fetches a token from ``token_url`` with the client-credentials grant; that
    token serves every call until ``refresh_margin`` seconds before its ``expires_in`` runs out.
    A 401 (token revoked or expired early) triggers one new token and one retry. A refused
    ``client_id``/``client_secret`` raises :class:`GKS4AuthenticationError`. The client is safe
    to share between threads and asyncio tasks. ``options`` are those of
    :meth:`erp_adapters.calls.Caller.connect` (``timeout``, ``deadline``, ``max_body_bytes``,
    ``max_retry_after``, ``allow_insecure_http``, ``verify``, ``proxy``, ``httpx_args``).
    """
    provider = token_provider(
        client_id=client_id, client_secret=client_secret, token_url=token_url, scope=scope, clock=clock
    )
    auth = TokenAuth(provider, TokenCache(margin=refresh_margin, clock=clock))
    client: AuthenticatedClient = _core.connect(base_url, auth, token_urls=[token_url], **options)
    return client


from erp_adapters._generated.gks4_resources import GKS4, AsyncGKS4  # noqa: E402 - needs _core and connect above
