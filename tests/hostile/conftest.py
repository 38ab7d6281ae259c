"""Fixtures of the hostile-server suite, and its per-vendor tally at the end of the run."""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Iterator

import pytest

from tests.hostile import tally
from tests.hostile.server import HostileServer
from tests.hostile.vendors import warm_imports


@pytest.fixture(scope="session", autouse=True)
def _imports_before_forking() -> None:
    """Load every adapter and the async stack once, so forked workers neither import nor count imports."""
    warm_imports()


@pytest.fixture(autouse=True)
def _nothing_left_running() -> Iterator[None]:
    """After each test (and its servers' teardown): no worker process and no server thread is left."""
    yield
    assert not multiprocessing.active_children(), "a scenario worker process outlived its test"
    assert not [t for t in threading.enumerate() if t.name == "hostile-server"], "a hostile server thread is left"


@pytest.fixture
def hostile() -> Iterator[HostileServer]:
    """The vendor's server: correct auth and operation answers, one of them replaced by the scenario."""
    with HostileServer() as server:
        yield server


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print scenarios and failures per vendor when the hostile suite ran."""
    lines = tally.summary_lines()
    if lines:
        terminalreporter.section("hostile-server scenarios")
        for line in lines:
            terminalreporter.write_line(line)
