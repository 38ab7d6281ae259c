"""Issue 8: a Wisedat key rotation between ``GET /status`` and the login is survived; PublicKey as object or array.

The server here is an ``httpx.MockTransport`` that really decrypts the login header with its
current private key, so a login encrypted with a superseded key is refused as the real server would.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from wisedat_client.api.company import get_company

from erp_adapters import wisedat
from tests.adapters.vendors import wisedat_status

API_KEY, USER, PASSWORD = "rotation-api-key", "api", "rotation-password"


@dataclass
class RotatingServer:
    """Serves /status, /authentication/login and /company; rotates its key when told to."""

    keys: Iterator[rsa.RSAPrivateKey]
    as_array: bool = False
    rotate_after_status: set[int] = field(default_factory=set)
    statuses: int = 0
    logins: int = 0
    key: rsa.RSAPrivateKey | None = None

    def __post_init__(self) -> None:
        self.key = next(self.keys)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        assert self.key is not None
        if request.url.path.endswith("/status"):
            self.statuses += 1
            answer = wisedat_status(self.key, as_array=self.as_array)
            if self.statuses in self.rotate_after_status:
                self.key = next(self.keys)  # the rotation lands right after this /status
            return httpx.Response(200, json=answer)
        if request.url.path.endswith("/authentication/login"):
            self.logins += 1
            sealed = base64.b64decode(request.headers["Authorization"].removeprefix("WDAPI "))
            try:
                plain = self.key.decrypt(sealed, padding.PKCS1v15()).decode()
            except ValueError:
                return httpx.Response(401, json={"errors": ["Login failed"]})
            if plain != f"{API_KEY};{USER};{PASSWORD}":
                return httpx.Response(401, json={"errors": ["Login failed"]})
            return httpx.Response(200, json={"auth_token": "jwt-after-login"})
        return httpx.Response(200, json={"id": "1", "name": "ACME"})


def _keys() -> Iterator[rsa.RSAPrivateKey]:
    while True:
        yield rsa.generate_private_key(public_exponent=65537, key_size=1024)  # noqa: S505 - a throwaway test key, small for speed


def _client(server: RotatingServer, password: str = PASSWORD) -> Any:
    return wisedat.connect(
        "https://wisedat.test/api",
        api_key=API_KEY,
        user=USER,
        password=password,
        httpx_args={"transport": httpx.MockTransport(server)},
    )


def test_rotation_between_status_and_login_is_retried_once_with_the_new_key() -> None:
    server = RotatingServer(_keys(), rotate_after_status={1})
    company = wisedat.call(get_company.sync_detailed, client=_client(server))
    assert company is not None and getattr(company, "id", None) == "1"
    assert (server.statuses, server.logins) == (2, 2)


def test_wrong_password_is_told_apart_from_a_rotated_key() -> None:
    server = RotatingServer(_keys())
    with pytest.raises(wisedat.WisedatAuthenticationError, match="did not change") as err:
        wisedat.call(get_company.sync_detailed, client=_client(server, password="not-the-password"))
    assert server.logins == 1
    assert "not-the-password" not in str(err.value)


def test_at_most_two_logins_for_one_rotation() -> None:
    server = RotatingServer(_keys(), rotate_after_status={1, 2})  # rotates again before the second login
    with pytest.raises(wisedat.WisedatAuthenticationError, match="refused again"):
        wisedat.call(get_company.sync_detailed, client=_client(server))
    assert server.logins == 2


def test_public_key_as_a_two_element_array_logs_in() -> None:
    server = RotatingServer(_keys(), as_array=True)
    assert getattr(wisedat.call(get_company.sync_detailed, client=_client(server)), "id", None) == "1"
    assert server.logins == 1


@pytest.mark.parametrize("public_key", [["only-one"], "a string", {"Modulus": 1, "Exponent": 2}, None])
def test_unusable_public_key_is_a_parse_error(public_key: object) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"State": 1, "PublicKey": public_key})

    client = wisedat.connect(
        "https://wisedat.test/api",
        api_key=API_KEY,
        user=USER,
        password=PASSWORD,
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
    with pytest.raises(wisedat.WisedatParseError, match="PublicKey"):
        wisedat.call(get_company.sync_detailed, client=client)
