"""The vendor mocks this package can serve, by name."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from starlette.applications import Starlette

VENDORS: dict[str, str] = {
    "egestor": "erp_mocks.egestor.app",
    "gestix": "erp_mocks.gestix.app",
    "gks4": "erp_mocks.gks4.app",
    "quickstart": "erp_mocks.quickstart.app",
    "wisedat": "erp_mocks.wisedat.app",
}
"""Vendor name -> module exposing ``create_app(**options) -> Starlette`` and ``DEMO_OPTIONS``."""


def app_factory(vendor: str) -> Callable[..., Starlette]:
    """The ``create_app`` function of ``vendor``'s mock."""
    if vendor not in VENDORS:
        raise KeyError(f"no mock for {vendor!r}; available: {', '.join(sorted(VENDORS))}")
    module = importlib.import_module(VENDORS[vendor])
    factory: Callable[..., Starlette] = module.create_app
    return factory


def demo_options(vendor: str) -> dict[str, Any]:
    """The options the CLI starts ``vendor``'s mock with (printed, so a developer can log in)."""
    module = importlib.import_module(VENDORS[vendor])
    options: dict[str, Any] = dict(module.DEMO_OPTIONS)
    return options
