"""Verify freshly generated code: every module of every client and mock model file imports.

Run by `nox -s generate` after generation (with the clients installed). Import errors, syntax errors
or a missing ``py.typed`` fail the run with the module's name.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def verify(vendor: str) -> int:
    package_dir = ROOT / "clients" / vendor / f"{vendor}_client"
    if not (package_dir / "py.typed").exists():
        print(f"FAIL {vendor}: {package_dir}/py.typed is missing")
        return 1
    package = importlib.import_module(f"{vendor}_client")
    count = 0
    for info in pkgutil.walk_packages(package.__path__, prefix=f"{vendor}_client."):
        importlib.import_module(info.name)
        count += 1
    importlib.import_module(f"erp_mocks.generated.{vendor}")
    importlib.import_module(f"erp_adapters._generated.{vendor}_resources")
    print(f"ok   {vendor}: {count} client modules, the mock models and the resource client import")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("vendors", nargs="*")
    args = parser.parse_args()
    vendors = args.vendors or sorted(p.stem for p in (ROOT / "specs" / "generator").glob("*.yaml"))
    return max((verify(v) for v in vendors), default=0)


if __name__ == "__main__":
    sys.exit(main())
