"""Issue 9 item 4: published floors admit no version with a known advisory; client extras are bounded."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml
from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]

FLOORS = {
    "httpx": Version("0.28"),
    "h11": Version("0.16"),  # request smuggling below 0.16
    "cryptography": Version("46.0.5"),
    "authlib": Version("1.7.2"),
    "filelock": Version("3.20.3"),
}


def _requirements(pyproject: Path) -> list[Requirement]:
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    listed = list(project.get("dependencies", []))
    for extra in project.get("optional-dependencies", {}).values():
        listed.extend(extra)
    return [Requirement(line) for line in listed]


def _lowest(requirement: Requirement) -> Version | None:
    floors = [Version(s.version) for s in requirement.specifier if s.operator in (">=", "==", "~=")]
    return min(floors) if floors else None


def _check(requirements: list[Requirement]) -> None:
    for requirement in requirements:
        floor = FLOORS.get(requirement.name.lower())
        if floor is not None:
            lowest = _lowest(requirement)
            assert lowest is not None and lowest >= floor, f"{requirement} admits versions below {floor}"


def test_adapter_floors_and_bounded_client_extras() -> None:
    requirements = _requirements(ROOT / "adapters" / "pyproject.toml")
    _check(requirements)
    names = {r.name for r in requirements}
    assert "h11" in names
    for requirement in requirements:
        if requirement.name.endswith("-client"):
            lowest = _lowest(requirement)
            uppers = [Version(s.version) for s in requirement.specifier if s.operator == "<"]
            assert lowest is not None and uppers, f"{requirement} is not bounded"
            breaking = f"{lowest.major + 1}" if lowest.major else f"0.{lowest.minor + 1}"
            assert uppers[0] == Version(breaking), f"{requirement}: the bound is not the next breaking release"
            vendor = requirement.name.removesuffix("-client")
            config = yaml.safe_load((ROOT / "specs" / "generator" / f"{vendor}.yaml").read_text())
            current = Version(config["package_version_override"])
            assert requirement.specifier.contains(current), f"{requirement} does not admit the current {current}"


def test_client_template_floors() -> None:
    template = (ROOT / "specs/generator/templates/_common/pyproject_pdm.toml.jinja").read_text(encoding="utf-8")
    listed = re.findall(r'^\s+"([^"]+)",$', template.split("dependencies = [", 1)[1].split("]", 1)[0], re.MULTILINE)
    requirements = [Requirement(line) for line in listed]
    _check(requirements)
    assert {"httpx", "h11"} <= {r.name for r in requirements}
