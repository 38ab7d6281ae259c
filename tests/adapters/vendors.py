"""One way to connect each vendor to an ``httpx.MockTransport`` or a loopback server, for runtime tests.

Each :class:`Vendor` knows how to answer its login (Wisedat status + login, Gestix ``/helo``,
the OAuth token endpoints) and which simple operation to call; the test supplies the answer of
that operation. Logins always succeed, so what a test sees is the core's handling of the call.
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric import rsa
from egestor_client.api.contatos import list_contatos
from gestix_client.api.customers import list_customers as gestix_list_customers
from gks4_client.api.customers import get_customer
from quickstart_client.api.orders import list_orders
from wisedat_client.api.company import get_company

from erp_adapters import egestor, errors, gestix, gks4, quickstart, wisedat

Handler = Callable[[httpx.Request], httpx.Response]

SECRET_TOKEN = "tok-0123456789-abcdef-secret"
"""The access/session token every fake login hands out."""

_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _b64(number: int) -> str:
    return base64.b64encode(number.to_bytes((number.bit_length() + 7) // 8, "big")).decode()


def wisedat_status(key: rsa.RSAPrivateKey = _KEY, *, as_array: bool = False) -> dict[str, Any]:
    """A ``GET /status`` answer carrying ``key``'s public half, as an object or a two-element array."""
    numbers = key.public_key().public_numbers()
    pair = [_b64(numbers.n), _b64(numbers.e)]
    return {"State": 1, "PublicKey": pair if as_array else {"Modulus": pair[0], "Exponent": pair[1]}}


def login_answer(request: httpx.Request) -> httpx.Response | None:
    """The answer to a login/token request, or None for an API request."""
    path = request.url.path
    if path.endswith("/status"):
        return httpx.Response(200, json=wisedat_status())
    if path.endswith("/authentication/login"):
        return httpx.Response(200, json={"auth_token": SECRET_TOKEN})
    if path.endswith("/helo"):
        return httpx.Response(200, json={"xa-token": SECRET_TOKEN})
    if path.endswith(("/oauth/access_token", "/connect/token", "/oauth/token")):
        return httpx.Response(200, json={"access_token": SECRET_TOKEN, "expires_in": 900, "token_type": "Bearer"})
    return None


@dataclass(frozen=True)
class Vendor:
    """How to connect one vendor and which operation to call."""

    name: str
    root: type[errors.ERPError]
    module: Any
    connect: Callable[..., Any]
    fn: Callable[..., Any]
    args: tuple[Any, ...] = ()

    def client(self, base: str, handler: Handler | None = None, **options: Any) -> Any:
        """A client of ``base``; with ``handler``, its requests go to an ``httpx.MockTransport`` (logins answered)."""
        if handler is not None:

            def route(request: httpx.Request) -> httpx.Response:
                return login_answer(request) or handler(request)

            options.setdefault("httpx_args", {})["transport"] = httpx.MockTransport(route)
        return self.connect(base, **options)

    def call(self, client: Any) -> Any:
        """Call this vendor's operation through its ``call``."""
        return self.module.call(self.fn, *self.args, client=client)


def _egestor(base: str, **options: Any) -> Any:
    return egestor.connect(base, personal_token="personal-jwt-secret", **options)


def _gestix(base: str, **options: Any) -> Any:
    nonce_dir = options.pop("nonce_dir", None) or Path(f"/tmp/erp-runtime-tests-{time.time_ns()}")  # noqa: S108
    return gestix.connect("03101176", api_token="gestix-api-token-secret", server=base, nonce_dir=nonce_dir, **options)


def _gks4(base: str, **options: Any) -> Any:
    options.setdefault("token_url", base.rstrip("/") + "/connect/token")
    return gks4.connect(base, client_id="app", client_secret="gks4-client-secret", **options)


def _quickstart(base: str, **options: Any) -> Any:
    stored = {"access_token": SECRET_TOKEN, "refresh_token": "refresh-secret-1", "expires_at": time.time() + 3600}
    return quickstart.connect(base, client_id="app", client_secret="qs-client-secret", stored=stored, **options)


def _wisedat(base: str, **options: Any) -> Any:
    return wisedat.connect(base, api_key="wisedat-api-key-secret", user="api", password="wisedat-password", **options)


VENDORS = [
    Vendor("wisedat", wisedat.WisedatError, wisedat, _wisedat, get_company.sync_detailed),
    Vendor("egestor", egestor.EgestorError, egestor, _egestor, list_contatos.sync_detailed),
    Vendor("gestix", gestix.GestixError, gestix, _gestix, gestix_list_customers.sync_detailed),
    Vendor("gks4", gks4.GKS4Error, gks4, _gks4, get_customer.sync_detailed, ("K1",)),
    Vendor("quickstart", quickstart.QuickstartError, quickstart, _quickstart, list_orders.sync_detailed),
]

SECRETS = [
    SECRET_TOKEN,
    "personal-jwt-secret",
    "gestix-api-token-secret",
    "gks4-client-secret",
    "qs-client-secret",
    "refresh-secret-1",
    "wisedat-api-key-secret",
    "wisedat-password",
]


def chain(error: BaseException) -> list[BaseException]:
    """``error`` and every exception reachable through ``__cause__`` / ``__context__``."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [error]
    while todo:
        current = todo.pop()
        if current is None or any(current is s for s in seen):
            continue
        seen.append(current)
        todo.extend([current.__cause__, current.__context__])
    return seen


def assert_no_secret(error: BaseException, *secrets: str) -> None:
    """No secret in the str/repr/args/attributes of ``error`` or anything chained to it."""
    import traceback

    text = "".join(traceback.format_exception(error))
    for exc in chain(error):
        text += str(exc) + repr(exc) + repr(exc.args) + json.dumps({k: repr(v) for k, v in vars(exc).items()})
    for secret in secrets or SECRETS:
        assert secret not in text, f"{secret!r} leaked"
