"""eGestor adapter: an authorized, rate-paced client in one call, typed errors and pagination.

>>> from erp_adapters import egestor
>>> from egestor_client.api.contatos import list_contatos
>>> url, _state = egestor.authorize_url("my-client-id")  # the user opens it and copies the code  # doctest: +SKIP
>>> client = egestor.connect(client_id="my-client-id", client_secret="…", code="…", token_store=save)  # doctest: +SKIP
>>> for contato in egestor.paginate(list_contatos.sync_detailed, client=client):  # doctest: +SKIP
...     print(contato.codigo, contato.nome)
"""

from __future__ import annotations

import time
from typing import Unpack

from egestor_client import AuthenticatedClient

from erp_adapters import pagination
from erp_adapters.auth import TokenAuth
from erp_adapters.calls import Caller
from erp_adapters.egestor import values
from erp_adapters.egestor.auth import (
    API_URL,
    AUTHORIZE_URL,
    TOKEN_LIFETIME,
    authorization_url,
    authorize_url,
    code_from_callback,
    code_from_oob_page,
    code_from_redirect,
    provider,
    token_url_for,
)
from erp_adapters.egestor.errors import (
    KINDS,
    EgestorAPIError,
    EgestorAuthenticationError,
    EgestorAuthorizationError,
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
    UnsafeRedirectURIError,
    vendor_message,
)
from erp_adapters.oauth2 import OOB_REDIRECT_URI, StoredToken, TokenStore
from erp_adapters.options import ConnectOptions
from erp_adapters.pacing import RateLimiter
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
    "AsyncEgestor",
    "AuthorizationError",
    "Egestor",
    "EgestorAPIError",
    "EgestorAuthenticationError",
    "EgestorAuthorizationError",
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
    "UnsafeRedirectURIError",
    "acall",
    "aexpect",
    "apaginate",
    "authorization_url",
    "authorize_url",
    "call",
    "code_from_callback",
    "code_from_oob_page",
    "code_from_redirect",
    "connect",
    "expect",
    "paginate",
    "values",
]

AuthorizationError = EgestorAuthorizationError
"""Former name of :class:`EgestorAuthorizationError` (kept for callers that caught it here)."""

REFRESH_MARGIN = 60.0
"""Renew the 900-second access token this many seconds before it expires."""

RATE_LIMIT = 60
RATE_WINDOW = 60.0
"""Documented throttle: 60 requests per minute per application + user."""


_core = Caller(KINDS, vendor_message, read_page=pagination.laravel_page, client_class=AuthenticatedClient)
call, acall, expect, aexpect = _core.call, _core.acall, _core.expect, _core.aexpect
"""The call surface (see :class:`erp_adapters.calls.Caller`); errors are eGestor's typed errors."""
paginate, apaginate = _core.paginate, _core.apaginate
"""Every item of a list operation (50 per page), page after page; ``params`` are its filters (``filtro``)."""


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
    refresh_margin: float = REFRESH_MARGIN,
    rate_limit: int = RATE_LIMIT,
    rate_window: float = RATE_WINDOW,
    max_retries: int = 3,
    clock: Clock = time.monotonic,
    wall_clock: Clock = time.time,
    **options: Unpack[ConnectOptions],
) -> AuthenticatedClient:
    """A ready :class:`egestor_client.AuthenticatedClient`, authorized with one of eGestor's grants.

    Give exactly one way in:

    * ``code`` (with ``client_id``, ``client_secret`` and the ``redirect_uri`` used to get it): an
      authorization code from :func:`authorization_url`; it is exchanged on the first call;
    * ``personal_token``: the JWT the account owner copies from eGestor (Configurações ->
      Aplicativos conectados); no client credentials needed;
    * ``stored`` (with ``client_id`` and ``client_secret``): a token set your ``token_store`` saved
      earlier — at least its ``refresh_token`` — to resume after a restart.

    ``token_store`` receives every new token set (a JSON-ready dict: ``access_token``,
    ``refresh_token``, ``expires_at`` Unix time, ...) before any request uses it; persist it, since
    each refresh token works only once. Access tokens are renewed ``refresh_margin`` seconds before
    their 900 s run out, and once on a 401 (that request is then retried once); concurrent requests
    share one renewal. Requests are paced to ``rate_limit`` per ``rate_window`` seconds, corrected by
    the ``X-RateLimit-*`` headers; a 429 is retried (up to ``max_retries``) for GET/PUT/DELETE and
    raised as :class:`EgestorRateLimitError` for POST or when ``Retry-After`` exceeds
    ``max_retry_after``. ``options`` are those of :meth:`erp_adapters.calls.Caller.connect`
    (``timeout``, ``deadline``, ``max_body_bytes``, ``max_retry_after``, ``allow_insecure_http``,
    ``verify``, ``proxy``, ``httpx_args``; a ``transport`` there is wrapped by the pacing).
    """
    token_url = token_url or token_url_for(base_url)
    oauth = provider(
        token_url,
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
    auth = TokenAuth(oauth, TokenCache(margin=refresh_margin, clock=clock))
    limiter = RateLimiter(rate_limit, rate_window)
    client: AuthenticatedClient = _core.connect(
        base_url, auth, token_urls=[token_url], limiter=limiter, max_retries=max_retries, **options
    )
    return client


from erp_adapters._generated.egestor_resources import AsyncEgestor, Egestor  # noqa: E402 - needs _core and connect above
