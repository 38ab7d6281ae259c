"""The checks every response must pass, and the stateful helpers shared with the repo's own suite.

``tests/fuzz/harness.py`` (the repo's contract tests against its mocks) uses the same checks and
link bookkeeping, so ``erp-contract`` against a server means what ``nox -s contract`` means.
"""

from __future__ import annotations

from typing import Any

import schemathesis
from hypothesis.errors import Flaky
from requests.structures import CaseInsensitiveDict
from schemathesis import Case
from schemathesis.checks import CheckContext, CheckFunction, not_a_server_error
from schemathesis.core.result import Ok
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    ensure_resource_availability,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
    use_after_free,
)

CHECKS: list[CheckFunction] = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
]
"""Every response, positive and negative cases."""

_partly_linked: set[str] = set()
"""Ids of stateful cases whose link values were not all applied (the stateful phase explores other values)."""


FRAMING_HEADERS = frozenset(
    {"connection", "content-length", "expect", "host", "keep-alive", "proxy-connection", "te", "trailer",
     "transfer-encoding", "upgrade"}
)  # fmt: skip
"""Headers that frame or route the HTTP message itself, which the HTTP library sets, not the API caller."""


def without_framing_headers(case: Case[Any]) -> None:
    """Drop the framing headers negative generation may make up (a random header named ``content-length``).

    A server's HTTP layer refuses such a message before the API sees it (Node answers an empty 400
    to ``Content-Length: A51:m``), so it says nothing of the API and fails checks by chance; no
    spec declares these headers. A new mapping replaces the case's own: schemathesis drops a header
    from a case edited in place.
    """
    if case.headers and any(name.lower() in FRAMING_HEADERS for name in case.headers):
        kept = {name: value for name, value in case.headers.items() if name.lower() not in FRAMING_HEADERS}
        case.headers = CaseInsensitiveDict(kept)


def when_link_applied(check: CheckFunction) -> CheckFunction:
    """``check``, skipped for stateful cases whose link values were not all used.

    With some probability the stateful phase keeps a generated value instead of the linked one (to
    explore unknown ids). ``ensure_resource_availability`` notices that for parameters but not for a
    body field: a PUT whose body ``id`` stayed random would count as "created, then not found".
    """

    def when_applied(ctx: CheckContext, response: Any, case: Case[Any]) -> bool | None:
        if case.id in _partly_linked:
            return None
        return check(ctx, response, case)

    when_applied.__name__ = check.__name__
    return when_applied


STATEFUL_CHECKS: list[CheckFunction] = [*CHECKS, use_after_free, when_link_applied(ensure_resource_availability)]
"""The checks plus the stateful ones: a deleted resource is gone, a created resource can be read."""


def fully_linked(step: Any) -> bool:
    """Whether every value the step's link extracts (parameters and body fields) went into its request.

    A step that is not fully linked is remembered, so :func:`when_link_applied` skips its check.
    """
    transition = step.transition
    expected = {name for values in transition.parameters.values() for name in values}
    body = transition.request_body
    if body is not None and isinstance(body.value, Ok) and isinstance(body.value.ok(), dict):
        expected |= set(body.value.ok())
    linked = expected <= {name for _, name in step.applied_parameters}
    if not linked:
        _partly_linked.add(step.case.id)
    return linked


def diverged_replay(exc: BaseException) -> bool:
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
