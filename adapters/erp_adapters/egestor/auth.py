"""eGestor's OAuth2, configured on the shared :class:`~erp_adapters.oauth2.OAuth2Provider`.

eGestor specifics: token requests are JSON (not form-encoded) and carry the app's credentials in
the body; a refresh request also carries ``redirect_uri``; refresh tokens rotate (each works once);
access tokens live 900 s; besides the authorization code there is a ``personal`` grant, a JWT the
account owner copies from the eGestor settings, which can be repeated, so it renews by itself.
"""

from __future__ import annotations

import html
import json
import re
import time
from typing import Any

from erp_adapters import oauth2
from erp_adapters.egestor.errors import KINDS, EgestorAuthorizationError, UnsafeRedirectURIError, vendor_message
from erp_adapters.oauth2 import OOB_REDIRECT_URI, Grant, OAuth2Provider, StoredToken, TokenStore
from erp_adapters.secrets import Secret
from erp_adapters.tokens import Clock

API_URL = "https://api.egestor.com.br/api/v1"
"""Production API root (see the x-doc-note on ``servers`` in specs/egestor.yaml)."""

AUTHORIZE_URL = "https://v4.egestor.com.br/api/oauth/authorize"
"""Where the user approves the app (the only host the vendor doc prints)."""

TOKEN_LIFETIME = 900.0
"""Documented access-token lifetime, used when a token answer has no ``expires_in``."""


def token_url_for(base_url: str) -> str:
    """The token endpoint beside an API root: ``.../api/v1`` -> ``.../api/oauth/access_token``."""
    root = base_url.rstrip("/")
    root = root.removesuffix("/v1")
    return f"{root}/oauth/access_token"


def authorization_url(
    client_id: str,
    *,
    redirect_uri: str = OOB_REDIRECT_URI,
    state: str | None = None,
    authorize_endpoint: str = AUTHORIZE_URL,
) -> tuple[str, str]:
    """The URL to send the user to (and the ``state`` it carries) to approve the app.

    With the default out-of-band ``redirect_uri`` eGestor shows the code to the user (read it with
    :func:`code_from_oob_page`); otherwise it redirects to ``redirect_uri`` with ``code`` and
    ``state`` (read them with :func:`~erp_adapters.oauth2.code_from_callback`). ``redirect_uri`` is
    checked by :func:`~erp_adapters.oauth2.safe_redirect_uri`.
    """
    return oauth2.authorization_url(
        authorize_endpoint,
        client_id=client_id,
        redirect_uri=redirect_uri,
        state=state,
        unsafe_redirect=UnsafeRedirectURIError,
    )


authorize_url = authorization_url
"""Former name of :func:`authorization_url`."""

_OOB_CODE = re.compile(r'<code id="code">([^<]+)</code>|Success code=([^<&"\s]+)')


def code_from_callback(callback_url: str, *, expected_state: str) -> Secret:
    """The authorization code from the callback URL, else :class:`EgestorAuthorizationError`.

    The checks are those of :func:`erp_adapters.oauth2.code_from_callback` (state, error, code).
    """
    return oauth2.code_from_callback(callback_url, expected_state=expected_state, error=EgestorAuthorizationError)


def code_from_redirect(redirect_url: str, state: str) -> Secret:
    """Former name of :func:`code_from_callback` (``state`` is mandatory)."""
    return code_from_callback(redirect_url, expected_state=state)


def code_from_oob_page(page: str | bytes) -> Secret:
    """The code the out-of-band authorize step shows: an HTML page, or JSON ``{"code": ...}``.

    Raises :class:`~erp_adapters.egestor.errors.EgestorAuthorizationError` (``missing_code``) when neither form
    carries one, or (the OAuth ``error``) when the answer is an OAuth error object.
    """
    text = page.decode("utf-8", errors="replace") if isinstance(page, bytes) else page
    try:
        body: Any = json.loads(text)
    except (ValueError, RecursionError):
        body = None
    if isinstance(body, dict):
        code = body.get("code")
        if isinstance(code, str | int) and not isinstance(code, bool) and str(code):
            return Secret(str(code))
        if isinstance(body.get("error"), str):
            raise EgestorAuthorizationError(body["error"], str(body.get("error_description") or ""))
        raise EgestorAuthorizationError("missing_code", "the JSON answer carries no code")
    found = _OOB_CODE.search(text)
    if found is None:
        raise EgestorAuthorizationError("missing_code", "the authorize page shows no code")
    return Secret(html.unescape(found.group(1) or found.group(2)))


def provider(
    token_url: str,
    *,
    client_id: str | None = None,
    client_secret: str | Secret | None = None,
    code: str | Secret | None = None,
    redirect_uri: str = OOB_REDIRECT_URI,
    personal_token: str | Secret | None = None,
    stored: StoredToken | None = None,
    token_store: TokenStore | None = None,
    clock: Clock = time.monotonic,
    wall_clock: Clock = time.time,
) -> OAuth2Provider:
    """The token provider for one of eGestor's grants (see :func:`erp_adapters.egestor.connect`)."""
    if code is not None and (personal_token is not None or stored is not None):
        raise ValueError("an authorization code starts a new session: do not combine it with personal_token or stored")
    if code is None and personal_token is None and stored is None:
        raise ValueError("give code (authorization code), personal_token, or stored (a saved token set)")
    if personal_token is None and (client_id is None or client_secret is None):
        raise ValueError("the authorization-code and refresh grants need client_id and client_secret")
    grant: Grant | None = None
    if code is not None:
        grant = Grant.authorization_code(code, redirect_uri)
    elif personal_token is not None:
        grant = Grant.custom("personal", personal_token=Secret(personal_token))
    options: dict[str, Any] = {
        "client_id": None if personal_token is not None else client_id,
        "client_secret": None if personal_token is not None else client_secret,
        "grant": grant,
        "errors": KINDS,
        "encoding": "json",
        "token_store": token_store,
        "default_lifetime": TOKEN_LIFETIME,
        "clock": clock,
        "wall_clock": wall_clock,
        "refresh_fields": {"redirect_uri": redirect_uri},
        # A personal token is repeatable: renew with it rather than with a rotating refresh token.
        "use_refresh_tokens": personal_token is None,
        "vendor_message": vendor_message,
    }
    if stored is not None:
        return OAuth2Provider.from_stored(stored, token_url, **options)
    return OAuth2Provider(token_url, **options)
