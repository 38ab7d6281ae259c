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

import ipaddress
import time
from urllib.parse import parse_qs, urlsplit

from erp_adapters.oauth2 import Grant, OAuth2Provider, StoredToken, TokenStore
from erp_adapters.oauth2 import authorize_url as _authorize_url
from erp_adapters.quickstart.errors import KINDS, QuickstartAuthorizationError, UnsafeRedirectURIError
from erp_adapters.secrets import Secret
from erp_adapters.tokens import Clock

AUTHORIZE_PATH = "/oauth/authorize"
TOKEN_PATH = "/oauth/token"  # noqa: S105 - a path, not a password


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def safe_redirect_uri(uri: str) -> str:
    """``uri`` if it may be registered as the app's redirect URL, else :class:`UnsafeRedirectURIError`.

    Allowed: an absolute ``https`` URL, or ``http`` on a loopback host (``localhost``,
    ``127.0.0.0/8``, ``::1``) for native apps and development (RFC 8252 §7.3). Refused: any other
    scheme or plain ``http`` host (the code would travel in clear text), a fragment (RFC 6749
    §3.1.2), user info, or a URL without a host.
    """
    parts = urlsplit(uri)
    host = parts.hostname or ""
    if not host:
        raise UnsafeRedirectURIError(f"redirect URL {uri!r} has no host")
    if parts.fragment or uri.endswith("#"):
        raise UnsafeRedirectURIError(f"redirect URL {uri!r} must not contain a fragment")
    if parts.username is not None or parts.password is not None:
        raise UnsafeRedirectURIError("redirect URL must not contain user info")
    if parts.scheme == "https" or (parts.scheme == "http" and _is_loopback(host)):
        return uri
    raise UnsafeRedirectURIError(f"redirect URL {uri!r} must use https (plain http only on a loopback host)")


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
    return _authorize_url(
        endpoint, client_id=client_id, redirect_uri=safe_redirect_uri(redirect_uri), scope=scope, state=state, **extra
    )


def code_from_callback(callback_url: str, *, expected_state: str) -> Secret:
    """The authorization code from the URL the server redirected the user to.

    Raises :class:`QuickstartAuthorizationError` when the ``state`` differs from the one sent
    (a forged or replayed callback), when the server reports an ``error`` (e.g. the user
    declined), or when there is no code.
    """
    query = {key: values[-1] for key, values in parse_qs(urlsplit(callback_url).query).items()}
    if query.get("state") != expected_state:
        raise QuickstartAuthorizationError("state_mismatch", "the callback's state is not the one this app sent")
    if "error" in query:
        raise QuickstartAuthorizationError(query["error"], query.get("error_description", ""))
    if not query.get("code"):
        raise QuickstartAuthorizationError("missing_code", "the callback carries no code")
    return Secret(query["code"])


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
