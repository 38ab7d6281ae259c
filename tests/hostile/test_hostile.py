"""Every vendor adapter against a loopback server that misbehaves, one scenario at a time.

Each case connects one vendor's adapter to a :class:`~tests.hostile.server.HostileServer` that
answers its login and its operation correctly except for the one step the scenario makes hostile
(see ``tests/hostile/scenarios.py``), runs the operation in a bounded worker process and checks:

* it ended within the scenario's deadline plus a generous slack (else it was killed: a hang);
* it returned the record (only where a tolerant read is an expected outcome) or raised an
  ``ERPError`` that is the vendor's own error and of the expected kind — never a bare exception;
* no secret in ``str``/``repr`` of the error, the full traceback with its chain, or any log line;
* bounded memory (tracemalloc peak) where the server sends 64 MiB;
* no credential reached another origin after a redirect, no rotated refresh token was lost.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from tests.hostile import runner, tally
from tests.hostile.behaviours import in_turn
from tests.hostile.scenarios import MEMORY_BOUND, Scenario, for_vendor
from tests.hostile.server import HostileServer, Request, answer, json_answer
from tests.hostile.vendors import CONTRACT_OPTIONS, SECRET_MARKER, VENDORS, Vendor

CASES = [(vendor, scenario) for vendor in VENDORS for scenario in for_vendor(vendor)]

SLOW_BATCH = 6
"""Drip and slowloris scenarios run this many at a time (they mostly wait), before their tests judge them."""


@dataclass
class Stage:
    """The two servers of one scenario: the vendor's (one step hostile) and another origin to redirect to."""

    vendor: Vendor
    scenario: Scenario
    hostile: HostileServer
    other_origin: HostileServer

    @classmethod
    def up(cls, vendor_name: str, scenario: Scenario) -> Stage:
        vendor = VENDORS[vendor_name]()
        hostile, other_origin = HostileServer().start(), HostileServer().start()
        vendor.install(hostile)
        other_origin.fallback = json_answer(200, vendor.op_document())
        if scenario.op_refused_once:
            refused = answer(401, b'{"message": "token expired"}', headers=[("WWW-Authenticate", "Bearer")])
            hostile.route(*vendor.op_route, in_turn(refused, json_answer(200, vendor.op_document())))
        hostile.route(*_route(vendor, scenario), scenario.build(vendor, other_origin.url))
        return cls(vendor, scenario, hostile, other_origin)

    def down(self) -> None:
        self.hostile.stop()
        self.other_origin.stop()


@dataclass
class Finished:
    """A scenario's outcome and what each server received."""

    outcome: runner.Outcome
    hostile_steps: int
    """Requests that reached the scenario's hostile route."""
    other_origin: list[Request]


def _route(vendor: Vendor, scenario: Scenario) -> tuple[str, str]:
    if scenario.target == "op":
        return vendor.op_route
    if scenario.target == "auth":
        return vendor.auth_route
    route: tuple[str, str] = getattr(vendor, "status_route")  # noqa: B009 - only Wisedat has one
    return route


def _finished(stage: Stage, outcome: runner.Outcome) -> Finished:
    route = _route(stage.vendor, stage.scenario)
    steps = sum(1 for r in stage.hostile.received() if (r.method, r.path) == route)
    return Finished(outcome, steps, stage.other_origin.received())


def judge(finished: Finished, scenario: Scenario) -> list[str]:
    """Everything wrong with a finished scenario (empty: it passed)."""
    outcome = finished.outcome
    if not outcome.ended:
        return [f"did not end within {scenario.bound:.1f}s (deadline {scenario.deadline}s): hung, worker killed"]
    problems: list[str] = []
    if outcome.result == "worker-died":
        problems.append("the worker process died without an answer")
    elif outcome.result == "bare-error":
        problems.append(f"raised a bare {outcome.describe()}")
    elif outcome.result == "wrong-result":
        problems.append(f"returned a wrong result: {outcome.describe()}")
    elif outcome.result == "ok" and "ok" not in scenario.expect:
        problems.append(f"returned normally; expected one of {scenario.expect}")
    elif outcome.result == "erp-error":
        if not outcome.vendor_root:
            problems.append(f"error is not the vendor's own error class: {outcome.error_type}")
        if not set(outcome.kinds) & set(scenario.expect):
            problems.append(f"expected one of {scenario.expect}, got {outcome.describe()}")
    needed = 2 if scenario.op_refused_once else 1  # a renewal's login answer is the second one
    if finished.hostile_steps < needed:
        problems.append("the hostile step was never requested (the flow failed before reaching it)")
    if outcome.seconds > scenario.bound:
        problems.append(f"took {outcome.seconds:.1f}s, more than {scenario.bound:.1f}s")
    if outcome.leaks:
        problems.append(f"secret leaked in: {', '.join(outcome.leaks)}")
    if scenario.memory and (outcome.peak_bytes is None or outcome.peak_bytes > MEMORY_BOUND):
        peak = "unknown" if outcome.peak_bytes is None else f"{outcome.peak_bytes / 2**20:.1f} MiB"
        problems.append(f"memory peak {peak} above {MEMORY_BOUND / 2**20:.0f} MiB")
    if scenario.other_origin_clean:
        leaked = [r for r in finished.other_origin if SECRET_MARKER in r.text()]
        if leaked:
            problems.append(f"a credential reached the other origin: {leaked[0].method} {leaked[0].path}")
    problems.extend(outcome.problems)
    return problems


