"""Print the client-fuzz tally (cases and failures per vendor) at the end of a run that fuzzed."""

from __future__ import annotations

import pytest

from tests.clientfuzz import harness


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """One line per vendor: operations and responses fuzzed, cases, failures, time."""
    if not harness.cases:
        return
    terminalreporter.section("client-side response fuzzing")
    terminalreporter.write_line(
        f"{'vendor':<12}{'operations':>11}{'responses':>10}{'cases':>8}{'failures':>10}{'time':>9}"
    )
    for vendor in sorted(harness.cases):
        terminalreporter.write_line(
            f"{vendor:<12}{harness.operations[vendor]:>11}{harness.responses[vendor]:>10}{harness.cases[vendor]:>8}"
            f"{harness.failures[vendor]:>10}{harness.seconds[vendor]:>8.1f}s"
        )
