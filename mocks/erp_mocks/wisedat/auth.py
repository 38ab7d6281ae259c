"""The server side of Wisedat's login: a real RSA key pair, real decryption, real JWTs.

* ``GET /status`` publishes the public key as base64 big-endian ``Modulus`` / ``Exponent``.
* ``POST /authentication/login`` decrypts ``base64(RSA(ApiKey;User;Password))`` with the private
  key (PKCS#1 v1.5, or OAEP with SHA-1/SHA-256) and checks the three values.
* Tokens are HS256 JWTs signed with a secret that belongs to the current key pair: rotating the
  key (as the real server does daily) invalidates every token issued before.
* The clock can be moved forward, so token expiry is tested without waiting 30 minutes.
"""

from __future__ import annotations

import base64
import binascii
import secrets
import threading
import time
import uuid
from dataclasses import dataclass

import jwt
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

# OAEP first: a wrong OAEP guess fails loudly, while PKCS#1 v1.5 decryption of a foreign ciphertext
# may "succeed" with random bytes (OpenSSL's implicit rejection), so it must be the last resort.
_PADDINGS: tuple[padding.AsymmetricPadding, ...] = (
    padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None),
    padding.OAEP(mgf=padding.MGF1(hashes.SHA1()), algorithm=hashes.SHA1(), label=None),  # noqa: S303 - a padding, not a signature
    padding.PKCS1v15(),
)


def _b64_int(value: int) -> str:
    return base64.b64encode(value.to_bytes((value.bit_length() + 7) // 8, "big")).decode("ascii")


@dataclass(frozen=True)
class Credentials:
    """The company's API key and one user's login."""

    api_key: str
    user: str
    password: str


class WisedatAuthority:
    """Issues and checks Wisedat tokens for one company."""

    def __init__(self, credentials: Credentials, *, token_lifetime: float = 1800.0, key_bits: int = 2048) -> None:
        self.credentials = credentials
        self.token_lifetime = token_lifetime
        self.key_bits = key_bits
        self.state = 1
        self.clock_offset = 0.0
        self._lock = threading.Lock()
        self.rotate_key()

    def now(self) -> float:
        return time.time() + self.clock_offset

    def rotate_key(self) -> None:
        """New RSA key pair and signing secret: every token issued so far stops working."""
        with self._lock:
            self._private = rsa.generate_private_key(public_exponent=65537, key_size=self.key_bits)
            self._signing_secret = secrets.token_bytes(32)

    def public_key(self) -> dict[str, str]:
        numbers = self._private.public_key().public_numbers()
        return {"Modulus": _b64_int(numbers.n), "Exponent": _b64_int(numbers.e)}

    def api_key_from_header(self, header: str | None) -> str | None:
        """The API key of a ``WDAPI <key>`` header (None if the header is absent or malformed)."""
        if not header or not header.startswith("WDAPI "):
            return None
        return header[len("WDAPI ") :].strip() or None

    def login(self, header: str | None) -> str | None:
        """Decrypt a login header; return a new JWT, or None when the credentials are wrong."""
        encrypted = self.api_key_from_header(header)
        if encrypted is None:
            return None
        try:
            cipher = base64.b64decode(encrypted, validate=True)
        except (binascii.Error, ValueError):
            return None
        plain = None
        for pad in _PADDINGS:
            try:
                plain = self._private.decrypt(cipher, pad)
                break
            except ValueError:
                continue
        if plain is None:
            return None
        parts = plain.decode("utf-8", errors="replace").split(";", 2)
        expected = self.credentials
        if parts != [expected.api_key, expected.user, expected.password]:
            return None
        now = self.now()
        claims = {"sub": expected.user, "iat": int(now), "exp": int(now + self.token_lifetime), "jti": uuid.uuid4().hex}
        return jwt.encode(claims, self._signing_secret, algorithm="HS256")

    def check_bearer(self, header: str | None) -> bool:
        """Whether ``Authorization: Bearer <jwt>`` carries a token that is valid right now."""
        if not header or not header.startswith("Bearer "):
            return False
        try:
            # Time claims are checked against the mock's own (movable) clock, not pyjwt's.
            claims = jwt.decode(
                header[len("Bearer ") :],
                self._signing_secret,
                algorithms=["HS256"],
                options={"verify_exp": False, "verify_iat": False, "verify_nbf": False, "require": ["exp"]},
            )
        except jwt.PyJWTError:
            return False
        return bool(self.now() < float(claims["exp"]))
