"""scripts/apply_tolerant_reader.py: edits terminate and leave every optional response property nullable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"

_SPEC = """openapi: 3.0.3
info:
  title: tiny
  version: '1'
paths:
  /things:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Thing'
components:
  schemas:
    Thing:
      type: object
      properties:
        kind:
          type: string
          enum: [a, b]
        size:
          type: integer
"""


def _apply(spec: Path) -> subprocess.CompletedProcess[str]:
    code = "import sys; from pathlib import Path; import apply_tolerant_reader as a; print(a.apply(Path(sys.argv[1])))"
    return subprocess.run(  # noqa: S603 - fixed argv
        [sys.executable, "-c", code, str(spec)],
        cwd=SCRIPTS,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


def test_flow_style_enum_terminates_and_takes_null(tmp_path: Path) -> None:
    spec = tmp_path / "tiny.yaml"
    spec.write_text(_SPEC)
    result = _apply(spec)  # looped forever before the fix (TimeoutExpired)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "2"
    kind = yaml.safe_load(spec.read_text())["components"]["schemas"]["Thing"]["properties"]["kind"]
    assert kind == {"type": "string", "enum": ["a", "b", None], "nullable": True}
    assert _apply(spec).stdout.strip() == "0"  # idempotent


def test_an_edit_that_changes_nothing_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import apply_tolerant_reader

    monkeypatch.setattr(apply_tolerant_reader, "_make_nullable", lambda lines, at, schemas: None)
    spec = tmp_path / "tiny.yaml"
    spec.write_text(_SPEC)
    with pytest.raises(LookupError, match=r"Thing\.kind"):
        apply_tolerant_reader.apply(spec)
