"""Benchmarks (`nox -s bench`): figures measured in one run, printed as tables.

Each module in ``scripts/benchmarks/`` (those not starting with ``_``) exposes
``run(quick: bool = False) -> list[str]``: it measures and returns the lines to print. This script
runs them in name order (or only those named on the command line).

Comparisons are interleaved (scripts/benchmarks/_harness.py): variants alternate round by round
in a rotating order, and ratios are medians of paired rounds. ``$BENCH_ROUNDS`` sets the number of
rounds of every comparison (defaults are per workload; the whole run takes about two minutes on two
quiet cores). ``--quick`` runs one round on small sizes: a smoke run whose figures mean nothing.
These are measurements to read, not tests: nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def modules() -> list[str]:
    """The benchmark modules, in name order."""
    return sorted(p.stem for p in (HERE / "benchmarks").glob("*.py") if not p.stem.startswith("_"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("only", nargs="*", help=f"benchmark module names (default: all of {modules()})")
    parser.add_argument("--quick", action="store_true", help="one round, small sizes: check the code runs")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.only) - set(modules()))
    if unknown:
        parser.error(f"unknown benchmark(s) {unknown}; known: {modules()}")
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    for name in args.only or modules():
        module = importlib.import_module(f"benchmarks.{name}")
        print(f"\n== {name} ==", flush=True)
        started = time.perf_counter()
        for line in module.run(quick=args.quick):
            print(f"  {line}", flush=True)
        print(f"  ({name}: {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
