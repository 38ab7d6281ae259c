"""Fixtures of the hostile-server suite, and its per-vendor tally at the end of the run."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.hostile import tally
from tests.hostile.server import HostileServer


@pytest.fixture
def hostile() -> Iterator[HostileServer]:
    """The vendor's server: correct auth and operation answers, one of them replaced by the scenario."""
    with HostileServer() as server:
        yield server


@pytest.fixture
def other_origin() -> Iterator[HostileServer]:
    """A second server (another port, so another origin) that redirects point to; it records what reaches it."""
    with HostileServer() as server:
        yield server


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print scenarios and failures per vendor when the hostile suite ran."""
    lines = tally.summary_lines()
    if lines:
        terminalreporter.section("hostile-server scenarios")
        for line in lines:
            terminalreporter.write_line(line)
