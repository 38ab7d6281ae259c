"""The distributions every packaging test installs, built once per run."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.packaging.build import ROOT, Built, build


@pytest.fixture(scope="session")
def dist() -> Iterator[dict[str, Built]]:
    """Wheel and sdist of every client (by vendor), the adapters, the mocks and erp-contract, built once."""
    with tempfile.TemporaryDirectory(prefix="erp-dist-") as tmp:
        projects = {path.parent.name: path.parent for path in sorted(ROOT.glob("clients/*/pyproject.toml"))}
        projects.update(adapters=ROOT / "adapters", mocks=ROOT / "mocks", contract=ROOT / "contract")
        yield {name: build(project, Path(tmp) / name) for name, project in projects.items()}
