"""scripts/inventory.py: every spec covers exactly the operations its vendor documents."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import inventory
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]

#: Operations per vendor doc, counted by reading the docs (see the inventory files' notes).
DOCUMENTED = {"wisedat": 54, "egestor": 34, "gestix": 5, "gks4": 3, "quickstart": 6}


@pytest.fixture
def copies(tmp_path: Path) -> Path:
    """A temporary specs/ directory with copies of the Wisedat spec and its inventory."""
    (tmp_path / "inventory").mkdir()
    shutil.copy(ROOT / "specs" / "wisedat.yaml", tmp_path / "wisedat.yaml")
    shutil.copy(ROOT / "specs" / "inventory" / "wisedat.csv", tmp_path / "inventory" / "wisedat.csv")
    return tmp_path


def _edit_spec(path: Path, edit: Any) -> None:
    spec = yaml.safe_load(path.read_text())
    edit(spec)
    path.write_text(yaml.safe_dump(spec, sort_keys=False))


@pytest.mark.parametrize(("vendor", "count"), sorted(DOCUMENTED.items()))
def test_inventory_lists_the_documented_operations(vendor: str, count: int) -> None:
    rows = inventory.read_inventory(ROOT / "specs" / "inventory" / f"{vendor}.csv")
    assert len(rows) == count


def test_every_spec_matches_its_inventory(capsys: pytest.CaptureFixture[str]) -> None:
    assert inventory.main([]) == 0
    out = capsys.readouterr().out.splitlines()
    assert sorted(out) == sorted(f"{vendor} {n}/{n}" for vendor, n in DOCUMENTED.items())


def test_a_missing_operation_fails(copies: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _edit_spec(copies / "wisedat.yaml", lambda spec: spec["paths"]["/product"].pop("delete"))
    assert inventory.main(["--specs", str(copies)]) == 1
    out = capsys.readouterr().out
    assert "wisedat 53/54  FAIL" in out
    assert "missing from the spec: DELETE /product  (Products > Delete)" in out


def test_an_unknown_operation_fails(copies: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def add(spec: dict[str, Any]) -> None:
        spec["paths"]["/product"]["patch"] = dict(spec["paths"]["/product"]["put"], operationId="patch_product")

    _edit_spec(copies / "wisedat.yaml", add)
    assert inventory.main(["--specs", str(copies)]) == 1
    out = capsys.readouterr().out
    assert "wisedat 54/54  FAIL" in out
    assert "not in the inventory: PATCH /product" in out


def test_an_unlisted_inventory_row_fails(copies: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with (copies / "inventory" / "wisedat.csv").open("a") as handle:
        handle.write("GET,/stock,Stock > Get,\n")
    assert inventory.main(["--specs", str(copies)]) == 1
    assert "wisedat 54/55  FAIL" in capsys.readouterr().out


def test_a_spec_without_inventory_fails(copies: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (copies / "inventory" / "wisedat.csv").unlink()
    assert inventory.main(["--specs", str(copies)]) == 1
    assert "wisedat FAIL: no inventory" in capsys.readouterr().out


def test_path_parameter_names_do_not_matter(copies: Path) -> None:
    csv = copies / "inventory" / "wisedat.csv"
    csv.write_text("method,path,section,note\nGET,/things/{id},Things,\n")
    spec = copies / "wisedat.yaml"
    spec.write_text(yaml.safe_dump({"paths": {"/things/{thing_id}": {"get": {}}}}))
    assert inventory.check("wisedat", spec, csv).ok


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("method,path,section\nGET,/a,A\n", "the header must be"),
        ("method,path,section,note\nget,/a,A,\n", "upper-case HTTP method"),
        ("method,path,section,note\nGET,/a?id={id},A,\n", "no query string"),
        ("method,path,section,note\nGET,/a,,\n", "section is empty"),
        ("method,path,section,note\nGET,/a/{x},A,\nGET,/a/{y},B,\n", "already on line 2"),
    ],
)
def test_malformed_inventories_are_rejected(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "x.csv"
    path.write_text(content)
    with pytest.raises(inventory.InventoryError, match=problem):
        inventory.read_inventory(path)
