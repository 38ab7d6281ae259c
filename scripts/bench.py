"""Benchmarks (`nox -s bench`): figures measured in one run against the mocks over loopback.

Each module in ``scripts/benchmarks/`` exposes ``run() -> list[tuple[str, str]]`` (label, value);
this script runs them in name order (or only those named on the command line) and prints a table.
These are measurements to read, not tests: nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("only", nargs="*", help="benchmark module names (default: all)")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    names = args.only or sorted(p.stem for p in (HERE / "benchmarks").glob("*.py") if not p.stem.startswith("_"))
    for name in names:
        module = importlib.import_module(f"benchmarks.{name}")
        print(f"\n== {name} ==")
        for label, value in module.run():
            print(f"  {label:<62} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
