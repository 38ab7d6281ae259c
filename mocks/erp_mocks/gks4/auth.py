"""The identity-server side of GKS4: an OAuth2 token endpoint (client-credentials) and bearer checks.

* ``POST /connect/token`` takes ``application/x-www-form-urlencoded`` ``grant_type``,
  ``client_id`` and ``client_secret`` (HTTP Basic client authentication is accepted too) and
  answers ``{"access_token", "expires_in", "token_type": "Bearer"}``, or an RFC 6749 error
  (``invalid_request``, ``invalid_client``, ``unsupported_grant_type``) with status 400.
* Access tokens are HS256 JWTs (they start with ``eyJ`` like the vendor's examples) that carry
  their expiry and the authority's *generation*; :meth:`TokenAuthority.expire_all` bumps the
  generation, so every token issued before stops working at once.
* The authority's clock can be moved forward, so expiry is tested without waiting an hour.
"""

from __future__ import annotations

import secrets
import threading
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

import jwt
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from erp_mocks.engine.oauth import client_credentials

FORM = "application/x-www-form-urlencoded"


@dataclass
class AuthCounters:
    """What the token endpoint did (``GET /_mock/auth``)."""

    issued: int = 0
    refused: int = 0
    rejected_bearer: int = 0


class TokenAuthority:
    """Issues client-credentials tokens for registered clients and checks bearer tokens."""

    def __init__(self, clients: Mapping[str, str], *, token_lifetime: float = 3600.0) -> None:
        self.clients = dict(clients)
        self.token_lifetime = token_lifetime
        self.clock_offset = 0.0
        self.generation = 0
        self.counters = AuthCounters()
        self._signing_secret = secrets.token_bytes(32)
        self._lock = threading.Lock()

    def now(self) -> float:
        return time.time() + self.clock_offset

    def expire_all(self) -> None:
        """Invalidate every token issued so far (as a key rollover or revocation would)."""
        with self._lock:
            self.generation += 1

    # -- token endpoint ---------------------------------------------------------------------------

    async def token_endpoint(self, request: Request) -> Response:
        """``POST /connect/token``."""
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type != FORM:
            return self._refuse("invalid_request", "the body must be application/x-www-form-urlencoded")
        form = dict(parse_qsl((await request.body()).decode("utf-8", errors="replace"), keep_blank_values=True))
        client_id, client_secret = client_credentials(request.headers.get("authorization"), form)
        if not form.get("grant_type"):
            return self._refuse("invalid_request", "grant_type is missing")
        if client_id is None or self.clients.get(client_id) is None:
            return self._refuse("invalid_client")
        if not secrets.compare_digest(self.clients[client_id].encode(), (client_secret or "").encode()):
            return self._refuse("invalid_client")
        if form["grant_type"] != "client_credentials":
            return self._refuse("unsupported_grant_type")
        with self._lock:
            now = self.now()
            claims: dict[str, Any] = {
                "client_id": client_id,
                "iat": int(now),
                "exp": int(now + self.token_lifetime),
                "jti": uuid.uuid4().hex,
                "gen": self.generation,
            }
            self.counters.issued += 1
        token = jwt.encode(claims, self._signing_secret, algorithm="HS256")
        body = {"access_token": token, "expires_in": int(self.token_lifetime), "token_type": "Bearer"}
        return JSONResponse(body, headers={"Cache-Control": "no-store", "Pragma": "no-cache"})

    def _refuse(self, error: str, description: str | None = None) -> Response:
        self.counters.refused += 1
        body = {"error": error} if description is None else {"error": error, "error_description": description}
        return JSONResponse(body, status_code=400, headers={"Cache-Control": "no-store"})

    # -- resource server --------------------------------------------------------------------------

    def check_bearer(self, header: str | None) -> str | None:
        """Why ``Authorization: Bearer <jwt>`` is not acceptable right now, or ``None`` if it is."""
        if not header or not header.startswith("Bearer "):
            return "no bearer token"
        try:
            # Time claims are checked below against the mock's (movable) clock, not the real one.
            claims = jwt.decode(
                header[len("Bearer ") :],
                self._signing_secret,
                algorithms=["HS256"],
                options={"verify_exp": False, "verify_iat": False, "verify_nbf": False},
            )
        except jwt.PyJWTError:
            return "the token is invalid"
        if claims.get("gen") != self.generation:
            return "the token was revoked"
        if self.now() >= float(claims["exp"]):
            return "the token expired"
        return None
