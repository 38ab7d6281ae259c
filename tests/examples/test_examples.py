"""``examples/<vendor>.py`` run against each vendor's mock (they are type-checked by the mypy run of CI)."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

from tests.examples.mocks import VENDORS, running, values

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("vendor", VENDORS)
def test_example_runs_against_the_mock(
    vendor: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ERP_ADAPTERS_NONCE_DIR", str(tmp_path))
    with running(vendor) as url:
        for name, value in values(vendor, url).items():
            if name.isupper():
                monkeypatch.setenv(name, value)
        runpy.run_path(str(ROOT / "examples" / f"{vendor}.py"), run_name="__main__")
    printed = capsys.readouterr().out
    assert printed.strip(), "the example printed nothing"
