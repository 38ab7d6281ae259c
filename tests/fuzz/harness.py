"""Shared schemathesis setup: every vendor's fuzz module loads its spec and runs cases through here.

Each operation is fuzzed with positive and negative data, and every response must pass the five
checks of :data:`erp_contract.checks.CHECKS` (what ``erp-contract`` checks on any server). Case
counts and failures are tallied per vendor and printed at the end of the run (see ``tests/conftest.py``).
"""

from __future__ import annotations

import atexit
import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import httpx
import hypothesis
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from hypothesis.errors import Flaky
from schemathesis import Case
from schemathesis.checks import CheckFunction
from schemathesis.core.result import Err
from starlette.applications import Starlette

from erp_contract.checks import (
    CHECKS,
    STATEFUL_CHECKS,
    declared_links,
    diverged_replay,
    fully_linked,
    without_framing_headers,
)
from erp_contract.runner import state_machine
from erp_mocks.engine import MockServer
from erp_mocks.engine.variance import enable

__all__ = ["CHECKS", "STATEFUL_CHECKS", "declared_links", "load", "operations", "run", "run_stateful", "server_url"]

SPECS = Path(__file__).resolve().parents[2] / "specs"
MAX_EXAMPLES = int(os.environ.get("FUZZ_MAX_EXAMPLES", "25"))
"""Examples per operation and generation mode; the CI budget (raise it locally for deeper runs)."""
VARIANCE = os.environ.get("FUZZ_MOCK_VARIANCE") == "1"
"""Fuzz the mocks in variance mode (``nox -s fuzz-deep -- --variance``): every varied answer must still
pass the checks, which is what keeps variance within the spec."""
SEED: int | None = int(os.environ["FUZZ_SEED"]) if os.environ.get("FUZZ_SEED") else None
"""``nox -s fuzz-deep``'s random seed (it prints it; pass it back to replay). Unset in CI: the cases
are derandomized, the same on every run, so CI never turns red on a case it did not generate before."""

operation_counts: dict[str, int] = {}
cases: Counter[str] = Counter()
failures: Counter[str] = Counter()
_sessions: dict[str, requests.Session] = {}
seconds: defaultdict[str, float] = defaultdict(float)
"""Wall time per tally key, summed from pytest's reports of the fuzz modules (see :func:`record_duration`)."""
stateful_steps: Counter[str] = Counter()
"""Requests sent by the stateful phase per vendor (also counted in :data:`cases`)."""
links_followed: defaultdict[str, Counter[str]] = defaultdict(Counter)
"""Per vendor, how often each OpenAPI link (``source -> [status] name -> target``) was followed."""

SETTINGS = settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=SEED is None,
    database=None,
    suppress_health_check=list(HealthCheck),
)


def load(vendor: str, *, key: str | None = None) -> schemathesis.BaseSchema:
    """The vendor's spec as a schemathesis schema (positive and negative generation).

    ``key`` names the tally the cases count under (default: the vendor), e.g. ``"wisedat@prism"``.
    The stateful phase follows only the spec's own OpenAPI links (schemathesis' link inference is
    off), so a passing stateful run says something about the links the spec declares.
    """
    config = schemathesis.Config.from_dict(
        {
            "generation": {"mode": "all", "max-examples": MAX_EXAMPLES},
            "phases": {"stateful": {"inference": {"algorithms": []}}},
        }
    )
    schema = schemathesis.openapi.from_path(SPECS / f"{vendor}.yaml", config=config)
    operation_counts[key or vendor] = len(operations(schema))
    return schema


def run(vendor: str, case: Case[Any], base_url: str, *, checks: Sequence[CheckFunction] = CHECKS) -> None:
    """Send ``case`` to the server at ``base_url`` and validate the response with ``checks``."""
    session = _sessions.setdefault(vendor, requests.Session())
    cases[vendor] += 1
    without_framing_headers(case)
    try:
        response = case.call(base_url=base_url, session=session)
        case.validate_response(response, checks=list(checks))
    except BaseException:  # schemathesis' FailureGroup is a BaseExceptionGroup, not an Exception
        failures[vendor] += 1
        raise


def operations(schema: schemathesis.BaseSchema) -> list[str]:
    """Labels of every operation in ``schema`` (to prove none is skipped)."""
    labels = []
    for result in schema.get_all_operations():
        if isinstance(result, Err):
            raise result.err()  # an operation schemathesis cannot load is a failure, not a skip
        labels.append(result.ok().label)
    return labels


_servers: dict[str, MockServer] = {}


