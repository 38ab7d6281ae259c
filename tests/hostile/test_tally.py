"""The hostile suite's tally and its column in the contract table."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

from tests.contract_report import classify
from tests.hostile import tally

ROOT = Path(__file__).resolve().parents[2]


def test_tally_counts_scenarios_and_failures_per_vendor() -> None:
    counts = (tally.scenarios, tally.failures, tally.peak_bytes)
    saved_counts = [counter.copy() for counter in counts]
    saved_names = dict(tally.failed_names)
    try:
        for counter in counts:
            counter.clear()
        tally.failed_names.clear()
        tally.record("gks4", "op_html_200", passed=True)
        tally.record("gks4", "op_drip_body", passed=False)
        tally.record("wisedat", "op_html_200", passed=True)
        tally.note_peak("wisedat", 3 * 2**20)
        tally.note_peak("wisedat", 2**20)
        assert tally.report() == {"gks4": {"scenarios": 2, "failures": 1}, "wisedat": {"scenarios": 1, "failures": 0}}
        lines = tally.summary_lines()
        assert lines[1].split() == ["gks4", "2", "1", "-", "op_drip_body"]
        assert lines[2].split() == ["wisedat", "1", "0", "3.0"]
        assert lines[-1].split() == ["total", "3", "1"]
    finally:
        for counter, old in zip(counts, saved_counts, strict=True):
            counter.clear()
            counter.update(old)
        tally.failed_names.clear()
        tally.failed_names.update(saved_names)


def test_scenarios_are_attributed_to_the_hostile_suite() -> None:
    assert classify("tests/hostile/test_hostile.py::test_scenario[egestor-op_drip_body]") == ("egestor", "hostile")
    assert classify("tests/hostile/test_hostile.py::test_control[gks4-sync]") == ("core", "unit")


def test_contract_table_has_a_hostile_column() -> None:
    spec = importlib.util.spec_from_file_location("contract_script_hostile", ROOT / "scripts" / "contract.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("contract_script_hostile", module)
    spec.loader.exec_module(module)
    entry: dict[str, Any] = {
        "suites": {},
        "operations": 3,
        "mock_cases": 0,
        "stateful_steps": 0,
        "links_followed": [],
        "prism_cases": 0,
        "hostile_scenarios": 39,
        "hostile_failures": 2,
    }
    lines = module.table({"vendors": {"gks4": entry}})
    header = lines[0].split()
    row = next(line for line in lines if line.startswith("gks4"))
    assert "hostile" in header
    assert "39/2" in row.split()
