"""Building the repo's distributions and making fresh venvs for the packaging tests."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "requirements" / "dev.lock"


def uv() -> list[str]:
    """The uv binary: next to this Python, on PATH, or as ``python -m uv``."""
    beside = Path(sys.executable).with_name("uv")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("uv")
    if found:
        return [found]
    if importlib.util.find_spec("uv") is not None:
        return [sys.executable, "-m", "uv"]
    pytest.fail("uv is needed to build and install the packages: pip install -r requirements/bootstrap.txt")


def run(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """Run ``command`` (at most 300 s); fail the test with its output unless it exits 0."""
    result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=300, **kwargs)  # noqa: S603 - fixed argv
    assert result.returncode == 0, f"{' '.join(command)}\n{result.stdout}\n{result.stderr}"
    return result


@dataclass
class Built:
    """The wheel and sdist of one distribution."""

    wheel: Path
    sdist: Path


def build(project: Path, out: Path) -> Built:
    """An sdist of ``project`` and a wheel built from that sdist (uv's default), into ``out``."""
    run([*uv(), "build", "--quiet", "--out-dir", str(out), str(project)])
    (wheel,) = out.glob("*.whl")
    (sdist,) = out.glob("*.tar.gz")
    return Built(wheel, sdist)


def fresh_venv(where: Path, *requirements: str) -> Path:
    """A new venv at ``where`` with ``requirements`` installed (dependencies held to the lock); its bin dir."""
    run([*uv(), "venv", "--quiet", "--python", sys.executable, str(where)])
    python = where / "bin" / "python"
    run(
        [*uv(), "pip", "install", "--quiet", "--python", str(python), "-c", str(LOCK), *requirements],
        env={**os.environ, "VIRTUAL_ENV": str(where)},
    )
    return where / "bin"
