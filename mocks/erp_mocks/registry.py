"""The vendor mocks this package can serve, by name, and how to build one ready to serve."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from starlette.applications import Starlette

from erp_mocks.engine.reset import Resettable
from erp_mocks.engine.seed import SeedEntry, apply_seed
from erp_mocks.engine.variance import enable

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


def build(
    vendor: str,
    *,
    options: Mapping[str, Any] | None = None,
    seed: Sequence[SeedEntry] = (),
    variance: bool = False,
    variance_seed: int = 0,
) -> Resettable:
    """``vendor``'s mock as served by ``erp-mock``: seeded, with ``POST /_mock/reset``.

    ``options`` default to :func:`demo_options`; ``seed`` entries are applied to every fresh app
    (at start and after each reset). ``variance`` switches on the variance mode of
    ``erp_mocks.engine.variance`` (answers varied within the spec, reproducible by
    ``variance_seed``), also after each reset.
    """
    factory = app_factory(vendor)
    chosen = dict(demo_options(vendor) if options is None else options)

    def fresh() -> Starlette:
        app = factory(**chosen)
        apply_seed(app.state.invoke, seed)
        if variance:
            enable(app, seed=variance_seed)
        return app

    return Resettable(fresh)