def _run_one(vendor_name: str, scenario: Scenario, state_dir: Path) -> Finished:
    stage = Stage.up(vendor_name, scenario)
    try:
        return _finished(stage, runner.run(stage.vendor, scenario, stage.hostile, state_dir))
    finally:
        stage.down()


@pytest.fixture(scope="session")
def slow_results(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Finished]:
    """The selected drip/slowloris scenarios, run :data:`SLOW_BATCH` at a time (by test node id)."""
    selected: list[tuple[str, str, Scenario]] = []
    for item in request.session.items:
        if isinstance(item, pytest.Function) and item.originalname == "test_scenario":
            vendor_name, scenario = item.callspec.params["vendor_name"], item.callspec.params["scenario"]
            if isinstance(scenario, Scenario) and isinstance(vendor_name, str) and scenario.slow:
                selected.append((item.nodeid, vendor_name, scenario))
    results: dict[str, Finished] = {}
    for first in range(0, len(selected), SLOW_BATCH):
        batch = selected[first : first + SLOW_BATCH]
        stages: list[tuple[str, Stage, runner.Launched]] = []
        try:
            for nodeid, vendor_name, scenario in batch:
                stage = Stage.up(vendor_name, scenario)
                state_dir = tmp_path_factory.mktemp("slow")
                stages.append((nodeid, stage, runner.start(stage.vendor, scenario, stage.hostile, state_dir)))
            for nodeid, stage, launched in stages:
                results[nodeid] = _finished(stage, runner.finish(launched))
        finally:
            for _, stage, _ in stages:
                stage.down()
    return results


@pytest.mark.parametrize(("vendor_name", "scenario"), CASES, ids=[f"{v}-{s.name}" for v, s in CASES])
def test_scenario(vendor_name: str, scenario: Scenario, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    problems = ["not run"]
    try:
        if scenario.slow:
            finished = request.getfixturevalue("slow_results")[request.node.nodeid]
        else:
            finished = _run_one(vendor_name, scenario, tmp_path)
        problems = judge(finished, scenario)
        tally.note_peak(vendor_name, finished.outcome.peak_bytes)
    finally:
        tally.record(vendor_name, scenario.name, passed=not problems)
    assert not problems, f"{scenario.name} ({scenario.what}): " + "; ".join(problems)


@pytest.mark.parametrize("vendor_name", list(VENDORS))
def test_connect_accepts_contract_options(vendor_name: str, hostile: HostileServer, tmp_path: Path) -> None:
    """Every ``connect()`` takes the options the scenarios rely on (deadline, body cap, ...); nothing is sent."""
    vendor = VENDORS[vendor_name]()
    vendor.strict_options = True
    client = vendor.connect(hostile, CONTRACT_OPTIONS, tmp_path)
    assert client is not None
    assert hostile.received() == []


def test_scenario_catalogue_is_large_enough() -> None:
    """At least 15 scenarios for every vendor (issue 9), each with a unique name."""
    for vendor in VENDORS:
        names = [scenario.name for scenario in for_vendor(vendor)]
        assert len(names) == len(set(names))
        assert len(names) >= 15, vendor


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("vendor_name", list(VENDORS))
def test_control(vendor_name: str, asynchronous: bool, hostile: HostileServer, tmp_path: Path) -> None:
    """With every answer correct the operation returns its record: the scenarios' failures are the server's doing."""
    vendor = VENDORS[vendor_name]()
    vendor.install(hostile)
    control = Scenario("control", "op", lambda v, o: json_answer(200, v.op_document()), ("ok",), "all correct")
    control = replace(control, asynchronous=asynchronous)
    hostile.route(*vendor.op_route, control.build(vendor, ""))
    outcome = runner.run(vendor, control, hostile, tmp_path)
    assert outcome.result == "ok", outcome.describe()
    assert not outcome.leaks
