"""Run schemathesis with our checks against one vendor's server, and tally what happened.

Stateless: every operation (GET only unless writes are allowed), positive then negative cases,
``max_examples`` each; a failing operation is recorded and the run goes on. Stateful (writes
only): schemathesis' state machine over the spec's own OpenAPI links, with the stateful checks.
No shrinking (a CI run reports the first failing case of an operation, it does not minimise it).
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import hypothesis
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Flaky, Unsatisfiable
from schemathesis import Case, GenerationMode
from schemathesis.core.result import Err

from erp_contract.checks import (
    CHECKS,
    STATEFUL_CHECKS,
    declared_links,
    diverged_replay,
    fully_linked,
    without_framing_headers,
)
from erp_contract.credentials import Schemes
from erp_contract.specs import spec_path
from erp_contract.valid_creates import ValidCreates


@dataclass
class Failure:
    """One failed operation (or the stateful phase): where, in which mode, and the first lines of why."""

    where: str
    mode: str
    message: str


@dataclass
class Tally:
    """What one vendor's run did."""

    operations: int = 0
    cases: int = 0
    stateful_steps: int = 0
    links_declared: int = 0
    links_followed: Counter[str] = field(default_factory=Counter)
    failures: list[Failure] = field(default_factory=list)
    passed: list[str] = field(default_factory=list)
    seconds: float = 0.0


def load(vendor: str, *, writes: bool, max_examples: int) -> schemathesis.BaseSchema:
    """The vendor's spec as a schemathesis schema (GET operations only unless ``writes``)."""
    config = schemathesis.Config.from_dict(
        {
            "generation": {"mode": "all", "max-examples": max_examples},
            "phases": {"stateful": {"inference": {"algorithms": []}}},
        }
    )
    schema = schemathesis.openapi.from_path(spec_path(vendor), config=config)
    return schema if writes else schema.include(method="GET")


def state_machine(schema: schemathesis.BaseSchema) -> Any:
    """Schemathesis' state machine for ``schema``, with every create that is a link source as a starting point.

    schemathesis 4.32 starts scenarios only from operations it deems "likely to succeed": a create
    with a field referencing a resource no operation produces (Wisedat's ``country`` or
    ``currency``) is dropped when others remain, so its links (customers, orders) are never
    followed. :mod:`erp_contract.valid_creates` makes such creates valid, so every POST with links
    starts scenarios here. The patch holds only while the machine is built.
    """
    from schemathesis.specs.openapi import stateful

    original = stateful.is_likely_root_transition

    def every_create(operation: Any, node: Any, produced_anywhere: set[str]) -> bool:
        return operation.method == "post" or original(operation, node, produced_anywhere)

    stateful.is_likely_root_transition = every_create
    try:
        return schema.as_state_machine()
    finally:
        stateful.is_likely_root_transition = original


def apply(case: Case[Any], schemes: Schemes, default_security: list[dict[str, list[str]]]) -> None:
    """Put on ``case`` the credentials of the first security requirement of its operation."""
    requirements = case.operation.definition.raw.get("security", default_security)
    for name in (requirements or [{}])[0]:
        location, key, value = schemes[name]()
        if location == "header":
            case.headers[key] = value
        else:
            case.query = {**(case.query or {}), key: value}


