"""The authorization server of the Quickstart mock (Laravel Passport-like): authorize, token, bearer checks.

* ``GET /oauth/authorize?response_type=code&client_id&redirect_uri&state``: auto-approves (no
  login page) and redirects to the registered redirect URL with a single-use ``code`` (valid
  ``code_lifetime`` s) and the ``state``. A wrong client or redirect URL gets a 400 and no
  redirect, as RFC 6749 §4.1.2.1 requires. The mock-only parameter ``user`` picks which seeded
  user approves (default ``admin``); ``deny=1`` makes the user decline (``error=access_denied``).
* ``POST /oauth/token`` (form): ``authorization_code`` (code + the same redirect_uri) and
  ``refresh_token`` grants, client authenticated by ``client_id``/``client_secret`` in the body or
  HTTP Basic. Refresh tokens rotate: each refresh revokes the old refresh *and* access token. A
  code used twice is refused and every token issued from it is revoked (RFC 6749 §4.1.2).
* Access tokens are opaque random strings living ``token_lifetime`` seconds on the mock's clock.
"""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from erp_mocks.engine.oauth import client_credentials

FORM = "application/x-www-form-urlencoded"


@dataclass
class App:
    """A registered OAuth client: its secret and its one allowed redirect URL."""

    secret: str
    redirect_uri: str


@dataclass
class Grant:
    """An authorization code, access token or refresh token, with its owner and expiry."""

    user: str
    expires_at: float
    origin: str
    """The authorization code this token chain started from (for revocation on code reuse)."""
    revoked: bool = False
    redirect_uri: str = ""
    access_token: str = ""
    """For a refresh token: the access token issued with it (revoked on refresh)."""


@dataclass
class Counters:
    """What the authorization server did (``GET /_mock/auth``)."""

    codes: int = 0
    exchanges: int = 0
    refreshes: int = 0
    refused: int = 0
    rejected_bearer: int = 0
    grants: list[str] = field(default_factory=list)


