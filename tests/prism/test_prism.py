"""Schemathesis over every operation of every spec against Stoplight Prism's mock of that spec.

The same generation and the same five checks as the mock fuzzing (tests/fuzz), against a server
built from the spec alone: a failure here that does not happen against our mock points at the spec
(e.g. a documented response whose example does not match its schema, a status Prism needs that the
spec does not list), one that happens only against our mock points at the mock. Credentials are
placeholders (Prism checks presence only); the stateful phase is not run (Prism keeps no state).
Cases and failures are tallied as ``<vendor>@prism``.
"""

from __future__ import annotations

from typing import Any

import pytest
from requests.structures import CaseInsensitiveDict
from schemathesis import Case

from tests.fuzz import harness
from tests.prism import prism

pytestmark = [
    pytest.mark.prism,
    pytest.mark.skipif(not prism.available(), reason="Prism CLI not installed: run `npm ci` in the repo root"),
]


def _contract(vendor: str) -> Any:
    schema = harness.load(vendor, key=f"{vendor}@prism")
    raw = schema.raw_schema
    schemes = raw.get("components", {}).get("securitySchemes", {})
    default_security = raw.get("security", [])

    @schema.parametrize()
    @harness.SETTINGS
    def test(case: Case[Any]) -> None:
        # Every case carries the credentials its operation declares, also those schemathesis
        # generated without them: what a server answers a request without credentials (400 for
        # Wisedat's /status, 401 elsewhere) is the vendor's auth behaviour, which Prism cannot know.
        if prism.unparsable_json_body(case):
            prism.unsent[vendor] += 1
            return
        headers, query = prism.presence_credentials(
            schemes, case.operation.definition.raw.get("security", default_security)
        )
        # A new mapping, not an in-place update: schemathesis drops a header from a case generated
        # without it when the case's own mapping is edited in place.
        case.headers = CaseInsensitiveDict({**case.headers, **headers})
        if query:
            case.query = {**(case.query or {}), **query}
        harness.run(f"{vendor}@prism", case, prism.url(vendor), checks=prism.CHECKS)

    return test


test_egestor_prism = _contract("egestor")
test_gestix_prism = _contract("gestix")
test_gks4_prism = _contract("gks4")
test_quickstart_prism = _contract("quickstart")
test_wisedat_prism = _contract("wisedat")
