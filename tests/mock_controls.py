"""What tests need from any running mock: its URL, an HTTP client and the controls every mock has."""

from __future__ import annotations

from typing import Any

import httpx

from erp_mocks.engine import MockServer


class MockControls:
    """A running mock plus the engine's controls (``/_mock/stats``, ``/_mock/next-response``).

    Each vendor's ``tests/<vendor>/conftest.py`` subclasses it with that mock's own controls.
    """

    def __init__(self, server: MockServer) -> None:
        self.server = server
        self.url = server.url
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
