"""regen's change report for the resource client (resource_client.change_report)."""

from __future__ import annotations

import resource_client

OLD = """
class ThingsResource:
    def list(self, *, q: str) -> int: ...
    def delete(self, id: int) -> None: ...

class AsyncThingsResource:
    async def list(self, *, q: str) -> int: ...
"""

NEW = """
class ThingsResource:
    def list(self, *, q: str, limit: int = 1) -> int: ...
    def create(self, body: str) -> int: ...
"""


def test_added_removed_and_retyped_methods_are_reported() -> None:
    assert resource_client.change_report(OLD, NEW) == [
        "  + ThingsResource.create(self, body: str) -> int",
        "  - ThingsResource.delete(self, id: int) -> None",
        "  ~ ThingsResource.list(self, *, q: str, limit: int=1) -> int (was (self, *, q: str) -> int)",
    ]


def test_an_unchanged_client_reports_nothing_and_a_new_one_everything() -> None:
    assert resource_client.change_report(NEW, NEW) == []
    assert len(resource_client.change_report(None, NEW)) == 2
