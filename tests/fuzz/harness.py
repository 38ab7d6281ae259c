"""Shared schemathesis setup: every vendor's fuzz module loads its spec and runs cases through here.

Each operation is fuzzed with positive and negative data, and every response must pass the five
checks below. Case counts and failures are tallied per vendor and printed at the end of the run
(see ``tests/conftest.py``).
"""

from __future__ import annotations

import atexit
import os
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import requests
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import Case
from schemathesis.checks import not_a_server_error
from schemathesis.core.result import Err
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)
from starlette.applications import Starlette

from erp_mocks.engine import MockServer

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

operation_counts: dict[str, int] = {}
cases: Counter[str] = Counter()
failures: Counter[str] = Counter()
_sessions: dict[str, requests.Session] = {}

SETTINGS = settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)


def load(vendor: str) -> schemathesis.BaseSchema:
    """The vendor's spec as a schemathesis schema (positive and negative generation)."""
    config = schemathesis.Config.from_dict({"generation": {"mode": "all", "max-examples": MAX_EXAMPLES}})
    schema = schemathesis.openapi.from_path(SPECS / f"{vendor}.yaml", config=config)
    operation_counts[vendor] = len(operations(schema))
    return schema


def run(vendor: str, case: Case[Any], base_url: str) -> None:
    """Send ``case`` to the mock at ``base_url`` and validate the response with :data:`CHECKS`."""
    session = _sessions.setdefault(vendor, requests.Session())
    cases[vendor] += 1
    try:
        response = case.call(base_url=base_url, session=session)
        case.validate_response(response, checks=CHECKS)
    except Exception:
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
        server = MockServer(factory()).start()
        atexit.register(server.stop)
        _servers[vendor] = server
    return _servers[vendor].url


def plain_client(base_url: str) -> httpx.Client:
    """An httpx client for auth providers that need to talk to the mock."""
    return httpx.Client(base_url=base_url, timeout=10)
