"""The server side of eGestor's OAuth2: authorization codes, rotating refresh tokens, personal tokens.

* ``GET /oauth/authorize`` issues a single-use authorization code (valid 10 minutes) for a registered
  application; with the out-of-band redirect the code is shown in the page instead of redirected.
* ``POST /oauth/access_token`` exchanges a code, a refresh token or a personal token (an HS256 JWT
  naming the application and the account) for an opaque access token (900 s by default) and a
  refresh token. Refresh tokens rotate: each works exactly once; presenting a used one fails.
* The authority's clock can be moved forward (token and code expiry without waiting).

Counters (``GET /_mock/counters``) record every grant, every refused refresh-token reuse and every
other refused grant, so tests can assert "exactly one refresh" and "no invalidated token was sent".
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import Counter
from dataclasses import dataclass

import jwt

OOB_REDIRECTS = frozenset({"urn:ietf:wg:oauth:2.0:oob:auto", "urn:ietf:wg:oauth:2.0:oob"})
"""Redirect URIs that mean "show the code to the user" (accepted for every application)."""

CODE_LIFETIME = 600.0


@dataclass(frozen=True)
class App:
    """A registered application (client) and the redirect URI it registered."""

    client_id: str
    client_secret: str
    redirect_uri: str


@dataclass(frozen=True)
class Grantee:
    """Who a token acts for: the application and the eGestor account (``subdominio``) of the user."""

    client_id: str
    account: str


@dataclass
class _Issued:
    grantee: Grantee
    expires_at: float


class GrantRefused(Exception):  # noqa: N818 - control flow between authority and handler
    """A token request the authority refuses; ``status`` and ``obs`` go into the error envelope."""

    def __init__(self, status: int, message: str, obs: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.obs = obs


class EgestorAuthority:
    """Issues and checks eGestor tokens for the registered applications of one account."""

    def __init__(
        self,
        apps: list[App],
        *,
        account: str,
        personal_secret: str,
        token_lifetime: float = 900.0,
        auto_approve: bool = True,
    ) -> None:
        self.apps = {app.client_id: app for app in apps}
        self.account = account
        self.token_lifetime = token_lifetime
        self.auto_approve = auto_approve
        self.clock_offset = 0.0
        self.counters: Counter[str] = Counter()
        self._personal_secret = personal_secret
        self._codes: dict[str, _Issued] = {}
        self._access: dict[str, _Issued] = {}
        self._refresh: dict[str, Grantee] = {}
        self._spent_refresh: set[str] = set()
        self._lock = threading.Lock()

    def now(self) -> float:
        return time.time() + self.clock_offset

    # -- authorization ---------------------------------------------------------------------------

    def check_authorize(self, client_id: str, redirect_uri: str) -> str | None:
        """Why an authorization request is invalid, or None if it is acceptable."""
        app = self.apps.get(client_id)
        if app is None:
            return f"client_id {client_id!r} is not a registered application"
        if redirect_uri != app.redirect_uri and redirect_uri not in OOB_REDIRECTS:
            return "redirect_uri does not match the one registered for the application"
        return None

    def issue_code(self, client_id: str) -> str:
        """A fresh single-use authorization code (the user approved the application)."""
        code = secrets.token_urlsafe(15)
        with self._lock:
            self._codes[code] = _Issued(Grantee(client_id, self.account), self.now() + CODE_LIFETIME)
            self.counters["codes_issued"] += 1
        return code

    def personal_token(self, client_id: str) -> str:
        """The personal token (JWT) the account owner would copy from the eGestor settings."""
        claims = {"app": client_id, "subdominio": self.account, "client": secrets.token_hex(8)}
        return jwt.encode(claims, self._personal_secret, algorithm="HS256")

    # -- token endpoint --------------------------------------------------------------------------

    def _app(self, client_id: str, client_secret: str) -> App:
        app = self.apps.get(client_id)
        if app is None or not secrets.compare_digest(app.client_secret, client_secret):
            raise GrantRefused(401, "client_id ou client_secret inválido.", "invalid_client")
        return app

    def _issue(self, grantee: Grantee) -> dict[str, object]:
        access, refresh = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
        self._access[access] = _Issued(grantee, self.now() + self.token_lifetime)
        self._refresh[refresh] = grantee
        return {
            "access_token": access,
            "token_type": "Bearer",
            "expires_in": round(self.token_lifetime),
            "refresh_token": refresh,
        }

    def exchange_code(self, client_id: str, client_secret: str, redirect_uri: str, code: str) -> dict[str, object]:
        """Tokens for an authorization code; the code works once."""
        with self._lock:
            app = self._app(client_id, client_secret)
            issued = self._codes.pop(code, None)
            if issued is None or issued.expires_at <= self.now() or issued.grantee.client_id != app.client_id:
                self.counters["refused_code"] += 1
                raise GrantRefused(401, "Código de autorização inválido, expirado ou já utilizado.", "invalid_grant")
            if redirect_uri != app.redirect_uri and redirect_uri not in OOB_REDIRECTS:
                self.counters["refused_code"] += 1
                raise GrantRefused(400, "redirect_uri diferente do cadastrado.", "invalid_request")
            self.counters["grant_authorization_code"] += 1
            tokens = self._issue(issued.grantee)
            tokens["personal_token"] = self.personal_token(client_id)
            return tokens

    def refresh(self, client_id: str, client_secret: str, redirect_uri: str, refresh_token: str) -> dict[str, object]:
        """New tokens for a refresh token, which stops working (rotation)."""
        with self._lock:
            app = self._app(client_id, client_secret)
            if redirect_uri != app.redirect_uri and redirect_uri not in OOB_REDIRECTS:
                raise GrantRefused(400, "redirect_uri diferente do cadastrado.", "invalid_request")
            if refresh_token in self._spent_refresh:
                self.counters["refused_refresh_reuse"] += 1
                raise GrantRefused(401, "refresh_token já utilizado.", "invalid_grant")
            grantee = self._refresh.get(refresh_token)
            if grantee is None or grantee.client_id != app.client_id:
                self.counters["refused_refresh_unknown"] += 1
                raise GrantRefused(401, "refresh_token inválido.", "invalid_grant")
            del self._refresh[refresh_token]
            self._spent_refresh.add(refresh_token)
            self.counters["grant_refresh_token"] += 1
            return self._issue(grantee)

    def personal(self, personal_token: str) -> dict[str, object]:
        """Tokens for a personal token signed by this server for a registered application."""
        try:
            claims = jwt.decode(personal_token, self._personal_secret, algorithms=["HS256"])
        except jwt.PyJWTError:
            claims = None
        with self._lock:
            if (
                not isinstance(claims, dict)
                or claims.get("app") not in self.apps
                or claims.get("subdominio") != self.account
            ):
                self.counters["refused_personal"] += 1
                raise GrantRefused(401, "personal_token inválido.", "invalid_grant")
            self.counters["grant_personal"] += 1
            return self._issue(Grantee(str(claims["app"]), self.account))

    # -- resource requests -----------------------------------------------------------------------

    def grantee(self, authorization: str | None) -> tuple[Grantee | None, bool]:
        """Who ``Authorization: Bearer <token>`` acts for, and whether the token is still valid.

        An expired token still identifies its grantee (for rate-limit accounting).
        """
        if not authorization or not authorization.startswith("Bearer "):
            return None, False
        issued = self._access.get(authorization[len("Bearer ") :].strip())
        if issued is None:
            return None, False
        return issued.grantee, self.now() < issued.expires_at
