"""Session-wide pytest hooks: the fuzzing tally printed at the end of every run."""

from __future__ import annotations

import pytest

from tests.fuzz import harness


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Add each fuzz test's setup, call and teardown time to its vendor's tally."""
    harness.record_duration(report.nodeid, report.duration)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print cases run (of which stateful), failures and time per vendor when schemathesis ran."""
    if not harness.cases:
        return
    terminalreporter.section("schemathesis contract fuzzing")
    terminalreporter.write_line(
        f"{'vendor':<16}{'operations':>11}{'cases':>8}{'stateful':>10}{'failures':>10}{'time':>9}"
    )
    for vendor in sorted(harness.cases):
        operations = harness.operation_counts.get(vendor, 0)
        terminalreporter.write_line(
            f"{vendor:<16}{operations:>11}{harness.cases[vendor]:>8}{harness.stateful_steps[vendor]:>10}"
            f"{harness.failures[vendor]:>10}{harness.seconds[vendor]:>8.1f}s"
        )
