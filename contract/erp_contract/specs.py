"""Where the vendor specs are: package data in a wheel, the repo's ``specs/`` in a development install."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

_REPO_SPECS = Path(__file__).resolve().parents[2] / "specs"

VENDORS = ("egestor", "gestix", "gks4", "quickstart", "wisedat")


def spec_path(vendor: str) -> Path:
    """The OpenAPI document of ``vendor`` (``FileNotFoundError`` naming both places when neither exists)."""
    packaged = resources.files("erp_contract").joinpath("specs", f"{vendor}.yaml")
    if packaged.is_file():
        return Path(str(packaged))
    repo = _REPO_SPECS / f"{vendor}.yaml"
    if repo.is_file():
        return repo
    raise FileNotFoundError(f"no spec for {vendor!r}: neither the package data ({packaged}) nor {repo} exists")
