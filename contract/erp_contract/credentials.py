"""Credentials for each vendor's security schemes, from environment variables, through the adapters.

Per vendor: the environment variables it reads, and for every security scheme of its spec a
function producing that credential with the vendor's adapter (the login and token code the
generated clients use). Secrets are read from the environment only, sent only to the server under
test (or its token URL) and never printed. OAuth token sets (eGestor, Quickstart) can be resumed
from a token set file: its refresh token is used and the rotated set written back before any
request uses it, so the next run (or your app) continues from there.
"""

from __future__ import annotations

import functools
import json
import os
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from erp_adapters.auth import TokenProvider, fetch_token

Credential = tuple[str, str, str]
"""Where a credential goes and what it is: ``(location, name, value)``, location ``header`` or ``query``."""
Schemes = dict[str, Callable[[], Credential]]
"""Security scheme name (as in the spec) -> a function producing that credential."""

TIMEOUT = 30.0


class CredentialsError(Exception):
    """Missing or inconsistent credential variables (the message names the variables, never values)."""


@dataclass(frozen=True)
class Target:
    """The server under test: its base URL (as given), an optional token URL, the environment."""

    base_url: str
    token_url: str | None
    env: Mapping[str, str]

    def need(self, *names: str) -> list[str]:
        """The values of ``names``; :class:`CredentialsError` naming every unset one."""
        missing = [name for name in names if not self.env.get(name)]
        if missing:
            raise CredentialsError(f"set {', '.join(missing)}")
        return [self.env[name] for name in names]


@dataclass(frozen=True)
class Vendor:
    """How ``erp-contract`` authenticates against one vendor."""

    variables: str
    """The variables, as ``--help`` lists them."""
    api_url: Callable[[Target], str]
    """The API base URL schemathesis sends requests to."""
    schemes: Callable[[Target], Schemes]


def _bearer(provider: Callable[[], TokenProvider]) -> Callable[[], Credential]:
    """``Authorization: Bearer <token>`` from an adapter's token provider, obtained once and reused."""

    @functools.cache
    def token() -> str:
        chosen = provider()
        with httpx.Client(timeout=TIMEOUT) as client:
            previous = getattr(chosen, "initial", None)  # a restored token set: start with its refresh token
            return fetch_token(chosen, client, previous).access.reveal()

    return lambda: ("header", "Authorization", f"Bearer {token()}")


def _static(location: str, name: str, value: str) -> Callable[[], Credential]:
    return lambda: (location, name, value)


def _token_file(path: str) -> tuple[dict[str, Any] | None, Callable[[dict[str, Any]], None]]:
    """The stored token set in ``path`` (``None`` if the file does not exist) and a store writing it back."""
    file = Path(path)
    stored = json.loads(file.read_text()) if file.exists() else None

    def store(token_set: dict[str, Any]) -> None:
        temporary = file.with_suffix(file.suffix + ".tmp")
        temporary.write_text(json.dumps(token_set))
        temporary.chmod(0o600)
        temporary.replace(file)  # atomic: a crash never leaves half a token set

    return stored, store


# -- Wisedat ------------------------------------------------------------------------------------


def _wisedat(target: Target) -> Schemes:
    from erp_adapters.wisedat.auth import WisedatLogin, encrypt_credentials, public_key

    api_key, user, password = target.need("WISEDAT_API_KEY", "WISEDAT_USER", "WISEDAT_PASSWORD")
    login = WisedatLogin(target.base_url, api_key, user, password)

    def login_header() -> Credential:
        with httpx.Client(base_url=target.base_url, timeout=TIMEOUT) as client:
            status = client.get("/status", headers={"Authorization": f"WDAPI {api_key}"}).json()
        published = status["PublicKey"]  # {Modulus, Exponent} or [modulus, exponent]: the doc allows both
        modulus, exponent = (published["Modulus"], published["Exponent"]) if isinstance(published, dict) else published
        key = public_key(modulus, exponent)
        encrypted = encrypt_credentials(key, login.api_key, login.user, login.password, login.padding)
        return ("header", "Authorization", f"WDAPI {encrypted}")

    return {
        "wdapiKey": _static("header", "Authorization", f"WDAPI {api_key}"),
        "wdapiLogin": login_header,
        "bearerJwt": _bearer(lambda: login),
    }


# -- GKS4 ---------------------------------------------------------------------------------------