def _why(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    lines = [line for line in text.splitlines() if line.strip()]
    return "\n".join(lines[:12])


class Run:
    """One vendor's contract run against ``api_url``."""

    def __init__(
        self,
        schema: schemathesis.BaseSchema,
        api_url: str,
        schemes: Schemes,
        *,
        max_examples: int,
        delay: float,
        vendor: str = "",
    ) -> None:
        self.schema = schema
        self.valid_creates = ValidCreates(vendor, self.lookup)
        self.api_url = api_url.rstrip("/")
        self.schemes = schemes
        self.delay = delay
        self.session = requests.Session()
        self.tally = Tally()
        self._default_security = schema.raw_schema.get("security", [])
        self.settings = settings(
            max_examples=max_examples,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
            phases=[Phase.explicit, Phase.generate],
            report_multiple_bugs=False,
        )

    def prepare(self, case: Case[Any]) -> None:
        """Credentials on ``case`` (and valid data on a listed create), after the configured pause (rate limits)."""
        if self.delay:
            time.sleep(self.delay)
        apply(case, self.schemes, self._default_security)
        self.valid_creates.apply(case)
        without_framing_headers(case)

    def lookup(self, path: str, query: dict[str, Any]) -> Any:
        """The decoded JSON answer of ``GET path?query`` on the server under test (``None`` if not 200 JSON)."""
        case = self.schema[path]["GET"].Case(query=query)
        self.prepare(case)
        response = case.call(base_url=self.api_url, session=self.session)
        try:
            return response.json() if response.status_code == 200 else None
        except ValueError:
            return None

    def _send(self, case: Case[Any]) -> None:
        self.prepare(case)
        self.tally.cases += 1
        response = case.call(base_url=self.api_url, session=self.session)
        case.validate_response(response, checks=CHECKS)

    def stateless(self) -> None:
        """Every operation, positive and negative cases."""
        for result in self.schema.get_all_operations():
            if isinstance(result, Err):
                self.tally.failures.append(Failure("schema", "load", _why(result.err())))
                continue
            operation = result.ok()
            self.tally.operations += 1
            for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
                where = f"{operation.label} [{mode.value}]"
                test = self.settings(given(operation.as_strategy(generation_mode=mode))(self._send))
                try:
                    test()
                except Unsatisfiable:
                    continue  # e.g. no negative case exists for an operation without inputs
                except BaseException as exc:  # schemathesis' FailureGroup is a BaseExceptionGroup
                    if isinstance(exc, KeyboardInterrupt):
                        raise
                    self.tally.failures.append(Failure(operation.label, mode.value, _why(exc)))
                else:
                    self.tally.passed.append(where)

    def stateful(self, scenarios: int, steps: int = 8, max_suites: int = 12, extra_rounds: int = 3) -> None:
        """The spec's links: create -> read / update / delete chains, with the stateful checks.

        Runs ``scenarios`` scenarios; while some declared link has not been followed, up to
        ``extra_rounds`` more rounds of ``scenarios`` (new seeds each suite), so the phase ends
        with every link followed unless the server refuses a create. A suite stopped by Hypothesis
        because a replayed scenario took another path (the server kept state) is not a failure.
        """
        declared = declared_links(self.schema)
        self.tally.links_declared = len(declared)
        if not declared:
            return
        run = self
        machine = state_machine(self.schema)
        started = [0]

        class _Workflow(machine):  # type: ignore[valid-type,misc]
            def setup(self) -> None:
                started[0] += 1
                super().setup()

            def get_call_kwargs(self, case: Case[Any]) -> dict[str, Any]:
                run.prepare(case)
                return {"base_url": run.api_url, "session": run.session}

            def step(self, input: Any) -> Any:
                if input.transition is not None and fully_linked(input):
                    run.tally.links_followed[input.transition.id] += 1
                return super().step(input)

            def validate_response(
                self, response: Any, case: Case[Any], additional_checks: Any = None, **kwargs: Any
            ) -> None:
                run.tally.cases += 1
                run.tally.stateful_steps += 1
                case.validate_response(
                    response, checks=STATEFUL_CHECKS, transport_kwargs=kwargs or None, recorder=self.recorder
                )

        budget_total = scenarios
        seed = 0
        while seed < max_suites * (1 + extra_rounds):
            if started[0] >= budget_total:
                if declared <= set(self.tally.links_followed) or budget_total >= scenarios * (1 + extra_rounds):
                    break
                budget_total += scenarios  # another round: some link was not followed yet
            budget = settings(self.settings, max_examples=budget_total - started[0], stateful_step_count=steps)
            try:
                hypothesis.seed(seed)(_Workflow).run(settings=settings(budget, phases=[Phase.generate]))
            except (Flaky, AssertionError) as exc:
                if not diverged_replay(exc):
                    self.tally.failures.append(Failure("stateful phase (links)", "stateful", _why(exc)))
                    return
            except BaseException as exc:
                if isinstance(exc, KeyboardInterrupt):
                    raise
                self.tally.failures.append(Failure("stateful phase (links)", "stateful", _why(exc)))
                return
            seed += 1
        self.tally.passed.append("stateful phase (links)")
