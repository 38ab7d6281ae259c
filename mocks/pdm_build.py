"""pdm-backend build hook: ship the repo's ``specs/*.yaml`` inside the mocks' wheel and sdist.

The repo's ``specs/`` is the single source of the specs; nothing is copied into the source tree.
Building from the repo, each spec is added as ``erp_mocks/specs/<vendor>.yaml``; building the wheel
from the sdist, those files are already in the package directory and ``includes`` picks them up.
An editable install gets no copy: :func:`erp_mocks.engine.spec.spec_path` reads the repo's file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def pdm_build_update_files(context: Any, files: dict[str, Path]) -> None:
    """Add ``../specs/*.yaml`` as package data when they exist (a build from the repo)."""
    if context.target == "editable":
        return
    specs = Path(context.root).parent / "specs"
    for spec in sorted(specs.glob("*.yaml")):
        files[f"erp_mocks/specs/{spec.name}"] = spec
