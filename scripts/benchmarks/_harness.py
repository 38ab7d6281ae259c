"""Interleaved measurement: variants run round by round, in a rotating order, and are compared pair by pair.

Timing one variant's block after another's flatters whichever ran while the machine was quieter. Here
each round runs one block of every variant, the order rotating from round to round (so none always
runs first, after a warm cache or a cold one), and a ratio is the median over rounds of the ratio of
the two variants' blocks in the SAME round: drift of the machine's speed during the run cancels out.

Every block is timed twice: wall time (:func:`time.perf_counter`) and CPU time of this process
(:func:`time.process_time`, all threads; a mock serving the requests runs in another process, so
this is the client's own cost). The figures are per call (block time / calls per block).
"""

from __future__ import annotations

import gc
import os
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

Block = Callable[[int], object]
"""Run the variant ``n`` times in a row (an async variant runs its ``n`` awaits in one event loop turn)."""
Clock = Callable[[], float]

ROUNDS_ENV = "BENCH_ROUNDS"


def rounds(default: int) -> int:
    """The number of rounds: ``$BENCH_ROUNDS`` when set (at least 1), else ``default``."""
    value = os.environ.get(ROUNDS_ENV)
    return max(1, int(value)) if value else default


def repeat(call: Callable[[], object]) -> Block:
    """A block that calls ``call`` ``n`` times."""

    def block(n: int) -> None:
        for _ in range(n):
            call()

    return block


@dataclass
class Variant:
    """One way of doing the measured job."""

    name: str
    block: Block
    wall: list[float] = field(default_factory=list)
    """Seconds per call, one entry per round."""
    cpu: list[float] = field(default_factory=list)


@dataclass(frozen=True)
class Result:
    """The variants of one interleaved run, their samples in round order."""

    variants: Sequence[Variant]
    calls: int
    """Calls per block."""

    def variant(self, name: str) -> Variant:
        return next(v for v in self.variants if v.name == name)

    def ratio(self, name: str, baseline: str, *, cpu: bool = False) -> float:
        """Median over rounds of (``name``'s block / ``baseline``'s block in the same round)."""
        a, b = self.variant(name), self.variant(baseline)
        xs, ys = (a.cpu, b.cpu) if cpu else (a.wall, b.wall)
        return statistics.median(x / y for x, y in zip(xs, ys, strict=True) if y > 0)


def interleave(
    variants: Sequence[Variant],
    *,
    rounds: int,
    calls: int,
    warmup: int = 1,
    wall_clock: Clock = time.perf_counter,
    cpu_clock: Clock = time.process_time,
) -> Result:
    """Run ``rounds`` rounds of one block of ``calls`` calls per variant, the order rotating each round.

    ``warmup`` rounds run first and are not recorded (connections, imports, caches). The garbage
    collector runs (untimed) before every block, so no block pays for the garbage of the one before.
    """
    for _ in range(warmup):
        for variant in variants:
            variant.block(calls)
    for number in range(rounds):
        shift = number % len(variants)
        for variant in [*variants[shift:], *variants[:shift]]:
            gc.collect()
            wall, cpu = wall_clock(), cpu_clock()
            variant.block(calls)
            variant.wall.append((wall_clock() - wall) / calls)
            variant.cpu.append((cpu_clock() - cpu) / calls)
    return Result(variants, calls)


def _time(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.1f} µs"


def table(result: Result, baselines: Sequence[str], *, per_item: int | None = None) -> list[str]:
    """The result as text: min and median per call (wall and CPU), and paired ratios to each baseline.

    ``per_item``: also print the median wall time divided by this many items (µs per item).
    """
    head = ["variant", "wall min", "wall med", "cpu med"]
    if per_item:
        head.append("µs/item")
    for base in baselines:
        head += [f"wall/{base[:8]}", f"cpu/{base[:8]}"]
    rows = [head]
    for v in result.variants:
        row = [v.name, _time(min(v.wall)), _time(statistics.median(v.wall)), _time(statistics.median(v.cpu))]
        if per_item:
            row.append(f"{statistics.median(v.wall) / per_item * 1e6:.2f}")
        for base in baselines:
            if v.name == base:
                row += ["1", "1"]
            else:
                row += [f"{result.ratio(v.name, base):.3f}", f"{result.ratio(v.name, base, cpu=True):.3f}"]
        rows.append(row)
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = [
        "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True)))
        for r in rows
    ]
    rounds = len(result.variants[0].wall)
    lines.append(f"({rounds} interleaved rounds x {result.calls} calls per variant; ratios: median of paired rounds)")
    return lines
