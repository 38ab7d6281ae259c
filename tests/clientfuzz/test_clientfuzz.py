"""Client-side response fuzzing of every vendor (see ``tests/clientfuzz/harness.py`` for the rules).

The budget is fixed (``CLIENTFUZZ_CASES`` bodies per vendor at least, 400 by default; the seed is
derived from the test, so CI runs the same cases every time); raise it locally for a deeper run.
"""

from __future__ import annotations

import math
import os
import time
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.clientfuzz import harness

CASES = int(os.environ.get("CLIENTFUZZ_CASES", "400"))
"""Bodies per vendor at least: half generated from the schema, half mutated from those."""


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
        derandomize=True,
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

    run()