def _gks4(target: Target) -> Schemes:
    from erp_adapters import gks4

    client_id, client_secret = target.need("GKS4_CLIENT_ID", "GKS4_CLIENT_SECRET")
    token_url = target.token_url or gks4.TOKEN_URL
    return {
        "oauth2": _bearer(
            lambda: gks4.token_provider(client_id=client_id, client_secret=client_secret, token_url=token_url)
        )
    }


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


def _gestix_url(target: Target) -> str:
    from erp_adapters import gestix

    (account,) = target.need("GESTIX_ACCOUNT")
    return gestix.base_url(account, target.base_url)


def _gestix(target: Target) -> Schemes:
    from erp_adapters import gestix

    (api_token,) = target.need("GESTIX_API_TOKEN")
    api_url = _gestix_url(target)
    return {
        "apiToken": _static("header", "Authorization", f"Bearer {api_token}"),
        "xaToken": _bearer(lambda: gestix.ApiTokenLogin(api_url, api_token)),
        "nonce": _Nonces(),
    }


# -- eGestor ------------------------------------------------------------------------------------


def _egestor(target: Target) -> Schemes:
    from erp_adapters.egestor import auth

    token_url = target.token_url or auth.token_url_for(target.base_url)
    personal = target.env.get("EGESTOR_PERSONAL_TOKEN")
    if personal:
        return {"egestor_oauth": _bearer(lambda: auth.provider(token_url, personal_token=personal))}
    client_id, client_secret, path = target.need("EGESTOR_CLIENT_ID", "EGESTOR_CLIENT_SECRET", "EGESTOR_TOKEN_FILE")
    stored, store = _token_file(path)
    if stored is None:
        raise CredentialsError(f"set EGESTOR_PERSONAL_TOKEN, or save a token set in EGESTOR_TOKEN_FILE ({path})")

    def provider() -> TokenProvider:
        return auth.provider(
            token_url, client_id=client_id, client_secret=client_secret, stored=stored, token_store=store
        )

    return {"egestor_oauth": _bearer(provider)}


# -- Quickstart ---------------------------------------------------------------------------------


def _quickstart(target: Target) -> Schemes:
    from erp_adapters.quickstart.oauth import token_provider

    client_id, client_secret, path = target.need(
        "QUICKSTART_CLIENT_ID", "QUICKSTART_CLIENT_SECRET", "QUICKSTART_TOKEN_FILE"
    )
    stored, store = _token_file(path)
    code = target.env.get("QUICKSTART_CODE")
    if stored is None and not code:
        raise CredentialsError(f"save a token set in QUICKSTART_TOKEN_FILE ({path}), or set QUICKSTART_CODE once")

    def provider() -> TokenProvider:
        if stored is not None:
            return token_provider(
                target.base_url, client_id=client_id, client_secret=client_secret, stored=stored,
                token_url=target.token_url, token_store=store,
            )  # fmt: skip
        return token_provider(
            target.base_url, client_id=client_id, client_secret=client_secret, code=code,
            redirect_uri=target.env.get("QUICKSTART_REDIRECT_URI"), token_url=target.token_url, token_store=store,
        )  # fmt: skip

    return {"oauth2": _bearer(provider)}


VENDORS: dict[str, Vendor] = {
    "egestor": Vendor(
        "EGESTOR_PERSONAL_TOKEN, or EGESTOR_CLIENT_ID + EGESTOR_CLIENT_SECRET + EGESTOR_TOKEN_FILE (a saved token set,"
        " refreshed and rewritten)",
        lambda target: target.base_url,
        _egestor,
    ),
    "gestix": Vendor("GESTIX_ACCOUNT, GESTIX_API_TOKEN (--base-url is the server)", _gestix_url, _gestix),
    "gks4": Vendor(
        "GKS4_CLIENT_ID, GKS4_CLIENT_SECRET (--token-url: the identity server's token endpoint)",
        lambda target: target.base_url,
        _gks4,
    ),
    "quickstart": Vendor(
        "QUICKSTART_CLIENT_ID, QUICKSTART_CLIENT_SECRET, QUICKSTART_TOKEN_FILE (a saved token set, refreshed and"
        " rewritten; first run: QUICKSTART_CODE + QUICKSTART_REDIRECT_URI, exchanged once, the set written there)",
        lambda target: target.base_url,
        _quickstart,
    ),
    "wisedat": Vendor("WISEDAT_API_KEY, WISEDAT_USER, WISEDAT_PASSWORD", lambda target: target.base_url, _wisedat),
}


def environment() -> Mapping[str, str]:
    """The process environment (a seam for tests)."""
    return os.environ
