"""What tests need from any running mock: its URL, an HTTP client, the controls every mock has, its mode.

Every vendor's ``mock`` fixture runs each client-vs-mock test twice, once per :data:`MODES` entry:
``exact`` (the mock sends the one shape we wrote it to send) and ``variance`` (it varies its
answers within its spec: nulls, omitted optional properties, unknown properties, the other shape
of two-way fields, empty 401 bodies; see ``erp_mocks.engine.variance``).
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from erp_mocks.engine import MockServer
from erp_mocks.engine.variance import enable

MODES = ["exact", "variance"]
"""The modes every vendor's mock fixture is parametrized with."""
VARIANCE_SEED = 20261205
"""CI's fixed variance seed (``ERP_MOCK_VARIANCE_SEED`` is not read: a failing case must replay)."""


def in_mode(app: Starlette, mode: str, request: pytest.FixtureRequest | None = None) -> Starlette:
    """``app`` in ``mode`` (one of :data:`MODES`).

    With the test's ``request``, a test marked ``exact_values`` is skipped in variance mode: it reads
    back values (an optional field, the text of a 401) that variance may null, drop or empty.
    """
    if mode not in MODES:
        raise ValueError(f"unknown mock mode {mode!r}")
    if mode == "variance" and request is not None and request.node.get_closest_marker("exact_values"):
        pytest.skip("reads back exact values; the variance-mode mock may null, drop or empty them")
    return enable(app, seed=VARIANCE_SEED) if mode == "variance" else app


class MockControls:
    """A running mock plus the engine's controls (``/_mock/stats``, ``/_mock/next-response``).

    Each vendor's ``tests/<vendor>/conftest.py`` subclasses it with that mock's own controls.
    """

    def __init__(self, server: MockServer) -> None:
        self.server = server
        self.url = server.url
        self.variance = getattr(server.app.state, "variance", None) is not None
        """Whether the mock varies its answers (tests of exact values skip themselves then)."""
        self.http = httpx.Client(base_url=server.url, timeout=10)

    def stats(self) -> dict[str, Any]:
        """Request counts by operation and by status."""
        stats: dict[str, Any] = self.http.get("/_mock/stats").json()
        return stats

    def count(self, operation: str) -> int:
        """How many requests reached ``operation`` (an operationId)."""
        return int(self.stats()["by_operation"].get(operation, 0))

    def status_count(self, status: int) -> int:
        """How many answers had ``status``."""
        return int(self.stats()["by_status"].get(str(status), 0))

    def control(self, name: str, **params: Any) -> None:
        """``POST /_mock/<name>`` with ``params`` as the query (a vendor control)."""
        self.http.post(f"/_mock/{name}", params=params).raise_for_status()

    def next_response(self, method: str, path: str, status: int, body: Any, content_type: str | None = None) -> None:
        """Make the mock answer the next ``method path`` request with exactly this."""
        spec: dict[str, Any] = {"method": method, "path": path, "status": status, "body": body}
        if content_type is not None:
            spec["content_type"] = content_type
        self.http.post("/_mock/next-response", json=spec).raise_for_status()
