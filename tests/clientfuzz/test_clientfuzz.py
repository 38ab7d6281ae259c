"""Client-side response fuzzing of every vendor (see ``tests/clientfuzz/harness.py`` for the rules).

The budget is fixed (``CLIENTFUZZ_CASES`` bodies per vendor at least, 400 by default) and so is the
seed (derived from the test, so CI runs the same cases every time). For a deeper run raise the
budget and set ``CLIENTFUZZ_SEED`` (an integer, e.g. a random one that the caller prints).
"""

from __future__ import annotations

import math
import os
import time
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from tests.clientfuzz import harness

CASES = int(os.environ.get("CLIENTFUZZ_CASES", "400"))
"""Bodies per vendor at least: half generated from the schema, half mutated from those."""
SEED = int(os.environ["CLIENTFUZZ_SEED"]) if os.environ.get("CLIENTFUZZ_SEED") else None
"""Hypothesis seed for a deep run; None: the fixed seed of CI."""


@pytest.mark.fuzz
@pytest.mark.parametrize("vendor", harness.VENDORS)
def test_client_parses_every_declared_response(vendor: str) -> None:
    responses = harness.declared_responses(vendor)
    assert responses, f"{vendor}: no JSON response declared"
    per_response = max(1, math.ceil(CASES / (2 * len(responses))))
    problems: list[str] = []
    start = time.perf_counter()
    for response in responses:
        harness.operations[vendor] += 0  # make the vendor appear even when it has no case yet
        _fuzz(response, per_response, problems)
        harness.responses[vendor] += 1
    harness.operations[vendor] = len({r.operation_id for r in responses})
    harness.seconds[vendor] += time.perf_counter() - start
    assert harness.cases[vendor] >= min(CASES, 200), "the budget ran out of distinct bodies"
    assert not problems, f"{len(problems)} of {harness.cases[vendor]} cases failed:\n" + "\n".join(problems[:25])


def _fuzz(response: harness.Response, examples: int, problems: list[str]) -> None:
    @settings(
        max_examples=examples,
        derandomize=SEED is None,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(body=harness.body_strategy(response.vendor, response.schema_key), data=st.data())
    def run(body: Any, data: st.DataObject) -> None:
        for case in (body, harness.mutate(body, *data.draw(harness.mutation_strategy(body)))):
            problem = harness.judge(response, case)
            if problem:
                problems.append(problem)

    (seed(SEED)(run) if SEED is not None else run)()


@pytest.mark.fuzz
@pytest.mark.parametrize("vendor", harness.VENDORS)
def test_optional_response_properties_accept_null(vendor: str) -> None:
    """Tolerant-reader policy (a): a response property that may be absent may also be null (specs/README.md)."""
    violations: set[str] = set()
    for response in harness.declared_responses(vendor):
        if 200 <= response.status < 300:
            _collect_violations(response, violations)
    assert not violations, f"{len(violations)} optional properties reject null:\n" + "\n".join(sorted(violations)[:40])


def _collect_violations(response: harness.Response, violations: set[str]) -> None:
    @settings(
        max_examples=10,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(body=harness.body_strategy(response.vendor, response.schema_key))
    def run(body: Any) -> None:
        violations.update(harness.null_policy_violations(response, body))

    run()
