"""The README examples are tests: every ``python`` block of README.md and clients/*/README.md.

The blocks of one README (for the root README: the blocks of one vendor) form one program, run
top to bottom against that vendor's mock after the one documented substitution
(:mod:`tests.examples.mocks`: the placeholder URL and credentials become the mock's), and the
same programs pass ``mypy --strict``. A stale example fails here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mypy import api as mypy_api

from tests.examples.mocks import VENDORS, running, substitute, values

ROOT = Path(__file__).resolve().parents[2]
BLOCK = re.compile(r"^```python\n(.*?)^```$", re.S | re.M)
VENDOR_OF_BLOCK = re.compile(r"erp_adapters(?:\.|\s+import\s+)(" + "|".join(VENDORS) + r")\b")


def programs() -> dict[str, tuple[str, str]]:
    """``label -> (vendor, source)`` of every README program."""
    found: dict[str, tuple[str, str]] = {}
    for vendor in VENDORS:
        blocks = BLOCK.findall((ROOT / "clients" / vendor / "README.md").read_text(encoding="utf-8"))
        assert blocks, f"clients/{vendor}/README.md has no python block"
        found[f"clients/{vendor}/README.md"] = (vendor, "\n".join(blocks))
    by_vendor: dict[str, list[str]] = {}
    for block in BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8")):
        match = VENDOR_OF_BLOCK.search(block)
        assert match, f"a README.md block names no vendor adapter:\n{block}"
        by_vendor.setdefault(match.group(1), []).append(block)
    for vendor, blocks in by_vendor.items():
        found[f"README.md ({vendor})"] = (vendor, "\n".join(blocks))
    return found


PROGRAMS = programs()


@pytest.mark.parametrize("label", sorted(PROGRAMS))
def test_readme_program_runs_against_the_mock(
    label: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vendor, source = PROGRAMS[label]
    monkeypatch.setenv("ERP_ADAPTERS_NONCE_DIR", str(tmp_path / "nonces"))
    monkeypatch.chdir(tmp_path)
    with running(vendor) as url:
        program = substitute(source, values(vendor, url))
        assert url in program, f"{label}: the examples do not use the placeholder URL"
        exec(compile(program, label, "exec"), {"__name__": "__readme__"})  # noqa: S102 - our own README
    assert capsys.readouterr().out.strip(), f"{label} printed nothing"


def test_readme_programs_pass_mypy_strict(tmp_path: Path) -> None:
    files = []
    for index, (label, (_vendor, source)) in enumerate(sorted(PROGRAMS.items())):
        path = tmp_path / f"readme_{index}.py"
        path.write_text(f"# {label}\n{source}", encoding="utf-8")
        files.append(str(path))
    out, err, status = mypy_api.run(
        ["--strict", "--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(ROOT / ".mypy_cache"), *files]
    )
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert status == 0 and not errors, out + err
