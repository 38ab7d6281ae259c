"""Scenarios run and failed per vendor, for the end-of-run summary and the contract table.

Like the fuzz harness's tallies (``tests/fuzz/harness.py``): module-level counters that the
scenario test updates and that ``tests/hostile/conftest.py`` prints at the end of the run.
:func:`report` gives the figures ``tests/contract_report.py`` can add to its JSON.
"""

from __future__ import annotations

from collections import Counter, defaultdict

scenarios: Counter[str] = Counter()
"""Scenarios run per vendor."""
failures: Counter[str] = Counter()
"""Scenarios failed per vendor."""
failed_names: defaultdict[str, list[str]] = defaultdict(list)
"""Names of the failed scenarios per vendor."""
peak_bytes: Counter[str] = Counter()
"""Largest tracemalloc peak of any memory-bounded scenario per vendor (a 64 MiB answer cut at the body cap)."""


def record(vendor: str, scenario: str, passed: bool) -> None:
    """Count one scenario run for ``vendor``."""
    scenarios[vendor] += 1
    if not passed:
        failures[vendor] += 1
        failed_names[vendor].append(scenario)


def note_peak(vendor: str, peak: int | None) -> None:
    """Keep the largest memory peak seen for ``vendor``."""
    if peak is not None and peak > peak_bytes[vendor]:
        peak_bytes[vendor] = peak


def report() -> dict[str, dict[str, int]]:
    """``{vendor: {"scenarios": n, "failures": m}}`` for every vendor that ran a scenario."""
    return {vendor: {"scenarios": scenarios[vendor], "failures": failures[vendor]} for vendor in sorted(scenarios)}


def summary_lines() -> list[str]:
    """The per-vendor table printed at the end of a run (empty when no scenario ran)."""
    if not scenarios:
        return []
    lines = [f"{'vendor':<12}{'scenarios':>10}{'failures':>10}{'peak MiB':>10}  failed"]
    for vendor in sorted(scenarios):
        names = ", ".join(failed_names[vendor])
        peak = f"{peak_bytes[vendor] / 2**20:.1f}" if peak_bytes[vendor] else "-"
        lines.append(f"{vendor:<12}{scenarios[vendor]:>10}{failures[vendor]:>10}{peak:>10}  {names}")
    total_failures = sum(failures.values())
    lines.append(f"{'total':<12}{sum(scenarios.values()):>10}{total_failures:>10}")
    return lines
