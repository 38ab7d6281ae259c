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
  Authlib's RFC 6749 helpers: the authorize URL (:func:`authorization_url`, including the out-of-band
  redirect :data:`OOB_REDIRECT_URI`), the code in the redirect (:func:`code_from_callback`) and the
  form-encoded token request body.
"""

from __future__ import annotations

import collections
import hashlib
import hmac
import json
import logging
import math
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import parse_qs, urlsplit

import httpx
from authlib.common.security import generate_token
from authlib.oauth2.rfc6749.parameters import prepare_grant_uri, prepare_token_request

from erp_adapters.auth import LoginFlow, bearer
from erp_adapters.errors import (
    LOGIN_BODY_WITHHELD,
    LOGIN_ENDPOINT,
    AuthorizationError,
    UnsafeRedirectURIError,
    describe,
)
from erp_adapters.errors import detach as errors_detach
from erp_adapters.kinds import ErrorKinds, MessageExtractor
from erp_adapters.secrets import Secret
from erp_adapters.tokens import Clock, Token
from erp_adapters.urls import is_loopback

log = logging.getLogger("erp_adapters.oauth2")

OOB_REDIRECT_URI = "urn:ietf:wg:oauth:2.0:oob:auto"
"""Out-of-band redirect: the code is shown to the user instead of being sent to a web app."""

StoredToken = dict[str, Any]
"""A token set as persisted by a token store: ``access_token``, ``refresh_token``, ``expires_at`` (Unix time), ..."""

TokenStore = Callable[[StoredToken], None]
"""Receives every new token set (a JSON-ready dict); it must persist it before it returns."""

STORE_ATTEMPTS = 3
"""How many times a token set is offered to a failing token store before a TokenStoreError."""

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


def safe_redirect_uri(uri: str, *, error: type[UnsafeRedirectURIError] = UnsafeRedirectURIError) -> str:
    """``uri`` if it may receive an authorization code, else ``error`` (a vendor's UnsafeRedirectURIError).

    Allowed: :data:`OOB_REDIRECT_URI` (the code is shown, not sent), an absolute ``https`` URL, or
    ``http`` on a loopback host (``localhost``, ``127.0.0.0/8``, ``::1``) for native apps and
    development (RFC 8252 section 7.3). Refused: any other scheme (``javascript:``, ``data:``, plain
    ``http`` elsewhere: the code would travel in clear text), a fragment (RFC 6749 section 3.1.2),
    user info, control characters, or a URL without a host.
    """
    if uri == OOB_REDIRECT_URI:
        return uri
    if any(ord(c) < 0x21 or ord(c) == 0x7F for c in uri):
        raise error("redirect URL contains whitespace or control characters")
    parts = urlsplit(uri)
    host = parts.hostname or ""
    if parts.scheme not in ("http", "https"):
        raise error(f"redirect URL {uri!r} must use https (plain http only on a loopback host)")
    if not host:
        raise error(f"redirect URL {uri!r} has no host")
    if parts.fragment or uri.endswith("#"):
        raise error(f"redirect URL {uri!r} must not contain a fragment")
    if parts.username is not None or parts.password is not None:
        raise error("redirect URL must not contain user info")
    if parts.scheme == "https" or is_loopback(host):
        return uri
    raise error(f"redirect URL {uri!r} must use https (plain http only on a loopback host)")


def authorization_url(
    authorize_endpoint: str,
    *,
    client_id: str,
    redirect_uri: str,
    scope: str | None = None,
    state: str | None = None,
    unsafe_redirect: type[UnsafeRedirectURIError] = UnsafeRedirectURIError,
    **extra: str,
) -> tuple[str, str]:
    """The URL to send a user to for the authorization-code flow, and the ``state`` it carries.

    ``state`` is mandatory in the flow: a fresh random one is made unless given (an empty one is
    refused). Keep it for :func:`code_from_callback`. ``redirect_uri`` is checked by
    :func:`safe_redirect_uri`, which raises ``unsafe_redirect``. With :data:`OOB_REDIRECT_URI` the
    server shows the code to the user, who pastes it into the app.
    """
    if state is not None and not state:
        raise ValueError("state must not be empty")
    state = state or generate_token(30)
    url = prepare_grant_uri(
        authorize_endpoint,
        client_id,
        "code",
        redirect_uri=safe_redirect_uri(redirect_uri, error=unsafe_redirect),
        scope=scope,
        state=state,
        **extra,
    )
    return str(url), state


authorize_url = authorization_url
"""Former name of :func:`authorization_url`."""


def code_from_callback(
    callback_url: str, *, expected_state: str, error: type[AuthorizationError] = AuthorizationError
) -> Secret:
    """The authorization code from the URL the server redirected the user to.

    Raises ``error`` (a vendor's :class:`~erp_adapters.errors.AuthorizationError`) when ``expected_state`` is empty, the
    callback carries no ``state`` or another one (a forged or mixed-up callback), the server
    reports an ``error`` (e.g. the user declined), or there is no code.
    """
    if not expected_state:
        raise error("missing_state", "the state this app sent is required to check the callback")
    query = {key: values[-1] for key, values in parse_qs(urlsplit(callback_url).query).items()}
    if "state" not in query:
        raise error("missing_state", "the callback carries no state")
    if not hmac.compare_digest(query["state"].encode(), expected_state.encode()):
        raise error("state_mismatch", "the callback's state is not the one this app sent")
    if "error" in query:
        raise error(query["error"], query.get("error_description", ""))
    if not query.get("code"):
        raise error("missing_code", "the callback carries no code")
    return Secret(query["code"])


def code_from_redirect(redirect_url: str, state: str) -> Secret:
    """Former name of :func:`code_from_callback` (``state`` is mandatory)."""
    return code_from_callback(redirect_url, expected_state=state)


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
        self._kept: Token | None = None
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
        """Refresh with the newest unspent refresh token if there is one, else use the first grant.

        A token set that the token store could not save is kept and offered to the store again
        first; only once it is saved is it used (and no request is made).
        """
        kept = self._kept
        if kept is not None:
            self._save(kept, "oauth2 token (saving the kept token set)")
            return kept
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
            kind = self.errors.for_login_status(response.status_code)
            raise kind(operation, response.status_code, response.content, self._message(response))
        token = self._token_from(operation, response, refresh)
        lifetime = None if token.expires_at is None else round(token.expires_at - self.clock())
        log.info("%r obtained a token with the %s grant (expires in %s s)", self, grant_name, lifetime)
        self._save(token, operation)
        return token

    def _token_from(self, operation: str, response: httpx.Response, refresh: Secret | None) -> Token:
        """Read a 200 token answer tolerantly; a rotated refresh token in an unusable answer is still kept."""
        try:
            body: Any = response.json()
        except (ValueError, RecursionError):
            body = None
        if not isinstance(body, dict):
            body = {}
        for key, value in body.items():  # mask every token of the answer before any message can quote it
            if key.endswith("_token") and isinstance(value, str):
                Secret(value)
        issued = body.get("refresh_token")
        new_refresh = issued if isinstance(issued, str) and issued else None
        access = body.get("access_token")
        if not isinstance(access, str) or not access:
            if new_refresh is not None:
                with self._lock:
                    self._refresh = Secret(new_refresh)  # never lose a rotated refresh token
                self._save(Token(access=Secret(""), expires_at=float("-inf"), refresh=Secret(new_refresh)), operation)
            raise self.errors.parse(
                operation, response.status_code, b"", f"no usable access_token; {LOGIN_BODY_WITHHELD}"
            )
        if new_refresh is None and refresh is not None:
            self._unspend(refresh)  # the server did not rotate it, so it stays valid
            new_refresh = refresh.reveal()
        lifetime = _seconds(body.get("expires_in"), self.default_lifetime)
        extra = {
            k: Secret(v) if k.endswith("_token") and isinstance(v, str) else v
            for k, v in body.items()
            if k not in ("access_token", "refresh_token", "expires_in")
        }
        token = Token.issued(access, lifetime, refresh=new_refresh, clock=self.clock, extra=extra)
        with self._lock:
            self._refresh = token.refresh
        return token

    def _save(self, token: Token, operation: str) -> None:
        """Give ``token`` to the token store, retrying; on failure keep it and raise a TokenStoreError."""
        if self.token_store is None:
            self._kept = None
            return
        snapshot = self.snapshot(token)
        failure: BaseException | None = None
        for attempt in range(1, STORE_ATTEMPTS + 1):
            try:
                self.token_store(snapshot)
            except Exception as exc:
                failure = exc
                log.warning("token_store failed (attempt %d of %d): %s", attempt, STORE_ATTEMPTS, type(exc).__name__)
            else:
                self._kept = None
                return
        self._kept = token
        assert failure is not None
        unsaved = Secret(json.dumps(snapshot, default=str))
        raise errors_detach(self.errors.token_store(operation, describe(failure), unsaved), failure)

    def apply(self, request: httpx.Request, token: Token) -> None:
        """Send the access token as a bearer token."""
        bearer(request, token)

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

    def _message(self, response: httpx.Response) -> str:
        if self.vendor_message is not None:
            try:
                return self.vendor_message(response.json())
            except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
                pass
        return _oauth_error(response)

    def _request(self, fields: Mapping[str, Secret | str]) -> httpx.Request:
        plain = {k: v.reveal() if isinstance(v, Secret) else v for k, v in fields.items()}
        headers = {"Accept": "application/json"}
        endpoint = {LOGIN_ENDPOINT: "token endpoint"}  # a failure to reach it names it (errors.TransportError)
        if self.encoding == "json":
            return httpx.Request(
                "POST",
                self.token_url,
                content=json.dumps(plain).encode(),
                headers={**headers, "Content-Type": "application/json"},
                extensions=endpoint,
            )
        grant_type = plain.pop("grant_type")
        body = prepare_token_request(grant_type, **plain)
        return httpx.Request(
            "POST",
            self.token_url,
            content=body.encode(),
            headers={**headers, "Content-Type": "application/x-www-form-urlencoded"},
            extensions=endpoint,
        )


def _digest(secret: Secret) -> str:
    return hashlib.sha256(secret.reveal().encode()).hexdigest()


def _seconds(value: object, default: float | None) -> float | None:
    """An ``expires_in`` read tolerantly: a number, or a string starting with one (``"3600"``, ``"3600s"``)."""
    if isinstance(value, bool):
        return default
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) and value >= 0 else default
    found = re.match(r"\s*(\d{1,9}(?:\.\d+)?)", value) if isinstance(value, str) else None
    if found is None:
        if value is not None:
            log.debug("expires_in %r is not a number; using the default lifetime", type(value).__name__)
        return default
    return float(found.group(1))


def _oauth_error(response: httpx.Response) -> str:
    try:
        body = response.json()
    except (ValueError, RecursionError):
        return response.reason_phrase or "token request refused"
    if isinstance(body, dict):
        parts = [str(body[k]) for k in ("error", "error_description", "errMsg", "message") if body.get(k)]
        if parts:
            return ": ".join(parts)
    return response.text[:300]
