"""Regeneration: scripts/generate.py for one vendor vs a plain openapi-python-client run, and all five vendors.

Interleaved rounds (see _harness) of:

* ``openapi-python-client generate`` of the vendor's spec and config, nothing else (the yardstick);
* ``generate.generate_into`` of that vendor: client (with our templates) and mock models, headers,
  provenance: what ``nox -s generate -- <vendor>`` spends generating;
* every vendor, generated side by side as ``scripts/generate.py --full`` does.

CPU is this process plus its finished children (the generators run as child processes).
The default number of rounds is small (3; ``$BENCH_ROUNDS`` overrides): each round takes seconds.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import _harness
from benchmarks._harness import Variant

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import generate  # scripts/generate.py, run as a file

VENDOR = "gks4"
PLAIN = "plain openapi-python-client"


def _cpu_with_children() -> float:
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def _plain(vendor: generate.Vendor) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [
            generate._tool("openapi-python-client"),
            "generate",
            "--path",
            str(vendor.spec),
            "--config",
            str(vendor.config),
            "--meta",
            "pdm",
            "--output-path",
            str(Path(tmp) / "client"),
        ]
        generate._run_all([cmd], cwd=Path(tmp))


def _ours(vendor: generate.Vendor) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        generate.generate_into(vendor, Path(tmp))


def _all() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        generate._generate_all(generate.all_vendors(), Path(tmp), lambda v, c, m, r: None)


def run(quick: bool = False) -> list[str]:
    """Measure; ``quick``: one round of the smallest vendor, without the all-vendors variant."""
    vendor = generate.Vendor("gestix" if quick else VENDOR)
    variants = [
        Variant(PLAIN, _harness.repeat(lambda: _plain(vendor))),
        Variant(f"generate_into({vendor.name})", _harness.repeat(lambda: _ours(vendor))),
    ]
    if not quick:
        variants.append(Variant(f"all {len(generate.all_vendors())} vendors, in parallel", _harness.repeat(_all)))
    result = _harness.interleave(
        variants,
        rounds=1 if quick else _harness.rounds(3),
        calls=1,
        warmup=0,  # each call starts fresh generator processes: nothing to warm
        wall_clock=time.perf_counter,
        cpu_clock=_cpu_with_children,
    )
    return [f"-- one vendor ({vendor.name}) vs a plain generator run; all vendors", *_harness.table(result, [PLAIN])]
