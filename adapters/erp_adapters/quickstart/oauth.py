"""Quickstart's authorization-code flow: safe redirect URLs, the authorize URL, the callback, the provider.

The flow, end to end::

    url, state = authorization_url(base_url, client_id=..., redirect_uri=...)
    # send the user to `url`; the server redirects to redirect_uri?code=...&state=...
    code = code_from_callback(callback_url, expected_state=state)
    client = quickstart.connect(base_url, client_id=..., client_secret=..., code=code, redirect_uri=...)

The code is exchanged on the first call; from then on the refresh token keeps the client logged
in (renewed before expiry and once on a 401, rotated on every refresh). Pass ``token_store`` to
persist each new token set and ``stored=`` to resume from it after a restart.
"""

from __future__ import annotations

import time

from erp_adapters import oauth2
from erp_adapters.oauth2 import Grant, OAuth2Provider, StoredToken, TokenStore
from erp_adapters.quickstart.errors import KINDS, QuickstartAuthorizationError, UnsafeRedirectURIError
from erp_adapters.secrets import Secret
from erp_adapters.tokens import Clock

AUTHORIZE_PATH = "/oauth/authorize"
TOKEN_PATH = "/oauth/token"  # noqa: S105 - a path, not a password


def safe_redirect_uri(uri: str) -> str:
    """``uri`` if it may receive an authorization code, else :class:`UnsafeRedirectURIError`.

    The rules are those of :func:`erp_adapters.oauth2.safe_redirect_uri`.
    """
    return oauth2.safe_redirect_uri(uri, error=UnsafeRedirectURIError)


def code_from_callback(callback_url: str, *, expected_state: str) -> Secret:
    """The authorization code from the callback URL, else :class:`QuickstartAuthorizationError`.

    The checks are those of :func:`erp_adapters.oauth2.code_from_callback` (state, error, code).
    """
    return oauth2.code_from_callback(callback_url, expected_state=expected_state, error=QuickstartAuthorizationError)


def authorization_url(
    base_url: str,
    *,
    client_id: str,
    redirect_uri: str,
    state: str | None = None,
    scope: str | None = None,
    authorize_endpoint: str | None = None,
    **extra: str,
) -> tuple[str, str]:
    """The URL to send the user to, and the ``state`` it carries (keep it for :func:`code_from_callback`).

    ``state`` defaults to a fresh random value. ``authorize_endpoint`` defaults to
    ``<base_url>/oauth/authorize``; ``extra`` adds vendor-specific query parameters.
    """
    endpoint = authorize_endpoint or base_url.rstrip("/") + AUTHORIZE_PATH
    return oauth2.authorization_url(
        endpoint,
        client_id=client_id,
        redirect_uri=redirect_uri,
        scope=scope,
        state=state,
        unsafe_redirect=UnsafeRedirectURIError,
        **extra,
    )


__all__ = ["authorization_url", "code_from_callback", "safe_redirect_uri", "token_provider"]


def token_provider(
    base_url: str,
    *,
    client_id: str,
    client_secret: str | Secret,
    code: str | Secret | None = None,
    redirect_uri: str | None = None,
    stored: StoredToken | None = None,
    token_url: str | None = None,
    token_store: TokenStore | None = None,
    clock: Clock = time.monotonic,
    wall_clock: Clock = time.time,
) -> OAuth2Provider:
    """The OAuth2 provider for Quickstart: exchanges ``code`` once, or resumes from ``stored``.

    Exactly one of ``code`` (with the ``redirect_uri`` it was issued for) and ``stored`` must be
    given. Either way the refresh token takes over after the first token.
    """
    url = token_url or base_url.rstrip("/") + TOKEN_PATH
    if stored is not None and code is None:
        return OAuth2Provider.from_stored(
            stored,
            url,
            client_id=client_id,
            client_secret=client_secret,
            errors=KINDS,
            token_store=token_store,
            clock=clock,
            wall_clock=wall_clock,
        )
    if code is None or stored is not None:
        raise ValueError("give exactly one of code= (a fresh authorization) and stored= (a saved token set)")
    if redirect_uri is None:
        raise ValueError("redirect_uri= is required with code=: it must equal the one used to authorize")
    return OAuth2Provider(
        url,
        client_id=client_id,
        client_secret=client_secret,
        grant=Grant.authorization_code(code, safe_redirect_uri(redirect_uri)),
        errors=KINDS,
        token_store=token_store,
        clock=clock,
        wall_clock=wall_clock,
    )
