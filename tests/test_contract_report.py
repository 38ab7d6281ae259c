"""scripts/contract.py's table and the report plugin's attribution of tests to vendors and suites."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.contract_report import classify

ROOT = Path(__file__).resolve().parents[1]


def _contract_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("contract_script", ROOT / "scripts" / "contract.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("contract_script", module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("nodeid", "expected"),
    [
        ("tests/fuzz/test_wisedat_fuzz.py::test_wisedat_contract[GET /status]", ("wisedat", "mock fuzz")),
        ("tests/fuzz/test_wisedat_fuzz.py::test_wisedat_stateful", ("wisedat", "mock fuzz")),
        ("tests/prism/test_prism.py::test_gestix_prism[GET /helo]", ("gestix", "prism fuzz")),
        ("tests/prism/test_prism_clients.py::test_client_call[gks4-get_customer]", ("gks4", "prism client")),
        ("tests/live/test_live.py::test_egestor_live[GET /contatos]", ("egestor", "live")),
        (
            "tests/packaging/test_packaging.py::test_wheel_installs_alone_and_calls_the_mock[quickstart]",
            ("quickstart", "packaging"),
        ),
        ("tests/wisedat/test_crud.py::test_product_round_trip", ("wisedat", "client vs mock")),
        ("tests/adapters/test_token_auth.py::test_x", ("core", "unit")),
        ("tests/live/test_live_harness.py::test_read_only_by_default", ("core", "unit")),
    ],
)
def test_tests_are_attributed_to_vendor_and_suite(nodeid: str, expected: tuple[str, str]) -> None:
    assert classify(nodeid) == expected


def test_table_sums_failures_and_marks_skipped_suites() -> None:
    suite: dict[str, Any] = {"tests": 2, "passed": 1, "failed": 1, "skipped": 0, "seconds": 1.5, "skip_reasons": []}
    skipped = {**suite, "passed": 0, "failed": 0, "skipped": 2, "skip_reasons": ["no sandbox"]}
    entry = {
        "suites": {"client vs mock": suite, "live": skipped},
        "operations": 54,
        "mock_cases": 100,
        "stateful_steps": 10,
        "links_followed": ["a", "b"],
        "prism_cases": 90,
    }
    lines = _contract_script().table({"vendors": {"wisedat": entry}})
    row = next(line for line in lines if line.startswith("wisedat"))
    assert row.split()[:6] == ["wisedat", "54", "100", "10", "2/30", "90"]
    assert "1/2" in row and "skipped" in row
    assert lines[-1].split()[1:] == ["1", "3.0s"]
