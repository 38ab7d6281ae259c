"""Session-wide pytest hooks: the fuzzing tally printed at the end of every run."""

from __future__ import annotations

import pytest

from tests.fuzz import harness


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print cases run and failures per vendor when schemathesis ran."""
    if not harness.cases:
        return
    terminalreporter.section("schemathesis contract fuzzing")
    terminalreporter.write_line(f"{'vendor':<12}{'operations':>11}{'cases':>8}{'failures':>10}")
    for vendor in sorted(harness.cases):
        operations = harness.operation_counts.get(vendor, 0)
        terminalreporter.write_line(
            f"{vendor:<12}{operations:>11}{harness.cases[vendor]:>8}{harness.failures[vendor]:>10}"
        )
