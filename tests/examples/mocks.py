"""Start each vendor's mock with its demo options and give the values the examples are run with.

This is the one substitution the README examples and ``examples/*.py`` get (documented in
README.md, "The examples are tests"): each vendor's placeholder URL becomes the mock's URL and each
placeholder credential becomes the mock's demo credential (an OAuth code or a personal token is
obtained from the mock first).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from erp_adapters import egestor, gestix, quickstart
from erp_mocks.egestor.app import DEMO_OPTIONS as EGESTOR_DEMO
from erp_mocks.egestor.app import create_app as egestor_app
from erp_mocks.engine import MockServer
from erp_mocks.gestix.app import DEMO_OPTIONS as GESTIX_DEMO
from erp_mocks.gestix.app import create_app as gestix_app
from erp_mocks.gks4.app import DEMO_OPTIONS as GKS4_DEMO
from erp_mocks.gks4.app import TOKEN_PATH as GKS4_TOKEN_PATH
from erp_mocks.gks4.app import create_app as gks4_app
from erp_mocks.quickstart.app import DEMO_OPTIONS as QUICKSTART_DEMO
from erp_mocks.quickstart.app import create_app as quickstart_app
from erp_mocks.wisedat.app import DEMO_OPTIONS as WISEDAT_DEMO
from erp_mocks.wisedat.app import create_app as wisedat_app

VENDORS = ("egestor", "gestix", "gks4", "quickstart", "wisedat")

PLACEHOLDER_URLS = {
    "egestor": egestor.API_URL,
    "gestix": gestix.DEFAULT_SERVER,
    "gks4": "https://gks4.example.se",
    "quickstart": "https://quickstart.example.com",
    "wisedat": "https://erp.example.pt:8443",
}
"""The base URL every example of a vendor uses; replaced by the mock's."""


def _egestor_token(url: str) -> str:
    return str(httpx.get(f"{url}/_mock/personal-token", timeout=10).json()["personal_token"])


def _quickstart_code(url: str) -> str:
    auth_url, state = quickstart.authorization_url(
        url, client_id=QUICKSTART_DEMO["client_id"], redirect_uri=QUICKSTART_DEMO["redirect_uri"]
    )
    response = httpx.get(auth_url, timeout=10)
    assert response.status_code == 302, response.text
    return quickstart.code_from_callback(response.headers["location"], expected_state=state).reveal()


def values(vendor: str, url: str) -> dict[str, str]:
    """Placeholder -> value for ``vendor``'s examples against a mock at ``url`` (env names included)."""
    if vendor == "wisedat":
        creds = {"your-api-key": WISEDAT_DEMO["api_key"], "your-password": WISEDAT_DEMO["password"]}
        env = {"WISEDAT_API_KEY": WISEDAT_DEMO["api_key"], "WISEDAT_PASSWORD": WISEDAT_DEMO["password"]}
    elif vendor == "gks4":
        creds = {
            "https://id.simutek.se/connect/token": url + GKS4_TOKEN_PATH,
            "your-client-id": GKS4_DEMO["client_id"],
            "your-client-secret": GKS4_DEMO["client_secret"],
        }
        env = {
            "GKS4_TOKEN_URL": url + GKS4_TOKEN_PATH,
            "GKS4_CLIENT_ID": GKS4_DEMO["client_id"],
            "GKS4_CLIENT_SECRET": GKS4_DEMO["client_secret"],
        }
    elif vendor == "egestor":
        token = _egestor_token(url)
        creds = {"your-personal-token": token}
        env = {"EGESTOR_PERSONAL_TOKEN": token}
    elif vendor == "gestix":
        account = GESTIX_DEMO["accounts"][0]
        creds = {"your-account": account, "your-api-token": GESTIX_DEMO["api_token"]}
        env = {"GESTIX_ACCOUNT": account, "GESTIX_API_TOKEN": GESTIX_DEMO["api_token"]}
    else:
        code = _quickstart_code(url)
        creds = {
            "your-client-id": QUICKSTART_DEMO["client_id"],
            "your-client-secret": QUICKSTART_DEMO["client_secret"],
            "the-code-from-the-redirect": code,
        }
        env = {
            "QUICKSTART_CLIENT_ID": QUICKSTART_DEMO["client_id"],
            "QUICKSTART_CLIENT_SECRET": QUICKSTART_DEMO["client_secret"],
            "QUICKSTART_CODE": code,
        }
    env[f"{vendor.upper()}_URL" if vendor != "gestix" else "GESTIX_SERVER"] = url
    return {PLACEHOLDER_URLS[vendor]: url, **creds, **env}


def substitute(source: str, replacements: dict[str, str]) -> str:
    """``source`` with every quoted placeholder (``"your-api-key"``) replaced by its value."""
    for placeholder, value in replacements.items():
        source = re.sub(rf'"{re.escape(placeholder)}"', f'"{value}"', source)
    return source


@contextmanager
def running(vendor: str) -> Iterator[str]:
    """A fresh mock of ``vendor`` with its demo options; yields its URL."""
    options: dict[str, Any] = {
        "egestor": EGESTOR_DEMO,
        "gestix": GESTIX_DEMO,
        "gks4": GKS4_DEMO,
        "quickstart": QUICKSTART_DEMO,
        "wisedat": WISEDAT_DEMO,
    }[vendor]
    factories: dict[str, Callable[..., Any]] = {
        "egestor": egestor_app,
        "gestix": gestix_app,
        "gks4": gks4_app,
        "quickstart": quickstart_app,
        "wisedat": wisedat_app,
    }
    app = factories[vendor](**options)
    with MockServer(app) as server:
        yield server.url
