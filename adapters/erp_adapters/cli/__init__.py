"""``erp``: a command line for the ERP clients (``pip install 'erp-adapters[cli]'``).

``erp login egestor|quickstart`` completes the OAuth2 code flow and saves the token set to a
``0600`` file; ``erp call <vendor> <resource>.<method>`` calls any operation. See
:mod:`erp_adapters.cli.app` for the commands and :mod:`erp_adapters.cli.config` for the settings.
"""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """The ``erp`` console script (click is imported only here, so the package stays importable without it)."""
    from erp_adapters.cli.app import main as run

    return run(argv)


__all__ = ["main"]
