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
import logging
import time
from typing import Any, Literal

import httpx
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from erp_adapters.auth import LoginFlow, bearer, header_safe
from erp_adapters.errors import LOGIN_BODY_WITHHELD
from erp_adapters.secrets import Secret
from erp_adapters.tokens import Clock, Token
from erp_adapters.wisedat.errors import (
    KINDS,
    WisedatAuthenticationError,
    WisedatParseError,
    WisedatStateError,
    vendor_message,
)

Padding = Literal["pkcs1v15", "oaep-sha1", "oaep-sha256"]

log = logging.getLogger("erp_adapters.wisedat")

TOKEN_LIFETIME = 30 * 60.0
"""Documented JWT lifetime, used when the token carries no ``exp`` claim."""


def key_parts(value: Any) -> tuple[str, str]:
    """``(Modulus, Exponent)`` of a ``PublicKey`` sent as an object or as a two-element array.

    The doc prints ``PublicKey:[ Modulus, Exponent ]``, which reads as either; both are accepted.
    """
    if isinstance(value, dict):
        found = {str(k).lower(): v for k, v in value.items()}
        pair = (found["modulus"], found["exponent"])
    elif isinstance(value, list) and len(value) == 2:
        pair = (value[0], value[1])
    else:
        raise TypeError(f"PublicKey is {type(value).__name__}, not an object or a [modulus, exponent] array")
    if not all(isinstance(part, str) for part in pair):
        raise TypeError("PublicKey modulus and exponent must be base64 strings")
    return str(pair[0]), str(pair[1])


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


_STATUS = "get_status (GET /status)"
_LOGIN = "login (POST /authentication/login)"
_REFUSED = frozenset({401, 403})


def _json(operation: str, response: httpx.Response, *, keep_body: bool) -> Any:
    try:
        return response.json()
    except (ValueError, RecursionError):
        body = response.content if keep_body else b""
        error = WisedatParseError(
            operation,
            response.status_code,
            body,
            "body is not JSON" + ("" if keep_body else f"; {LOGIN_BODY_WITHHELD}"),
        )
    raise error


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

    def _status(self) -> httpx.Request:
        header = header_safe(self.api_key, "API key")
        return httpx.Request("GET", self._url("status"), headers={"Authorization": f"WDAPI {header}"})

    def _key(self, status: httpx.Response) -> tuple[rsa.RSAPublicKey, tuple[str, str]]:
        """The server's public key from a ``GET /status`` answer, after checking its State."""
        if status.status_code != 200:
            kind = KINDS.for_login_status(status.status_code)
            raise kind(_STATUS, status.status_code, status.content, _message(status))
        body = _json(_STATUS, status, keep_body=True)
        state = body.get("State") if isinstance(body, dict) else None
        if state != 1:
            raise WisedatStateError(state if isinstance(state, int) and not isinstance(state, bool) else -1)
        try:
            parts = key_parts(body["PublicKey"])
            return public_key(*parts), parts
        except (KeyError, TypeError, ValueError, binascii.Error) as exc:
            error = WisedatParseError(_STATUS, status.status_code, status.content, f"unusable PublicKey: {exc!r}")
        raise error

    def _login(self, key: rsa.RSAPublicKey) -> tuple[httpx.Request, Secret]:
        """The login request, and its encrypted header as a Secret.

        The caller keeps the Secret until the answer is handled: while it lives the scrubber masks
        the header wherever it shows up (an error answer that echoes it, a log line).
        """
        header = Secret(encrypt_credentials(key, self.api_key, self.user, self.password, self.padding))
        request = httpx.Request(
            "POST", self._url("authentication/login"), headers={"Authorization": f"WDAPI {header.reveal()}"}
        )
        return request, header

    def obtain(self, previous: Token | None) -> LoginFlow:
        """Check the status, encrypt the credentials with the server's key and log in.

        A login refused right after a fresh ``/status`` may mean the key rotated in between: the
        status is fetched once more and, if the key changed, the login is tried once more with it
        (at most two logins). A refusal with an unchanged key means the credentials are wrong.
        """
        key, parts = self._key((yield self._status()))
        request, header = self._login(key)
        held = [header]  # every login header stays registered with the scrubber until the answer is handled
        login = yield request
        if login.status_code in _REFUSED:
            key_now, parts_now = self._key((yield self._status()))
            if parts_now == parts:
                raise WisedatAuthenticationError(
                    _LOGIN,
                    login.status_code,
                    login.content,
                    f"{_message(login)} (the server's key did not change: check api_key, user and password)",
                )
            log.info("Wisedat rotated its key during login; logging in again with the new key")
            request, header = self._login(key_now)
            held.append(header)
            login = yield request
            if login.status_code in _REFUSED:
                raise WisedatAuthenticationError(
                    _LOGIN,
                    login.status_code,
                    login.content,
                    f"{_message(login)} (refused again with the server's new key: check api_key, user and password)",
                )
        if login.status_code != 200:
            kind = KINDS.for_login_status(login.status_code)
            raise kind(_LOGIN, login.status_code, login.content, _message(login))
        body = _json(_LOGIN, login, keep_body=False)
        token = body.get("auth_token") if isinstance(body, dict) else None
        if not isinstance(token, str) or not token:
            raise WisedatParseError(
                _LOGIN, login.status_code, b"", f"no auth_token in the answer; {LOGIN_BODY_WITHHELD}"
            )
        issued = Token.issued(token, jwt_lifetime(token), clock=self.clock)
        del held  # up to here
        return issued

    def apply(self, request: httpx.Request, token: Token) -> None:
        """Send the JWT as a bearer token."""
        bearer(request, token)


def _message(response: httpx.Response) -> str:
    try:
        return vendor_message(response.json())
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return response.reason_phrase or "login refused"
