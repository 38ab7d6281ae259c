"""Check every spec against the inventory of operations its vendor documents.

``specs/inventory/<vendor>.csv`` lists, one row per documented operation, the ``method``, the
``path``, the ``section`` of the vendor doc that documents it and a ``note``. The inventory is
written by reading the vendor doc, not the spec, so it is an independent check that the spec
neither misses a documented operation nor invents one.

Paths in the inventory are written as the spec writes them for the same operation: query strings
are left out, and where the spec corrects a printed path (recorded with an ``x-doc-note`` there) the
inventory uses the corrected path and keeps the printed form in ``note``. Path parameter names are
not compared (``/contatos/{codigo}`` matches ``/contatos/{id}``).

Usage::

    python scripts/inventory.py            # every spec under specs/; exit 1 on any difference
    python scripts/inventory.py wisedat    # one vendor

It prints the coverage per vendor (``wisedat 54/54``: documented operations present in the spec /
documented operations), then each missing or unknown operation.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
INVENTORY = SPECS / "inventory"
COLUMNS = ("method", "path", "section", "note")
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

Operation = tuple[str, str]
"""``(METHOD, normalized path)``: how operations are matched between a spec and an inventory."""


def normalize_path(path: str) -> str:
    """``path`` with every path parameter written ``{}`` (their names do not matter for matching)."""
    return re.sub(r"\{[^}]*\}", "{}", path)


def spec_operations(spec: Mapping[str, Any]) -> dict[Operation, str]:
    """Every operation of an OpenAPI document: ``(METHOD, normalized path)`` -> path as written."""
    return {
        (method.upper(), normalize_path(path)): path
        for path, item in (spec.get("paths") or {}).items()
        for method in METHODS
        if method in (item or {})
    }


@dataclass(frozen=True)
class Row:
    """One documented operation of an inventory file."""

    method: str
    path: str
    section: str
    note: str

    @property
    def operation(self) -> Operation:
        return (self.method, normalize_path(self.path))


class InventoryError(ValueError):
    """An inventory file that cannot be read as one: wrong columns, bad method or path, duplicates."""


def read_inventory(path: Path) -> list[Row]:
    """The rows of an inventory CSV file, validated (columns, methods, paths, no duplicates)."""
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise InventoryError(f"{path}: the header must be {','.join(COLUMNS)}")
        rows = [Row(**{key: (value or "").strip() for key, value in record.items()}) for record in reader]
    seen: dict[Operation, int] = {}
    for number, row in enumerate(rows, start=2):
        if row.method.lower() not in METHODS or row.method != row.method.upper():
            raise InventoryError(f"{path}:{number}: {row.method!r} is not an upper-case HTTP method")
        if not row.path.startswith("/") or "?" in row.path:
            raise InventoryError(f"{path}:{number}: {row.path!r} must start with / and carry no query string")
        if not row.section:
            raise InventoryError(f"{path}:{number}: the doc section is empty")
        if row.operation in seen:
            raise InventoryError(f"{path}:{number}: {row.method} {row.path} is already on line {seen[row.operation]}")
        seen[row.operation] = number
    return rows


@dataclass(frozen=True)
class Coverage:
    """How a spec compares with its vendor's inventory."""

    vendor: str
    documented: tuple[Row, ...]
    specified: Mapping[Operation, str]

    @property
    def missing(self) -> list[Row]:
        """Documented operations the spec lacks."""
        return [row for row in self.documented if row.operation not in self.specified]

    @property
    def unknown(self) -> list[str]:
        """Spec operations (``METHOD /path``) the inventory does not list."""
        known = {row.operation for row in self.documented}
        return [f"{op[0]} {path}" for op, path in sorted(self.specified.items()) if op not in known]

    @property
    def ok(self) -> bool:
        return not self.missing and not self.unknown

    def lines(self) -> list[str]:
        """The coverage line, then one line per difference."""
        covered = len(self.documented) - len(self.missing)
        out = [f"{self.vendor} {covered}/{len(self.documented)}" + ("" if self.ok else "  FAIL")]
        out += [f"  missing from the spec: {r.method} {r.path}  ({r.section})" for r in self.missing]
        out += [f"  not in the inventory: {op}" for op in self.unknown]
        return out


def check(vendor: str, spec_path: Path, inventory_path: Path) -> Coverage:
    """Compare the spec at ``spec_path`` with the inventory at ``inventory_path``."""
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8")) or {}
    return Coverage(vendor, tuple(read_inventory(inventory_path)), spec_operations(spec))


def run(vendors: Iterable[str], specs: Path = SPECS, inventory: Path = INVENTORY) -> tuple[bool, list[str]]:
    """Check each vendor; return whether all passed and the lines to print."""
    ok, lines = True, []
    for vendor in vendors:
        inventory_path = inventory / f"{vendor}.csv"
        if not inventory_path.exists():
            ok = False
            lines.append(f"{vendor} FAIL: no inventory at {inventory_path}")
            continue
        try:
            coverage = check(vendor, specs / f"{vendor}.yaml", inventory_path)
        except InventoryError as exc:
            ok = False
            lines.append(f"{vendor} FAIL: {exc}")
            continue
        ok = ok and coverage.ok
        lines += coverage.lines()
    return ok, lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("vendors", nargs="*", help="vendor names (default: every specs/<vendor>.yaml)")
    parser.add_argument("--specs", type=Path, default=SPECS, help="directory of the specs (default: specs/)")
    parser.add_argument("--inventory", type=Path, default=None, help="directory of the CSV files")
    args = parser.parse_args(argv)
    inventory = args.inventory or args.specs / "inventory"
    vendors = args.vendors or sorted(p.stem for p in args.specs.glob("*.yaml"))
    ok, lines = run(vendors, args.specs, inventory)
    print("\n".join(lines))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
