"""OAuth2 for every vendor that uses it: one token provider, configured per vendor and grant.

:class:`OAuth2Provider` is a :class:`~erp_adapters.auth.TokenProvider`, so
:class:`~erp_adapters.auth.TokenAuth` gives it caching, renewal before expiry, single-flight
renewal across threads and tasks, and one renewal + retry on a 401. What this module adds:

* the grants: ``client_credentials``, ``authorization_code`` (the code is used once, then the
  refresh token takes over), ``refresh_token``, and vendor-specific grants such as eGestor's
  ``personal`` (any ``grant_type`` with extra fields);
* refresh-token **rotation**: each renewal uses the newest refresh token and keeps the one the
  server returns. A refresh token is marked spent the moment it is sent, so a superseded (or
  possibly consumed) refresh token is never sent again — a renewal that finds none left raises an
  authentication error asking for a new authorization instead;
* a **token store** callback that receives every new token set as a JSON-ready dict, so an app can
  persist it and start again later from :meth:`OAuth2Provider.from_stored`;
* form or JSON token requests (vendors differ), and the protocol pieces of the code flow built with
  Authlib's RFC 6749 helpers: the authorize URL (:func:`authorize_url`, including the out-of-band
  redirect :data:`OOB_REDIRECT_URI`), the code in the redirect (:func:`code_from_redirect`) and the
  form-encoded token request body.
"""

from __future__ import annotations

import collections
import hashlib
import json
import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx
from authlib.common.errors import AuthlibBaseError
from authlib.common.security import generate_token
from authlib.oauth2.rfc6749.parameters import (
    parse_authorization_code_response,
    prepare_grant_uri,
    prepare_token_request,
)

from erp_adapters.auth import LoginFlow
from erp_adapters.calls import ErrorKinds, MessageExtractor
from erp_adapters.errors import APIError
from erp_adapters.secrets import Secret
from erp_adapters.tokens import Clock, Token

log = logging.getLogger("erp_adapters.oauth2")

OOB_REDIRECT_URI = "urn:ietf:wg:oauth:2.0:oob:auto"
"""Out-of-band redirect: the code is shown to the user instead of being sent to a web app."""

StoredToken = dict[str, Any]
"""A token set as persisted by a token store: ``access_token``, ``refresh_token``, ``expires_at`` (Unix time), ..."""

TokenStore = Callable[[StoredToken], None]
"""Receives every new token set (a JSON-ready dict); it must persist it before it returns."""

_SPENT_MEMORY = 1024
"""How many spent refresh tokens a provider remembers (as SHA-256 digests) to refuse to resend."""


@dataclass(frozen=True)
class Grant:
    """The first grant a provider uses, before it has a refresh token.

    Use the constructors: :meth:`client_credentials`, :meth:`authorization_code`, :meth:`custom`.
    """

    grant_type: str
    fields: Mapping[str, Secret | str] = field(default_factory=dict)
    single_use: bool = False
    """True when the grant cannot be repeated (an authorization code): renewals need a refresh token."""

    @classmethod
    def client_credentials(cls, scope: str | None = None) -> Grant:
        """The app's own credentials (RFC 6749 section 4.4)."""
        return cls("client_credentials", {"scope": scope} if scope else {})

    @classmethod
    def authorization_code(cls, code: str | Secret, redirect_uri: str, code_verifier: str | None = None) -> Grant:
        """A code the user's approval produced (RFC 6749 section 4.1); it can be exchanged once."""
        fields: dict[str, Secret | str] = {"code": Secret(code), "redirect_uri": redirect_uri}
        if code_verifier:
            fields["code_verifier"] = Secret(code_verifier)
        return cls("authorization_code", fields, single_use=True)

    @classmethod
    def custom(cls, grant_type: str, **fields: Secret | str) -> Grant:
        """A vendor-specific grant, e.g. ``Grant.custom("personal", personal_token=Secret(...))``.

        Every field is treated as a secret (masked in reprs); the grant can be repeated.
        """
        return cls(grant_type, {k: v if isinstance(v, Secret) else Secret(v) for k, v in fields.items()})

    def __repr__(self) -> str:
        return f"Grant({self.grant_type!r}, fields={sorted(self.fields)})"


