"""Build a connected client for a vendor from its :class:`~erp_adapters.cli.config.Settings`.

The arguments are those of the vendor's ``connect()``; the resource client (``Wisedat``,
``Egestor``, ...) takes the same ones. eGestor and Quickstart resume from the token file
``erp login`` wrote, and save every renewed (rotated) token set back to it.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from erp_adapters import token_file
from erp_adapters.cli.config import ConfigError, Settings
from erp_adapters.secrets import Secret

RESOURCE_CLASSES = {
    "wisedat": "Wisedat",
    "egestor": "Egestor",
    "gestix": "Gestix",
    "gks4": "GKS4",
    "quickstart": "Quickstart",
}
"""The resource client class of each vendor module (see the resource-client contract)."""

CALL_TIMEOUT = 30.0
"""Per-request timeout of ``erp call`` (seconds)."""


@dataclass(frozen=True)
class ConnectArguments:
    """Positional and keyword arguments for a vendor's ``connect()`` (secrets wrapped in :class:`Secret`)."""

    args: tuple[Any, ...]
    kwargs: dict[str, Any] = field(default_factory=dict)

    def __repr__(self) -> str:
        return f"ConnectArguments({self.args!r}, keys={sorted(self.kwargs)})"


def vendor_module(vendor: str) -> ModuleType:
    """``erp_adapters.<vendor>``."""
    return importlib.import_module(f"erp_adapters.{vendor}")


def _stored(settings: Settings, path: Path) -> dict[str, Any]:
    try:
        return token_file.load(path)
    except FileNotFoundError:
        raise ConfigError(
            f"{settings.vendor}: no token file at {str(path)!r}; run: erp login {settings.vendor}"
        ) from None
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{settings.vendor}: cannot read the token file ({type(exc).__name__})") from None


def _code_grant(settings: Settings, token_path: Path, common: dict[str, Any]) -> dict[str, Any]:
    """``connect()`` keywords of an OAuth2 code-grant vendor resuming from its token file (eGestor, Quickstart)."""
    kwargs = {
        "client_id": settings.require("client_id"),
        "client_secret": Secret(settings.require("client_secret")),
        "stored": _stored(settings, token_path),
        "token_store": token_file.store(token_path),
        **common,
    }
    if settings.get("token_url"):
        kwargs["token_url"] = settings.get("token_url")
    return kwargs


def arguments(settings: Settings, token_path: Path) -> ConnectArguments:
    """The ``connect()`` arguments for ``settings.vendor``."""
    secret = Secret
    common: dict[str, Any] = {"timeout": CALL_TIMEOUT}
    vendor = settings.vendor
    if vendor == "wisedat":
        return ConnectArguments(
            (settings.require("base_url"),),
            {
                "api_key": secret(settings.require("api_key")),
                "user": settings.require("user"),
                "password": secret(settings.require("password")),
                **common,
            },
        )
    if vendor == "gestix":
        kwargs: dict[str, Any] = {"api_token": secret(settings.require("api_token")), **common}
        for key in ("server", "nonce_dir"):
            if settings.get(key):
                kwargs[key] = settings.get(key)
        return ConnectArguments((settings.require("account"),), kwargs)
    if vendor == "gks4":
        kwargs = {
            "client_id": settings.require("client_id"),
            "client_secret": secret(settings.require("client_secret")),
            **common,
        }
        for key in ("token_url", "scope"):
            if settings.get(key):
                kwargs[key] = settings.get(key)
        return ConnectArguments((settings.require("base_url"),), kwargs)
    if vendor == "egestor":
        base = (settings.get("base_url") or vendor_module("egestor").API_URL,)
        if settings.get("personal_token"):
            return ConnectArguments(base, {"personal_token": secret(settings.require("personal_token")), **common})
        kwargs = _code_grant(settings, token_path, common)
        if settings.get("redirect_uri"):
            kwargs["redirect_uri"] = settings.get("redirect_uri")
        return ConnectArguments(base, kwargs)
    if vendor == "quickstart":
        return ConnectArguments((settings.require("base_url"),), _code_grant(settings, token_path, common))
    raise ConfigError(f"unknown vendor {vendor!r}")


def resource_client_class(vendor: str) -> type[Any]:
    """The vendor's generated resource client class (``erp_adapters.egestor.Egestor``, ...)."""
    found = getattr(vendor_module(vendor), RESOURCE_CLASSES[vendor], None)
    if not isinstance(found, type):
        raise ConfigError(f"erp_adapters.{vendor} has no resource client {RESOURCE_CLASSES[vendor]}")
    return found
