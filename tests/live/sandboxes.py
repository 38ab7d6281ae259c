"""Where each vendor's sandbox is and how to authenticate against it, from environment variables.

The credentials are made exactly as ``erp-contract`` makes them (:mod:`erp_contract.credentials`:
the vendor's adapter, OAuth token sets resumed from a token set file and rewritten after each
refresh); only the variable names differ: ``<VENDOR>_LIVE_`` instead of ``<VENDOR>_`` (e.g.
``GKS4_LIVE_CLIENT_ID`` for ``GKS4_CLIENT_ID``), plus the sandbox's URL and an optional token URL.
A server of your own needs no entry here: run ``erp-contract <vendor> --base-url URL``.
Secrets are only read from the environment, only sent to the configured URL and never printed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from erp_contract.credentials import VENDORS, Credential, Schemes, Target
from erp_contract.runner import apply

__all__ = ["SANDBOXES", "Credential", "Sandbox", "Schemes", "apply"]


@dataclass(frozen=True)
class Sandbox:
    """One vendor's live sandbox: the variables it needs, its base URL and its credentials."""

    vendor: str
    variables: tuple[str, ...]
    """Environment variables that must all be set (URL first)."""

    @property
    def _prefix(self) -> str:
        return f"{self.vendor.upper()}_LIVE_"

    def missing(self, environ: Mapping[str, str]) -> list[str]:
        """The variables not set (empty when the sandbox is configured)."""
        return [name for name in self.variables if not environ.get(name)]

    def target(self, environ: Mapping[str, str]) -> Target:
        """The sandbox as ``erp-contract`` sees it: URL, token URL and its variable names."""
        env = {
            name.replace(self._prefix, f"{self.vendor.upper()}_", 1): value
            for name, value in environ.items()
            if name.startswith(self._prefix)
        }
        return Target(environ[self.variables[0]].rstrip("/"), environ.get(f"{self._prefix}TOKEN_URL"), env)

    def base_url(self, environ: Mapping[str, str]) -> str:
        """The API base URL requests go to."""
        return VENDORS[self.vendor].api_url(self.target(environ))

    def schemes(self, environ: Mapping[str, str], _base_url: str = "") -> Schemes:
        """Credentials per security scheme of the vendor's spec."""
        return VENDORS[self.vendor].schemes(self.target(environ))


SANDBOXES: dict[str, Sandbox] = {
    "egestor": Sandbox("egestor", ("EGESTOR_LIVE_URL", "EGESTOR_LIVE_PERSONAL_TOKEN")),
    "gestix": Sandbox("gestix", ("GESTIX_LIVE_SERVER", "GESTIX_LIVE_ACCOUNT", "GESTIX_LIVE_API_TOKEN")),
    "gks4": Sandbox("gks4", ("GKS4_LIVE_URL", "GKS4_LIVE_CLIENT_ID", "GKS4_LIVE_CLIENT_SECRET")),
    "quickstart": Sandbox(
        "quickstart",
        (
            "QUICKSTART_LIVE_URL",
            "QUICKSTART_LIVE_CLIENT_ID",
            "QUICKSTART_LIVE_CLIENT_SECRET",
            "QUICKSTART_LIVE_TOKEN_FILE",
        ),
    ),
    "wisedat": Sandbox(
        "wisedat", ("WISEDAT_LIVE_URL", "WISEDAT_LIVE_API_KEY", "WISEDAT_LIVE_USER", "WISEDAT_LIVE_PASSWORD")
    ),
}
"""Every vendor's sandbox. Optional: ``<VENDOR>_LIVE_TOKEN_URL`` (default: the adapter's)."""