class AuthorizationServer:
    """Issues codes and tokens to registered apps for seeded users and checks bearer tokens."""

    def __init__(
        self,
        apps: dict[str, App],
        users: dict[str, str],
        *,
        token_lifetime: float = 3600.0,
        refresh_lifetime: float = 30 * 86400.0,
        code_lifetime: float = 600.0,
    ) -> None:
        self.apps = apps
        self.users = users
        """User name -> role (``admin``, ``collaborator`` or ``agent``)."""
        self.token_lifetime = token_lifetime
        self.refresh_lifetime = refresh_lifetime
        self.code_lifetime = code_lifetime
        self.clock_offset = 0.0
        self.counters = Counters()
        self._codes: dict[str, Grant] = {}
        self._access: dict[str, Grant] = {}
        self._refresh: dict[str, Grant] = {}
        self._lock = threading.Lock()

    def now(self) -> float:
        return time.time() + self.clock_offset

    def expire_access_tokens(self) -> None:
        """Revoke every access token (refresh tokens stay valid)."""
        with self._lock:
            for grant in self._access.values():
                grant.revoked = True

    # -- authorize ------------------------------------------------------------------------------

    async def authorize(self, request: Request) -> Response:
        """``GET /oauth/authorize``: auto-approve and redirect with a code."""
        query = request.query_params
        app = self.apps.get(query.get("client_id", ""))
        if app is None:
            return _oauth_error("invalid_client", "unknown client_id", status=400)
        if query.get("redirect_uri") != app.redirect_uri:
            return _oauth_error("invalid_request", "redirect_uri is not the registered one", status=400)
        back: dict[str, str] = {}
        if query.get("state") is not None:
            back["state"] = query["state"]
        user = query.get("user", "admin")
        if query.get("response_type") != "code":
            back["error"] = "unsupported_response_type"
        elif query.get("deny") == "1":
            back["error"] = "access_denied"
        elif user not in self.users:
            back["error"] = "access_denied"
            back["error_description"] = f"no user {user!r}"
        else:
            code = secrets.token_urlsafe(24)
            with self._lock:
                self._codes[code] = Grant(
                    user, self.now() + self.code_lifetime, origin=code, redirect_uri=app.redirect_uri
                )
                self.counters.codes += 1
            back["code"] = code
        separator = "&" if "?" in app.redirect_uri else "?"
        return RedirectResponse(f"{app.redirect_uri}{separator}{urlencode(back)}", status_code=302)

    # -- token ----------------------------------------------------------------------------------

    async def token(self, request: Request) -> Response:
        """``POST /oauth/token``: the authorization_code and refresh_token grants."""
        if request.headers.get("content-type", "").split(";")[0].strip().lower() != FORM:
            return self._refuse("invalid_request", "send the parameters as application/x-www-form-urlencoded")
        form = dict(parse_qsl((await request.body()).decode("utf-8", errors="replace"), keep_blank_values=True))
        client_id, client_secret = client_credentials(request.headers.get("authorization"), form)
        app = self.apps.get(client_id or "")
        if app is None or not secrets.compare_digest(app.secret.encode(), (client_secret or "").encode()):
            return self._refuse("invalid_client", "Client authentication failed", status=401)
        grant_type = form.get("grant_type", "")
        if grant_type == "authorization_code":
            return self._exchange(app, form)
        if grant_type == "refresh_token":
            return self._refresh_grant(form)
        return self._refuse("unsupported_grant_type", f"grant_type {grant_type!r} is not supported")

    def _exchange(self, app: App, form: dict[str, str]) -> Response:
        with self._lock:
            code = self._codes.get(form.get("code", ""))
            if code is None:
                return self._refuse("invalid_grant", "the authorization code is invalid")
            if code.revoked:
                self._revoke_chain(code.origin)
                return self._refuse("invalid_grant", "the authorization code was already used")
            code.revoked = True  # single use
            if self.now() >= code.expires_at:
                return self._refuse("invalid_grant", "the authorization code expired")
            if form.get("redirect_uri") != code.redirect_uri:
                return self._refuse("invalid_grant", "redirect_uri differs from the one used to authorize")
            self.counters.exchanges += 1
            self.counters.grants.append("authorization_code")
            return self._issue(code.user, code.origin)

    def _refresh_grant(self, form: dict[str, str]) -> Response:
        with self._lock:
            old = self._refresh.get(form.get("refresh_token", ""))
            if old is None or old.revoked or self.now() >= old.expires_at:
                return self._refuse("invalid_grant", "the refresh token is invalid, revoked or expired")
            old.revoked = True  # rotation: the old pair stops working
            if old.access_token in self._access:
                self._access[old.access_token].revoked = True
            self.counters.refreshes += 1
            self.counters.grants.append("refresh_token")
            return self._issue(old.user, old.origin)

    def _issue(self, user: str, origin: str) -> Response:
        access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        now = self.now()
        self._access[access] = Grant(user, now + self.token_lifetime, origin)
        self._refresh[refresh] = Grant(user, now + self.refresh_lifetime, origin, access_token=access)
        body = {
            "token_type": "Bearer",
            "expires_in": int(self.token_lifetime),
            "access_token": access,
            "refresh_token": refresh,
        }
        return JSONResponse(body, headers={"Cache-Control": "no-store", "Pragma": "no-cache"})

    def _revoke_chain(self, origin: str) -> None:
        for store in (self._access, self._refresh):
            for grant in store.values():
                if grant.origin == origin:
                    grant.revoked = True

    def _refuse(self, error: str, description: str, status: int = 400) -> Response:
        self.counters.refused += 1
        return _oauth_error(error, description, status=status)

    # -- resource server ------------------------------------------------------------------------

    def user_for(self, header: str | None) -> str | None:
        """The user a valid ``Authorization: Bearer <token>`` belongs to, else ``None``."""
        if not header or not header.startswith("Bearer "):
            return None
        grant = self._access.get(header[len("Bearer ") :])
        if grant is None or grant.revoked or self.now() >= grant.expires_at:
            return None
        return grant.user


def _oauth_error(error: str, description: str, *, status: int) -> Response:
    body = {"error": error, "error_description": description, "message": description}
    return JSONResponse(body, status_code=status, headers={"Cache-Control": "no-store"})
