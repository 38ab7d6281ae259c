"""The raw-response resource bases are public under their own names; one helper says whether a list pages."""

from __future__ import annotations

from typing import Any

from erp_adapters import pagination, resources


def test_raw_resource_bases_are_public_classes_under_their_own_names() -> None:
    for name in ("RawSyncResource", "RawAsyncResource"):
        assert name in resources.__all__
        assert getattr(resources, name).__name__ == name


def test_takes_page_is_public_and_reads_the_signature() -> None:
    def paged(*, client: Any, page: int = 1) -> None: ...

    def whole(*, client: Any) -> None: ...

    assert pagination.takes_page(paged)
    assert not pagination.takes_page(whole)
