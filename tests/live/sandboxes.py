"""Where each vendor's sandbox is and how to authenticate against it, from environment variables.

A sandbox entry names the variables it needs and, for every security scheme of the vendor's spec,
how to produce that credential with the vendor's adapter (the same login code the clients use).
Adding a vendor is one entry in :data:`SANDBOXES`. Secrets are only read from the environment and
only ever sent to the configured URL; they are never printed.
"""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx
from schemathesis import Case

from erp_adapters.auth import TokenProvider, fetch_token

Credential = tuple[str, str, str]
"""Where a credential goes and what it is: ``(location, name, value)``, location ``header`` or ``query``."""
Schemes = dict[str, Callable[[], Credential]]
"""Security scheme name (as in the spec) -> a function producing that credential."""

TIMEOUT = 30.0


@dataclass(frozen=True)
class Sandbox:
    """One vendor's live sandbox: the variables it needs, its base URL and its credentials."""

    vendor: str
    variables: tuple[str, ...]
    """Environment variables that must all be set (URL first)."""
    base_url: Callable[[Mapping[str, str]], str]
    schemes: Callable[[Mapping[str, str], str], Schemes]
    """``(environment, base URL) -> credentials per security scheme``."""

    def missing(self, environ: Mapping[str, str]) -> list[str]:
        """The variables not set (empty when the sandbox is configured)."""
        return [name for name in self.variables if not environ.get(name)]


def _bearer(provider: Callable[[], TokenProvider]) -> Callable[[], Credential]:
    """``Authorization: Bearer <token>`` from an adapter's token provider, obtained once and reused."""

    @functools.cache
    def token() -> str:
        with httpx.Client(timeout=TIMEOUT) as client:
            return fetch_token(provider(), client).access.reveal()

    return lambda: ("header", "Authorization", f"Bearer {token()}")


def _static(location: str, name: str, value: str) -> Callable[[], Credential]:
    return lambda: (location, name, value)


# -- Wisedat ------------------------------------------------------------------------------------


def _wisedat_schemes(env: Mapping[str, str], base_url: str) -> Schemes:
    from erp_adapters.wisedat.auth import WisedatLogin, encrypt_credentials, public_key

    api_key, user, password = env["WISEDAT_LIVE_API_KEY"], env["WISEDAT_LIVE_USER"], env["WISEDAT_LIVE_PASSWORD"]
    login = WisedatLogin(base_url, api_key, user, password)

    def login_header() -> Credential:
        with httpx.Client(base_url=base_url, timeout=TIMEOUT) as client:
            status = client.get("/status", headers={"Authorization": f"WDAPI {api_key}"}).json()
        key = public_key(status["PublicKey"]["Modulus"], status["PublicKey"]["Exponent"])
        encrypted = encrypt_credentials(key, login.api_key, login.user, login.password, login.padding)
        return ("header", "Authorization", f"WDAPI {encrypted}")

    return {
        "wdapiKey": _static("header", "Authorization", f"WDAPI {api_key}"),
        "wdapiLogin": login_header,
        "bearerJwt": _bearer(lambda: login),
    }


# -- GKS4 ---------------------------------------------------------------------------------------


def _gks4_schemes(env: Mapping[str, str], base_url: str) -> Schemes:
    from erp_adapters import gks4

    def provider() -> TokenProvider:
        return gks4.token_provider(
            client_id=env["GKS4_LIVE_CLIENT_ID"],
            client_secret=env["GKS4_LIVE_CLIENT_SECRET"],
            token_url=env.get("GKS4_LIVE_TOKEN_URL") or gks4.TOKEN_URL,
        )

    return {"oauth2": _bearer(provider)}


# -- Gestix -------------------------------------------------------------------------------------


class _Nonces:
    """Strictly increasing nonces (Unix milliseconds, or one more than the last) for Gestix writes."""

    def __init__(self) -> None:
        self._last = 0
        self._lock = threading.Lock()

    def __call__(self) -> Credential:
        with self._lock:
            self._last = max(self._last + 1, time.time_ns() // 1_000_000)
            return ("query", "nonce", str(self._last))


def _gestix_base_url(env: Mapping[str, str]) -> str:
    from erp_adapters import gestix

    return gestix.base_url(env["GESTIX_LIVE_ACCOUNT"], env["GESTIX_LIVE_SERVER"])


def _gestix_schemes(env: Mapping[str, str], base_url: str) -> Schemes:
    from erp_adapters import gestix

    api_token = env["GESTIX_LIVE_API_TOKEN"]
    return {
        "apiToken": _static("header", "Authorization", f"Bearer {api_token}"),
        "xaToken": _bearer(lambda: gestix.ApiTokenLogin(base_url, api_token)),
        "nonce": _Nonces(),
    }


# -- eGestor ------------------------------------------------------------------------------------


def _egestor_schemes(env: Mapping[str, str], base_url: str) -> Schemes:
    from erp_adapters.egestor import auth

    def provider() -> TokenProvider:
        return auth.provider(auth.token_url_for(base_url), personal_token=env["EGESTOR_LIVE_PERSONAL_TOKEN"])

    return {"egestor_oauth": _bearer(provider)}


# -- Quickstart ---------------------------------------------------------------------------------


def _quickstart_schemes(env: Mapping[str, str], base_url: str) -> Schemes:
    return {"oauth2": _static("header", "Authorization", f"Bearer {env['QUICKSTART_LIVE_ACCESS_TOKEN']}")}


SANDBOXES: dict[str, Sandbox] = {
    "egestor": Sandbox(
        "egestor",
        ("EGESTOR_LIVE_URL", "EGESTOR_LIVE_PERSONAL_TOKEN"),
        lambda env: env["EGESTOR_LIVE_URL"],
        _egestor_schemes,
    ),
    "gestix": Sandbox(
        "gestix",
        ("GESTIX_LIVE_SERVER", "GESTIX_LIVE_ACCOUNT", "GESTIX_LIVE_API_TOKEN"),
        _gestix_base_url,
        _gestix_schemes,
    ),
    "gks4": Sandbox(
        "gks4",
        ("GKS4_LIVE_URL", "GKS4_LIVE_CLIENT_ID", "GKS4_LIVE_CLIENT_SECRET"),
        lambda env: env["GKS4_LIVE_URL"],
        _gks4_schemes,
    ),
    "quickstart": Sandbox(
        "quickstart",
        ("QUICKSTART_LIVE_URL", "QUICKSTART_LIVE_ACCESS_TOKEN"),
        lambda env: env["QUICKSTART_LIVE_URL"],
        _quickstart_schemes,
    ),
    "wisedat": Sandbox(
        "wisedat",
        ("WISEDAT_LIVE_URL", "WISEDAT_LIVE_API_KEY", "WISEDAT_LIVE_USER", "WISEDAT_LIVE_PASSWORD"),
        lambda env: env["WISEDAT_LIVE_URL"],
        _wisedat_schemes,
    ),
}
"""Every vendor's sandbox. Optional extras: ``GKS4_LIVE_TOKEN_URL`` (default: the adapter's)."""


def apply(case: Case[Any], schemes: Schemes, default_security: list[dict[str, list[str]]]) -> None:
    """Put on ``case`` the credentials of the first security requirement of its operation."""
    requirements = case.operation.definition.raw.get("security", default_security)
    for name in (requirements or [{}])[0]:
        location, key, value = schemes[name]()
        if location == "header":
            case.headers[key] = value
        else:
            case.query = {**(case.query or {}), key: value}