def authorize_url(
    authorize_endpoint: str,
    *,
    client_id: str,
    redirect_uri: str,
    scope: str | None = None,
    state: str | None = None,
    **extra: str,
) -> tuple[str, str]:
    """The URL to send a user to for the authorization-code flow, and the ``state`` it carries.

    Check that the ``state`` coming back with the code equals the one returned here (see
    :func:`code_from_redirect`). With :data:`OOB_REDIRECT_URI` the server shows the code to the
    user, who pastes it into the app; there is no redirect to carry the state back.
    """
    state = state or generate_token(30)
    url = prepare_grant_uri(
        authorize_endpoint, client_id, "code", redirect_uri=redirect_uri, scope=scope, state=state, **extra
    )
    return str(url), state


def code_from_redirect(redirect_url: str, state: str | None) -> Secret:
    """The authorization code in the URL the user's browser was redirected to.

    Raises ``ValueError`` when the URL has no ``code`` or its ``state`` differs from ``state``
    (a forged or mixed-up redirect).
    """
    try:
        params = parse_authorization_code_response(redirect_url, state=state)
    except AuthlibBaseError as exc:
        raise ValueError(f"not a valid authorization redirect: {exc.error}") from None
    return Secret(str(params["code"]))


class OAuth2Provider:
    """Obtains and renews OAuth2 access tokens at ``token_url``.

    Args:
        token_url: the token endpoint (absolute URL).
        client_id, client_secret: the app's credentials, sent in the request body (``None``: not sent,
            e.g. for a grant that identifies the app by itself).
        grant: the first grant (see :class:`Grant`); used again for renewals only when there is no
            refresh token and the grant is repeatable.
        errors: the vendor's error classes (a refused grant raises its authentication error, a 429 its
            rate-limit error, a 5xx its server error).
        encoding: ``"form"`` (RFC 6749) or ``"json"`` for vendors that want a JSON body.
        token_store: called with every new token set (JSON-ready dict), e.g. to persist it.
        default_lifetime: seconds a token lives when the answer has no ``expires_in``.
        refresh_fields: extra fields for refresh requests (e.g. a vendor that wants ``redirect_uri``).
        use_refresh_tokens: renew with the refresh token when the server issued one (default); False:
            repeat the first grant instead (for repeatable grants such as a personal token).
        vendor_message: pulls the vendor's error text out of a refused token request's JSON body.

    """

    def __init__(
        self,
        token_url: str,
        *,
        client_id: str | None,
        client_secret: str | Secret | None,
        grant: Grant | None,
        errors: ErrorKinds,
        encoding: Literal["form", "json"] = "form",
        token_store: TokenStore | None = None,
        default_lifetime: float | None = None,
        clock: Clock = time.monotonic,
        wall_clock: Clock = time.time,
        refresh_fields: Mapping[str, str] | None = None,
        use_refresh_tokens: bool = True,
        vendor_message: MessageExtractor | None = None,
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self.client_secret = Secret(client_secret) if client_secret is not None else None
        self.grant = grant
        self.errors = errors
        self.encoding = encoding
        self.token_store = token_store
        self.default_lifetime = default_lifetime
        self.clock = clock
        self.wall_clock = wall_clock
        self.refresh_fields: dict[str, str] = dict(refresh_fields or {})
        self.use_refresh_tokens = use_refresh_tokens
        self.vendor_message = vendor_message
        self.initial: Token | None = None
        """A token to prime the cache with (set by :meth:`from_stored`)."""
        self._lock = threading.Lock()
        self._grant_used = False
        self._refresh: Secret | None = None
        self._spent: collections.OrderedDict[str, None] = collections.OrderedDict()

    def __repr__(self) -> str:
        grant = self.grant.grant_type if self.grant else None
        return f"OAuth2Provider(token_url={self.token_url!r}, client_id={self.client_id!r}, grant={grant!r})"

    @classmethod
    def from_stored(cls, stored: StoredToken, token_url: str, **kwargs: Any) -> OAuth2Provider:
        """A provider that resumes from a token set saved by a token store (after a restart).

        :class:`~erp_adapters.auth.TokenAuth` primes its cache with the :attr:`initial` token, so a
        still-valid access token is reused; the stored refresh token is used for the first renewal.
        """
        provider = cls(token_url, grant=kwargs.pop("grant", None), **kwargs)
        provider.initial = provider.restore(stored)
        with provider._lock:
            provider._refresh = provider.initial.refresh
        return provider

    def restore(self, stored: StoredToken) -> Token:
        """Turn a stored token set back into a :class:`Token` on this provider's clock."""
        expires_at = stored.get("expires_at")
        lifetime = None if expires_at is None else float(expires_at) - self.wall_clock()
        access = str(stored.get("access_token") or "")
        refresh = stored.get("refresh_token")
        token = Token.issued(access, lifetime, refresh=refresh if isinstance(refresh, str) else None, clock=self.clock)
        return token if access else Token(access=token.access, expires_at=float("-inf"), refresh=token.refresh)

    # -- TokenProvider --------------------------------------------------------------------------

    def obtain(self, previous: Token | None) -> LoginFlow:
        """Refresh with the newest unspent refresh token if there is one, else use the first grant."""
        refresh, fields, grant_name = self._next_request(previous)
        try:
            response = yield self._request(fields)
        except GeneratorExit:
            # No HTTP answer (connection failure, cancellation): the refresh token may not have
            # reached the server, and without an answer its successor is lost anyway, so it stays usable.
            if refresh is not None:
                self._unspend(refresh)
            raise
        operation = f"oauth2 token ({grant_name} grant, POST {httpx.URL(self.token_url).path})"
        if response.status_code != 200:
            if refresh is not None and response.status_code == httpx.codes.TOO_MANY_REQUESTS:
                self._unspend(refresh)  # refused before it was processed: the refresh token is still good
            kind = self._error_kind(response.status_code)
            raise kind(operation, response.status_code, response.content, self._message(response))
        try:
            body = response.json()
            access = body["access_token"]
            if not isinstance(access, str) or not access:
                raise ValueError("empty access_token")
            lifetime = float(body["expires_in"]) if body.get("expires_in") is not None else self.default_lifetime
        except (ValueError, KeyError, TypeError) as exc:
            raise self.errors.parse(operation, response.status_code, response.content, repr(exc)) from exc
        issued = body.get("refresh_token")
        new_refresh = issued if isinstance(issued, str) and issued else None
        if new_refresh is None and refresh is not None:
            self._unspend(refresh)  # the server did not rotate it, so it stays valid
            new_refresh = refresh.reveal()
        extra = {
            k: Secret(v) if k.endswith("_token") and isinstance(v, str) else v
            for k, v in body.items()
            if k not in ("access_token", "refresh_token", "expires_in")
        }
        token = Token.issued(access, lifetime, refresh=new_refresh, clock=self.clock, extra=extra)
        with self._lock:
            self._refresh = token.refresh
        log.debug("%r obtained a token with the %s grant (expires in %s s)", self, grant_name, lifetime)
        if self.token_store is not None:
            self.token_store(self.snapshot(token))
        return token

    def apply(self, request: httpx.Request, token: Token) -> None:
        """Send the access token as a bearer token."""
        request.headers["Authorization"] = f"Bearer {token.access.reveal()}"

    # -- helpers -------------------------------------------------------------------------------

    def snapshot(self, token: Token) -> StoredToken:
        """``token`` as a JSON-ready dict with an absolute ``expires_at`` (Unix time)."""
        expires_at = None if token.expires_at is None else self.wall_clock() + (token.expires_at - self.clock())
        return {
            **{k: v.reveal() if isinstance(v, Secret) else v for k, v in token.extra.items()},
            "access_token": token.access.reveal(),
            "refresh_token": token.refresh.reveal() if token.refresh else None,
            "expires_at": expires_at,
        }

    def _next_request(self, previous: Token | None) -> tuple[Secret | None, dict[str, Secret | str], str]:
        """Pick the refresh token (marking it spent) or the grant for the next token request."""
        with self._lock:
            refresh = self._usable_refresh(previous) if self.use_refresh_tokens else None
            if refresh is not None:
                self._spend(refresh)
                fields: dict[str, Secret | str] = {
                    "grant_type": "refresh_token",
                    "refresh_token": refresh,
                    **self.refresh_fields,
                }
                grant_name = "refresh_token"
            else:
                fields = self._grant_fields()
                grant_name = str(fields["grant_type"])
        if self.client_id is not None:
            fields["client_id"] = self.client_id
        if self.client_secret is not None:
            fields["client_secret"] = self.client_secret
        return refresh, fields, grant_name

    def _usable_refresh(self, previous: Token | None) -> Secret | None:
        for candidate in (self._refresh, previous.refresh if previous is not None else None):
            if candidate and _digest(candidate) not in self._spent:
                return candidate
        return None

    def _grant_fields(self) -> dict[str, Secret | str]:
        if self.grant is None:
            raise self.errors.authentication(
                "oauth2 token", 0, b"", "no grant and no unspent refresh token: the user has to authorize the app again"
            )
        if self.grant.single_use and self._grant_used:
            raise self.errors.authentication(
                "oauth2 token",
                0,
                b"",
                f"the {self.grant.grant_type} grant was already used and no unspent refresh token is left: "
                "the user has to authorize the app again",
            )
        self._grant_used = True
        return {"grant_type": self.grant.grant_type, **self.grant.fields}

    def _spend(self, refresh: Secret) -> None:
        self._spent[_digest(refresh)] = None
        while len(self._spent) > _SPENT_MEMORY:
            self._spent.popitem(last=False)
        if self._refresh == refresh:
            self._refresh = None

    def _unspend(self, refresh: Secret) -> None:
        with self._lock:
            self._spent.pop(_digest(refresh), None)
            if self._refresh is None:
                self._refresh = refresh

    def _error_kind(self, status: int) -> type[APIError]:
        if status == httpx.codes.TOO_MANY_REQUESTS:
            return self.errors.rate_limit
        if status >= 500:
            return self.errors.server
        return self.errors.authentication

    def _message(self, response: httpx.Response) -> str:
        if self.vendor_message is not None:
            try:
                return self.vendor_message(response.json())
            except (ValueError, KeyError, TypeError, AttributeError):
                pass
        return _oauth_error(response)

    def _request(self, fields: Mapping[str, Secret | str]) -> httpx.Request:
        plain = {k: v.reveal() if isinstance(v, Secret) else v for k, v in fields.items()}
        headers = {"Accept": "application/json"}
        if self.encoding == "json":
            return httpx.Request(
                "POST",
                self.token_url,
                content=json.dumps(plain).encode(),
                headers={**headers, "Content-Type": "application/json"},
            )
        grant_type = plain.pop("grant_type")
        body = prepare_token_request(grant_type, **plain)
        return httpx.Request(
            "POST",
            self.token_url,
            content=body.encode(),
            headers={**headers, "Content-Type": "application/x-www-form-urlencoded"},
        )


def _digest(secret: Secret) -> str:
    return hashlib.sha256(secret.reveal().encode()).hexdigest()


def _oauth_error(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.reason_phrase or "token request refused"
    if isinstance(body, dict):
        parts = [str(body[k]) for k in ("error", "error_description", "errMsg", "message") if body.get(k)]
        if parts:
            return ": ".join(parts)
    return response.text[:300]
