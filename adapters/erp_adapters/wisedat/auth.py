"""Wisedat's login: RSA-encrypted credentials in a ``WDAPI`` header, answered with a 30-minute JWT.

The flow, as :class:`WisedatLogin` performs it:

1. ``GET /status`` with ``Authorization: WDAPI <api key>``; the answer carries ``State`` and, when
   the State is 1 (online), the server's RSA public key as base64 ``Modulus`` and ``Exponent``.
2. ``ApiKey;User;Password`` is encrypted with that key (PKCS#1 v1.5 unless told otherwise) and
   base64-encoded.
3. ``POST /authentication/login`` with ``Authorization: WDAPI <that>`` returns ``auth_token``.
4. Every other request carries ``Authorization: Bearer <auth_token>``.

The server makes a new key pair daily (and on restart), which invalidates every token; the
resulting 401 makes :class:`~erp_adapters.auth.TokenAuth` log in again once and retry.
"""

from __future__ import annotations

import base64
import binascii
import json
import time
from typing import Any, Literal

import httpx
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from erp_adapters.auth import LoginFlow
from erp_adapters.secrets import Secret
from erp_adapters.tokens import Clock, Token
from erp_adapters.wisedat.errors import (
    WisedatAuthenticationError,
    WisedatParseError,
    WisedatStateError,
    vendor_message,
)

Padding = Literal["pkcs1v15", "oaep-sha1", "oaep-sha256"]

TOKEN_LIFETIME = 30 * 60.0
"""Documented JWT lifetime, used when the token carries no ``exp`` claim."""


def public_key(modulus_b64: str, exponent_b64: str) -> rsa.RSAPublicKey:
    """Build an RSA public key from base64, big-endian ``Modulus`` and ``Exponent`` values."""
    n = int.from_bytes(base64.b64decode(modulus_b64, validate=True), "big")
    e = int.from_bytes(base64.b64decode(exponent_b64, validate=True), "big")
    return rsa.RSAPublicNumbers(e, n).public_key()


def _padding(kind: Padding) -> padding.AsymmetricPadding:
    if kind == "pkcs1v15":
        return padding.PKCS1v15()
    algorithm: hashes.HashAlgorithm = hashes.SHA1() if kind == "oaep-sha1" else hashes.SHA256()  # noqa: S303 - OAEP-SHA1 is a padding some servers require, not a signature
    return padding.OAEP(mgf=padding.MGF1(algorithm), algorithm=algorithm, label=None)


def encrypt_credentials(key: rsa.RSAPublicKey, api_key: Secret, user: str, password: Secret, pad: Padding) -> str:
    """``base64(RSA(ApiKey;User;Password))``, the value of the login ``WDAPI`` header."""
    plain = f"{api_key.reveal()};{user};{password.reveal()}".encode()
    return base64.b64encode(key.encrypt(plain, _padding(pad))).decode("ascii")


def jwt_lifetime(token: str, *, now: float | None = None) -> float:
    """Seconds until the JWT's ``exp`` claim (not verified: only the server can), else 30 minutes."""
    try:
        payload = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        exp = float(claims["exp"])
    except (IndexError, ValueError, KeyError, TypeError, binascii.Error):
        return TOKEN_LIFETIME
    return exp - (time.time() if now is None else now)


def _json(operation: str, response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError as exc:
        raise WisedatParseError(operation, response.status_code, response.content, "body is not JSON") from exc


class WisedatLogin:
    """The :class:`~erp_adapters.auth.TokenProvider` for Wisedat.

    Args:
        base_url: the API root, e.g. ``https://host:port/api``.
        api_key: the company's API key.
        user, password: the Wisedat user the integration logs in as.
        padding: RSA padding for the login header; the documented default is PKCS#1 v1.5.
        clock: monotonic clock used for token expiry (tests inject a fake one).

    """

    def __init__(
        self,
        base_url: str,
        api_key: str | Secret,
        user: str,
        password: str | Secret,
        *,
        padding: Padding = "pkcs1v15",
        clock: Clock = time.monotonic,
    ) -> None:
        self.base_url = httpx.URL(base_url.rstrip("/") + "/")
        self.api_key = Secret(api_key)
        self.user = user
        self.password = Secret(password)
        self.padding = padding
        self.clock = clock

    def __repr__(self) -> str:
        return f"WisedatLogin(base_url={str(self.base_url)!r}, user={self.user!r}, api_key=***, password=***)"

    def _url(self, path: str) -> httpx.URL:
        return self.base_url.join(path)

    def obtain(self, previous: Token | None) -> LoginFlow:
        """Check the status, encrypt the credentials with the server's key and log in."""
        status = yield httpx.Request(
            "GET", self._url("status"), headers={"Authorization": f"WDAPI {self.api_key.reveal()}"}
        )
        if status.status_code != 200:
            raise WisedatAuthenticationError(
                "get_status (GET /status)", status.status_code, status.content, _message(status)
            )
        body = _json("get_status (GET /status)", status)
        state = body.get("State") if isinstance(body, dict) else None
        if state != 1:
            raise WisedatStateError(state if isinstance(state, int) else -1)
        try:
            key = public_key(body["PublicKey"]["Modulus"], body["PublicKey"]["Exponent"])
        except (KeyError, TypeError, ValueError, binascii.Error) as exc:
            raise WisedatParseError(
                "get_status (GET /status)", status.status_code, status.content, f"unusable PublicKey: {exc!r}"
            ) from exc
        header = encrypt_credentials(key, self.api_key, self.user, self.password, self.padding)
        login = yield httpx.Request(
            "POST", self._url("authentication/login"), headers={"Authorization": f"WDAPI {header}"}
        )
        operation = "login (POST /authentication/login)"
        if login.status_code != 200:
            raise WisedatAuthenticationError(operation, login.status_code, login.content, _message(login))
        token = _json(operation, login).get("auth_token")
        if not isinstance(token, str) or not token:
            raise WisedatParseError(operation, login.status_code, login.content, "no auth_token in the answer")
        return Token.issued(token, jwt_lifetime(token), clock=self.clock)

    def apply(self, request: httpx.Request, token: Token) -> None:
        """Send the JWT as a bearer token."""
        request.headers["Authorization"] = f"Bearer {token.access.reveal()}"


def _message(response: httpx.Response) -> str:
    try:
        return vendor_message(response.json())
    except (ValueError, KeyError, TypeError):
        return response.reason_phrase or "login refused"
