"""How long the doc-change radar takes on one vendor doc (default: Wisedat, the largest; goal < 2 s).

Usage: ``python scripts/benchmarks/radar_time.py [vendor] [--runs N]`` (or ``nox -s bench -- radar_time``):
prints the best and the median wall time of a whole radar scan (read the doc, split it into sections,
fingerprint them and compare with the record), over N runs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parents[1]
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

from doc_radar import cli, record  # noqa: E402 - after the path set-up

DOCS = SCRIPTS.parent.parent / "shared" / "vendor-docs"


def measure(vendor: str = "wisedat", runs: int = 5) -> list[float]:
    """Wall times (seconds) of ``runs`` radar scans of the vendor's recorded doc."""
    doc = DOCS / record.load(cli.INVENTORY, vendor).doc.file
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        cli.scan(vendor, doc)
        times.append(time.perf_counter() - started)
    return times


def run(quick: bool = False) -> list[str]:
    """For ``nox -s bench``: the Wisedat scan, 5 runs (``quick``: 1)."""
    runs = 1 if quick else 5
    times = measure("wisedat", runs)
    return [f"radar wisedat: best {min(times):.3f} s, median {statistics.median(times):.3f} s over {runs} runs"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("vendor", nargs="?", default="wisedat")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    times = measure(args.vendor, args.runs)
    print(
        f"radar {args.vendor}: best {min(times):.3f} s, median {statistics.median(times):.3f} s over {args.runs} runs"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
