"""pytest plugin writing the contract suite's per-vendor figures to JSON (for ``scripts/contract.py``).

Loaded with ``-p tests.contract_report --contract-report=PATH``. Every test is attributed to a
vendor and a suite by its node id; schemathesis cases, stateful steps and followed links come from
the fuzz harness's tallies. Without ``--contract-report`` the plugin does nothing.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.clientfuzz import harness as clientfuzz
from tests.fuzz import harness
from tests.hostile import tally as hostile
from tests.prism import prism

SPECS = Path(__file__).resolve().parents[1] / "specs"
VENDORS = sorted(path.stem for path in SPECS.glob("*.yaml"))

SUITES = {
    "mock fuzz": re.compile(r"tests/fuzz/test_(?P<vendor>[a-z0-9]+)_fuzz\.py"),
    "prism fuzz": re.compile(r"tests/prism/test_prism\.py::test_(?P<vendor>[a-z0-9]+)_prism"),
    "prism client": re.compile(r"tests/prism/test_prism_clients\.py::\w+\[(?P<vendor>[a-z0-9]+)-"),
    "live": re.compile(r"tests/live/test_live\.py::test_(?P<vendor>[a-z0-9]+)_live"),
    "packaging": re.compile(r"tests/packaging/.*\[(?:[a-z]+-)?(?P<vendor>[a-z0-9]+)\]"),
    "client fuzz": re.compile(r"tests/clientfuzz/test_clientfuzz\.py::\w+\[(?P<vendor>[a-z0-9]+)\]"),
    "hostile": re.compile(r"tests/hostile/test_hostile\.py::test_scenario\[(?P<vendor>[a-z0-9]+)-"),
    "client vs mock": re.compile(r"tests/(?P<vendor>[a-z0-9]+)/"),
}
"""Suite name -> node-id pattern naming the vendor; the first match wins, anything else is ``core``."""


@dataclass
class Tally:
    """Outcome counts and time of one vendor's tests in one suite."""

    tests: int = 0
    passed: int = 0
    failed: int = 0
    skipped: int = 0
    seconds: float = 0.0
    skip_reasons: list[str] = field(default_factory=list)


_tallies: dict[tuple[str, str], Tally] = {}


def classify(nodeid: str) -> tuple[str, str]:
    """``(vendor, suite)`` of a test; ``("core", "unit")`` for tests of no single vendor."""
    for suite, pattern in SUITES.items():
        match = pattern.match(nodeid)
        if match and match["vendor"] in VENDORS:
            return match["vendor"], suite
    return "core", "unit"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--contract-report", default=None, help="write the per-vendor contract figures to this JSON file")


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    tally = _tallies.setdefault(classify(report.nodeid), Tally())
    tally.seconds += report.duration
    if report.when == "call" or (report.when == "setup" and not report.passed):
        tally.tests += 1
        if report.passed:
            tally.passed += 1
        elif report.skipped:
            tally.skipped += 1
            reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
            reason = reason.removeprefix("Skipped: ")
            if reason not in tally.skip_reasons:
                tally.skip_reasons.append(reason)
        else:
            tally.failed += 1
    elif report.when == "teardown" and report.failed:
        tally.failed += 1


def report_data() -> dict[str, Any]:
    """Everything ``scripts/contract.py`` prints: per vendor, its suites and the harness figures."""
    vendors: dict[str, Any] = {}
    for (vendor, suite), tally in sorted(_tallies.items()):
        entry = vendors.setdefault(vendor, {"suites": {}})
        entry["suites"][suite] = asdict(tally)
    for vendor in VENDORS:
        entry = vendors.setdefault(vendor, {"suites": {}})
        prism_key = f"{vendor}@prism"
        entry.update(
            operations=harness.operation_counts.get(vendor) or harness.operation_counts.get(prism_key, 0),
            mock_cases=harness.cases[vendor],
            mock_case_failures=harness.failures[vendor],
            stateful_steps=harness.stateful_steps[vendor],
            links_followed=sorted(harness.links_followed[vendor]),
            prism_cases=harness.cases[prism_key],
            prism_case_failures=harness.failures[prism_key],
            prism_unsent=prism.unsent[vendor],
            client_fuzz_cases=clientfuzz.cases[vendor],
            client_fuzz_failures=clientfuzz.failures[vendor],
            hostile_scenarios=hostile.scenarios[vendor],
            hostile_failures=hostile.failures[vendor],
        )
    return {"vendors": vendors, "prism_excluded_checks": prism.EXCLUDED_CHECKS}


def pytest_sessionfinish(session: pytest.Session) -> None:
    path = session.config.getoption("--contract-report")
    if path:
        Path(path).write_text(json.dumps(report_data(), indent=2, sort_keys=True))
