"""The contract suite against a vendor's live sandbox, when its environment variables are set.

Per vendor, schemathesis runs the same five checks as against the mock, with credentials produced
by the vendor's adapter from the variables in :mod:`tests.live.sandboxes`. Read-only by default:
only GET operations are exercised. ``CONTRACT_LIVE_WRITES=1`` adds every other operation and the
stateful phase (create -> read/update/delete through the spec's links), which create, change and
delete records in the sandbox. Without a vendor's variables its test is skipped, with the missing
variables as the reason (a skip is not a pass: ``scripts/contract.py`` shows it as skipped).

Budget: ``CONTRACT_LIVE_MAX_EXAMPLES`` examples per operation and mode (default 5) and
``CONTRACT_LIVE_DELAY`` seconds between requests (default 0.2), to stay inside vendor rate limits.
"""

from __future__ import annotations

import functools
import os
import time
from collections.abc import Callable
from typing import Any

import pytest
import schemathesis
from hypothesis import settings
from schemathesis import Case

from tests.fuzz import harness
from tests.live import sandboxes

pytestmark = pytest.mark.live

WRITES = os.environ.get("CONTRACT_LIVE_WRITES") == "1"
EXAMPLES = int(os.environ.get("CONTRACT_LIVE_MAX_EXAMPLES", "5"))
DELAY = float(os.environ.get("CONTRACT_LIVE_DELAY", "0.2"))
_SETTINGS = settings(harness.SETTINGS, max_examples=EXAMPLES)


def _skip_unless_configured(vendor: str) -> pytest.MarkDecorator:
    missing = sandboxes.SANDBOXES[vendor].missing(os.environ)
    reason = f"no {vendor} sandbox: set {', '.join(missing)}" + (
        "" if WRITES else " (GET operations only unless CONTRACT_LIVE_WRITES=1)"
    )
    return pytest.mark.skipif(bool(missing), reason=reason)


def _schema(vendor: str) -> schemathesis.BaseSchema:
    """The vendor's spec (GET operations only unless writes are on), with the sandbox's credentials."""
    key = f"{vendor}@live"
    schema = harness.load(vendor, key=key)
    if not WRITES:
        schema = schema.include(method="GET")
    harness.operation_counts[key] = len(harness.operations(schema))
    sandbox = sandboxes.SANDBOXES[vendor]
    default_security = schema.raw_schema.get("security", [])

    @functools.cache
    def schemes() -> sandboxes.Schemes:
        return sandbox.schemes(os.environ, sandbox.base_url(os.environ))

    @schema.auth()
    class SandboxAuth:
        """The credentials each operation declares, made by the vendor's adapter."""

        def get(self, case: Case[Any], context: Any) -> str:
            return vendor

        def set(self, case: Case[Any], data: str, context: Any) -> None:
            if sandbox.missing(os.environ):  # schemathesis builds some cases while collecting skipped tests
                return
            time.sleep(DELAY)  # every request, stateful steps included, passes here first
            sandboxes.apply(case, schemes(), default_security)

    return schema


def _contract(vendor: str) -> Any:
    schema = _schema(vendor)

    @_skip_unless_configured(vendor)
    @schema.parametrize()
    @_SETTINGS
    def test(case: Case[Any]) -> None:
        harness.run(f"{vendor}@live", case, sandboxes.SANDBOXES[vendor].base_url(os.environ))

    return test


def _stateful(vendor: str) -> Callable[[], None]:
    schema = _schema(vendor)

    @_skip_unless_configured(vendor)
    @pytest.mark.skipif(not WRITES, reason="the stateful phase writes: set CONTRACT_LIVE_WRITES=1")
    def test() -> None:
        harness.run_stateful(f"{vendor}@live", schema, sandboxes.SANDBOXES[vendor].base_url(os.environ), scenarios=20)

    return test


test_egestor_live = _contract("egestor")
test_gestix_live = _contract("gestix")
test_gks4_live = _contract("gks4")
test_quickstart_live = _contract("quickstart")
test_wisedat_live = _contract("wisedat")
test_wisedat_live_stateful = _stateful("wisedat")
