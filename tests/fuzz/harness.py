"""Shared schemathesis setup: every vendor's fuzz module loads its spec and runs cases through here.

Each operation is fuzzed with positive and negative data, and every response must pass the five
checks below. Case counts and failures are tallied per vendor and printed at the end of the run
(see ``tests/conftest.py``).
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
from schemathesis.checks import CheckContext, CheckFunction, not_a_server_error
from schemathesis.core.result import Err, Ok
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    ensure_resource_availability,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
    use_after_free,
)
from starlette.applications import Starlette

from erp_mocks.engine import MockServer
from erp_mocks.engine.variance import enable

SPECS = Path(__file__).resolve().parents[2] / "specs"
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
]
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


_partly_linked: set[str] = set()
"""Ids of stateful cases whose link values were not all applied (the stateful phase explores other values)."""


def _when_link_applied(check: CheckFunction) -> CheckFunction:
    """``check``, skipped for cases whose link values were not all used.

    With some probability the stateful phase keeps a generated value instead of the linked one
    (to explore unknown ids). Schemathesis' ``ensure_resource_availability`` notices that for
    parameters but not for a body field: a PUT whose body ``id`` was left random would count as
    "created, then not found". This wrapper skips such cases; fully linked ones are checked.
    """

    def when_applied(ctx: CheckContext, response: Any, case: Case[Any]) -> bool | None:
        if case.id in _partly_linked:
            return None
        return check(ctx, response, case)

    when_applied.__name__ = check.__name__
    return when_applied


def _fully_linked(step: Any) -> bool:
    """Whether every value the step's link extracts (parameters and body fields) went into its request."""
    transition = step.transition
    expected = {name for values in transition.parameters.values() for name in values}
    body = transition.request_body
    if body is not None and isinstance(body.value, Ok) and isinstance(body.value.ok(), dict):
        expected |= set(body.value.ok())
    return expected <= {name for _, name in step.applied_parameters}


STATEFUL_CHECKS: list[CheckFunction] = [*CHECKS, use_after_free, _when_link_applied(ensure_resource_availability)]
"""The five checks plus the stateful ones: a deleted resource is gone, a created resource can be read."""
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
) -> None:
    """Run schemathesis' stateful phase (the spec's OpenAPI links) against ``base_url``.

    Scenarios start with an operation that is the source of a link (e.g. a create) and follow
    links from its response (read, update, delete the created record), with positive and
    negative data; every response passes ``checks``. A mock keeps its data between scenarios, so
    a replayed scenario can take a different path (a name now taken, a record now gone): Hypothesis
    then stops the suite as "flaky". As schemathesis' own runner does, that is not a failure; the
    next suite starts with another seed until ``scenarios`` ran (at most ``max_suites`` suites).
    A response that fails a check always fails the test.
    """
    session = _sessions.setdefault(vendor, requests.Session())
    machine = schema.as_state_machine()

    class _Workflow(machine):  # type: ignore[valid-type,misc]
        def setup(self) -> None:
            scenarios_run[0] += 1
            super().setup()

        def get_call_kwargs(self, case: Case[Any]) -> dict[str, Any]:
            return {"base_url": base_url, "session": session}

        def step(self, input: Any) -> Any:
            if input.transition is not None:
                if _fully_linked(input):
                    links_followed[vendor][input.transition.id] += 1
                else:
                    _partly_linked.add(input.case.id)
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

    scenarios_run = [0]
    for seed in range(max_suites):
        if scenarios_run[0] >= scenarios:
            break
        budget = settings(SETTINGS, max_examples=scenarios - scenarios_run[0], stateful_step_count=STATEFUL_STEPS)
        before = failures[vendor]
        try:
            suite_seed = seed if SEED is None else SEED + seed
            hypothesis.seed(suite_seed)(_Workflow).run(settings=settings(budget, phases=[Phase.generate]))
        except (Flaky, AssertionError) as exc:
            if failures[vendor] != before or not _diverged_replay(exc):
                raise


def _diverged_replay(exc: BaseException) -> bool:
    """Hypothesis gave up because a replayed scenario took another path (``Flaky``, or its datatree assert)."""
    if isinstance(exc, Flaky):
        return True
    frame = exc.__traceback__
    while frame is not None and frame.tb_next is not None:
        frame = frame.tb_next
    return frame is not None and frame.tb_frame.f_globals.get("__name__") == "hypothesis.internal.conjecture.datatree"


def declared_links(schema: schemathesis.BaseSchema) -> set[str]:
    """Every OpenAPI link in ``schema``, named as the stateful phase names a followed link."""
    paths = schema.raw_schema["paths"]
    labels = {
        op["operationId"]: f"{method.upper()} {path}"
        for path, item in paths.items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }
    return {
        f"{labels[op['operationId']]} -> [{status}] {name} -> {labels[link['operationId']]}"
        for item in paths.values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
        for status, response in op.get("responses", {}).items()
        for name, link in response.get("links", {}).items()
    }
