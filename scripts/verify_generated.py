"""Verify freshly generated code: every module of every client and mock model file imports.

Import errors, syntax errors or a missing ``py.typed`` fail the run with the module's name. The
modules are imported from the working tree (``clients/<vendor>/`` first on ``sys.path``), whether
or not the venv has the package installed yet.

    python scripts/verify_generated.py [vendor ...]     verify now (default: every vendor)
    python scripts/verify_generated.py --stdin          import the libraries the generated code
                                                        uses, then verify the vendors named on
                                                        standard input once it is closed

``--stdin`` is how ``scripts/generate.py --verify`` runs it: started before generation, it spends
the generators' run importing httpx, attrs and pydantic, so verifying afterwards costs only the
generated modules' own imports.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

WARM = ("httpx", "attrs", "pydantic", "erp_adapters", "erp_adapters.resources", "erp_mocks")
"""Handwritten and third-party modules the generated code imports (nothing generated: that is not written yet)."""


def _all_vendors() -> list[str]:
    return sorted(p.stem for p in (ROOT / "specs" / "generator").glob("*.yaml"))


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
    print(f"ok   {vendor}: {count} client modules, the mock models and the resource client import", flush=True)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("vendors", nargs="*")
    parser.add_argument("--stdin", action="store_true", help="warm up, then verify the vendors read from stdin")
    args = parser.parse_args()
    for vendor in reversed(_all_vendors()):
        sys.path.insert(0, str(ROOT / "clients" / vendor))
    sys.path[:0] = [str(ROOT / "adapters"), str(ROOT / "mocks")]
    if args.stdin:
        for name in WARM:
            importlib.import_module(name)
        vendors = sys.stdin.read().split()
    else:
        vendors = args.vendors or _all_vendors()
    return max((verify(v) for v in vendors), default=0)


if __name__ == "__main__":
    sys.exit(main())
