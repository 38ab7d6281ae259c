"""OAuth2 for every vendor that uses it: one token provider, configured per vendor and grant.

:class:`OAuth2Provider` is a :class:`~erp_adapters.auth.TokenProvider`, so
:class:`~erp_adapters.auth.TokenAuth` gives it caching, renewal before expiry, single-flight
renewal across threads and tasks, and one renewal + retry on a 401. What this module adds:

* the grants: ``client_credentials``, ``authorization_code`` (the code is used once, then the
  refresh token takes over), ``refresh_token``, and vendor-specific grants such as eGestor's
  ``personal`` (any ``grant_type`` with extra fields);
* refresh-token **rotation**: each renewal uses the newest refresh token and keeps the one the
  server returns; the superseded one is never sent again;
* a **token store** callback that receives every new token set as a JSON-ready dict, so an app can
  persist it and start again later from :meth:`OAuth2Provider.from_stored`;
* form or JSON token requests (vendors differ), and the authorize URL for the code flow, built
  with Authlib's RFC 6749 helpers.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx
from authlib.common.security import generate_token
from authlib.oauth2.rfc6749.parameters import prepare_grant_uri

from erp_adapters.auth import LoginFlow
from erp_adapters.calls import ErrorKinds
from erp_adapters.secrets import Secret
from erp_adapters.tokens import Clock, Token

OOB_REDIRECT_URI = "urn:ietf:wg:oauth:2.0:oob:auto"
"""Out-of-band redirect: the code is shown to the user instead of being sent to a web app."""

StoredToken = dict[str, Any]
"""A token set as persisted by a token store: ``access_token``, ``refresh_token``, ``expires_at`` (Unix time), ..."""

TokenStore = Callable[[StoredToken], None]


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
        return cls("client_credentials", {"scope": scope} if scope else {})

    @classmethod
    def authorization_code(cls, code: str | Secret, redirect_uri: str, code_verifier: str | None = None) -> Grant:
        fields: dict[str, Secret | str] = {"code": Secret(code), "redirect_uri": redirect_uri}
        if code_verifier:
            fields["code_verifier"] = Secret(code_verifier)
        return cls("authorization_code", fields, single_use=True)

    @classmethod
    def custom(cls, grant_type: str, **fields: Secret | str) -> Grant:
        """A vendor-specific grant, e.g. ``Grant.custom("personal", personal_token=Secret(...))``."""
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

    Check that the ``state`` coming back with the code equals the one returned here.
    """
    state = state or generate_token(30)
    url = prepare_grant_uri(
        authorize_endpoint, client_id, "code", redirect_uri=redirect_uri, scope=scope, state=state, **extra
    )
    return url, state


class OAuth2Provider:
    """Obtains and renews OAuth2 access tokens at ``token_url``.

    Args:
        token_url: the token endpoint (absolute URL).
        client_id, client_secret: the app's credentials, sent in the request body.
        grant: the first grant (see :class:`Grant`); ignored while a refresh token is available.
        errors: the vendor's error classes (a refused grant raises its authentication error).
        encoding: ``"form"`` (RFC 6749) or ``"json"`` for vendors that want a JSON body.
        token_store: called with every new token set (JSON-ready dict), e.g. to persist it.
        default_lifetime: seconds a token lives when the answer has no ``expires_in``.

    """

    def __init__(
        self,
        token_url: str,
        *,
        client_id: str,
        client_secret: str | Secret | None,
        grant: Grant | None,
        errors: ErrorKinds,
        encoding: Literal["form", "json"] = "form",
        token_store: TokenStore | None = None,
        default_lifetime: float | None = None,
        clock: Clock = time.monotonic,
        wall_clock: Clock = time.time,
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
        self._grant_used = False
        self.initial: Token | None = None
        """A token to prime the cache with (set by :meth:`from_stored`)."""

    def __repr__(self) -> str:
        grant = self.grant.grant_type if self.grant else None
        return f"OAuth2Provider(token_url={self.token_url!r}, client_id={self.client_id!r}, grant={grant!r})"

    @classmethod
    def from_stored(cls, stored: StoredToken, token_url: str, **kwargs: Any) -> OAuth2Provider:
        """A provider that resumes from a token set saved by a token store (after a restart)."""
        provider = cls(token_url, grant=kwargs.pop("grant", None), **kwargs)
        provider.initial = provider.restore(stored)
        return provider

    def restore(self, stored: StoredToken) -> Token:
        """Turn a stored token set back into a :class:`Token` on this provider's clock."""
        expires_at = stored.get("expires_at")
        lifetime = None if expires_at is None else float(expires_at) - self.wall_clock()
        access = str(stored.get("access_token") or "")
        token = Token.issued(access, lifetime, refresh=stored.get("refresh_token"), clock=self.clock)
        return token if access else Token(access=token.access, expires_at=float("-inf"), refresh=token.refresh)

    # -- TokenProvider --------------------------------------------------------------------------

    def obtain(self, previous: Token | None) -> LoginFlow:
        """Refresh with the newest refresh token if there is one, else use the first grant."""
        if previous is not None and previous.refresh is not None:
            fields: dict[str, Secret | str] = {"grant_type": "refresh_token", "refresh_token": previous.refresh}
            grant_name = "refresh_token"
        else:
            if self.grant is None:
                raise self.errors.authentication(
                    "oauth2 token", 0, b"", "no grant and no refresh token: the user has to authorize the app again"
                )
            if self.grant.single_use and self._grant_used:
                raise self.errors.authentication(
                    "oauth2 token",
                    0,
                    b"",
                    f"the {self.grant.grant_type} grant was already used and no refresh token is left",
                )
            fields = {"grant_type": self.grant.grant_type, **self.grant.fields}
            grant_name = self.grant.grant_type
            self._grant_used = True
        fields["client_id"] = self.client_id
        if self.client_secret is not None:
            fields["client_secret"] = self.client_secret
        response = yield self._request(fields)
        operation = f"oauth2 token ({grant_name} grant, POST {httpx.URL(self.token_url).path})"
        if response.status_code != 200:
            raise self.errors.authentication(operation, response.status_code, response.content, _oauth_error(response))
        try:
            body = response.json()
            access = body["access_token"]
            if not isinstance(access, str) or not access:
                raise ValueError("empty access_token")
        except (ValueError, KeyError, TypeError) as exc:
            raise self.errors.parse(operation, response.status_code, response.content, repr(exc)) from exc
        lifetime = float(body["expires_in"]) if body.get("expires_in") is not None else self.default_lifetime
        # Keep the old refresh token only if the server did not issue (rotate to) a new one.
        refresh = body.get("refresh_token") or (previous.refresh.reveal() if previous and previous.refresh else None)
        extra = {k: v for k, v in body.items() if k not in ("access_token", "refresh_token", "expires_in")}
        token = Token.issued(access, lifetime, refresh=refresh, clock=self.clock, extra=extra)
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
            **token.extra,
            "access_token": token.access.reveal(),
            "refresh_token": token.refresh.reveal() if token.refresh else None,
            "expires_at": expires_at,
        }

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
        return httpx.Request("POST", self.token_url, data=plain, headers=headers)


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