def server_url(vendor: str, factory: Callable[[], Starlette]) -> str:
    """URL of the vendor's fuzz mock, started on first use and stopped when the process exits.

    Schemathesis builds some cases (and calls auth providers) while pytest collects tests, before
    any fixture runs, so the server cannot be a fixture.
    """
    if vendor not in _servers:
        app = factory()
        server = MockServer(enable(app, seed=SEED or 0) if VARIANCE else app).start()
        atexit.register(server.stop)
        _servers[vendor] = server
    return _servers[vendor].url


def plain_client(base_url: str) -> httpx.Client:
    """An httpx client for auth providers that need to talk to the mock."""
    return httpx.Client(base_url=base_url, timeout=10)


_TALLY_TEST = re.compile(r"test_(?P<vendor>[a-z0-9]+)_(?P<kind>fuzz|prism|live)\b")
"""Fuzz modules are ``tests/fuzz/test_<vendor>_fuzz.py``; Prism and live tests ``test_<vendor>_prism|live[...]``."""


def record_duration(nodeid: str, duration: float) -> None:
    """Add a test's duration to its tally: ``vendor`` for the mock, ``vendor@prism``, ``vendor@live``."""
    match = _TALLY_TEST.search(nodeid.split("[", 1)[0])  # the test's name, not its parameters
    if match:
        suffix = "" if match["kind"] == "fuzz" else f"@{match['kind']}"
        seconds[match["vendor"] + suffix] += duration


STATEFUL_SCENARIOS = int(os.environ.get("FUZZ_STATEFUL_SCENARIOS", "80"))
"""Scenarios (create -> read/update/delete chains) per vendor; the CI budget."""
STATEFUL_STEPS = 8
"""Requests per scenario at most."""


def run_stateful(
    vendor: str,
    schema: schemathesis.BaseSchema,
    base_url: str,
    *,
    checks: Sequence[CheckFunction] = STATEFUL_CHECKS,
    scenarios: int = STATEFUL_SCENARIOS,
    max_suites: int = 12,
    extra_rounds: int = 3,
) -> None:
    """Run schemathesis' stateful phase (the spec's OpenAPI links) against ``base_url``.

    Scenarios start with an operation that is the source of a link (e.g. a create; every such
    create, see :func:`erp_contract.runner.state_machine`) and follow links from its response
    (read, update, delete the created record), with positive and negative data; every response
    passes ``checks``. A mock keeps its data between scenarios, so a replayed scenario can take a
    different path (a name now taken, a record now gone): Hypothesis then stops the suite as
    "flaky". As schemathesis' own runner does, that is not a failure; the next suite starts with
    another seed until ``scenarios`` ran. While a declared link has not been followed, up to
    ``extra_rounds`` more rounds of ``scenarios`` run. A response that fails a check always fails the test.
    """
    session = _sessions.setdefault(vendor, requests.Session())
    machine = state_machine(schema)

    class _Workflow(machine):  # type: ignore[valid-type,misc]
        def setup(self) -> None:
            scenarios_run[0] += 1
            super().setup()

        def get_call_kwargs(self, case: Case[Any]) -> dict[str, Any]:
            without_framing_headers(case)
            return {"base_url": base_url, "session": session}

        def step(self, input: Any) -> Any:
            if input.transition is not None and fully_linked(input):
                links_followed[vendor][input.transition.id] += 1
            return super().step(input)

        def validate_response(
            self, response: Any, case: Case[Any], additional_checks: Any = None, **kwargs: Any
        ) -> None:
            cases[vendor] += 1
            stateful_steps[vendor] += 1
            try:
                case.validate_response(
                    response, checks=list(checks), transport_kwargs=kwargs or None, recorder=self.recorder
                )
            except BaseException:  # schemathesis' FailureGroup is a BaseExceptionGroup
                failures[vendor] += 1
                raise

    declared = declared_links(schema)
    scenarios_run = [0]
    budget_total = scenarios
    for seed in range(max_suites * (1 + extra_rounds)):
        if scenarios_run[0] >= budget_total:
            if declared <= set(links_followed[vendor]) or budget_total >= scenarios * (1 + extra_rounds):
                break
            budget_total += scenarios  # another round: some declared link was not followed yet
        budget = settings(SETTINGS, max_examples=budget_total - scenarios_run[0], stateful_step_count=STATEFUL_STEPS)
        before = failures[vendor]
        try:
            suite_seed = seed if SEED is None else SEED + seed
            hypothesis.seed(suite_seed)(_Workflow).run(settings=settings(budget, phases=[Phase.generate]))
        except (Flaky, AssertionError) as exc:
            if failures[vendor] != before or not diverged_replay(exc):
                raise
