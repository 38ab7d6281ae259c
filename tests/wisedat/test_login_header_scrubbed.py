"""The encrypted login header stays registered with the scrubber until the login answer is handled."""

from __future__ import annotations

import base64
import gc

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from erp_adapters import errors
from erp_adapters.wisedat.auth import WisedatLogin


def _b64(number: int) -> str:
    return base64.b64encode(number.to_bytes((number.bit_length() + 7) // 8, "big")).decode()


def _status(key: rsa.RSAPrivateKey) -> httpx.Response:
    numbers = key.public_key().public_numbers()
    body = {"State": 1, "PublicKey": {"Modulus": _b64(numbers.n), "Exponent": _b64(numbers.e)}}
    return httpx.Response(200, json=body, request=httpx.Request("GET", "http://127.0.0.1/api/status"))


@pytest.mark.parametrize("status", [500, 401])
def test_an_answer_echoing_the_login_header_is_scrubbed(status: int) -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    login = WisedatLogin("http://127.0.0.1/api", api_key="k" * 16, user="integration", password="p" * 12)
    flow = login.obtain(None)
    next(flow)
    request = flow.send(_status(key))
    header = request.headers["Authorization"].removeprefix("WDAPI ")
    gc.collect()  # a header value nobody holds any more would be forgotten here
    echo = httpx.Response(status, json={"errors": [f"bad header {header}"]}, request=request)
    if status == 401:  # a refusal re-checks the key before giving up
        assert flow.send(echo).url.path.endswith("/status")
        echo = _status(key)
    with pytest.raises(errors.ERPError) as err:
        flow.send(echo)
    assert header not in str(err.value)
    assert header not in repr(err.value.args)
