"""In-memory record storage and page slicing shared by the vendor mocks."""

from __future__ import annotations

import itertools
import math
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

Key = TypeVar("Key", int, str)
Record = dict[str, Any]


class Collection(Generic[Key]):
    """Records of one resource, kept in insertion order, keyed by their id."""

    def __init__(self, id_field: str = "id", first_id: int = 1) -> None:
        self.id_field = id_field
        self._records: dict[Key, Record] = {}
        self._ids = itertools.count(first_id)
        self._lock = threading.Lock()

    def next_id(self) -> int:
        """A fresh integer id (for resources whose ids the server assigns)."""
        with self._lock:
            return next(self._ids)

    def add(self, record: Record) -> Record:
        """Store ``record`` under its id (replacing any record with the same id)."""
        with self._lock:
            self._records[record[self.id_field]] = record
        return record

    def get(self, key: Key) -> Record | None:
        return self._records.get(key)

    def remove(self, key: Key) -> Record | None:
        with self._lock:
            return self._records.pop(key, None)

    def __contains__(self, key: object) -> bool:
        return key in self._records

    def __iter__(self) -> Iterator[Record]:
        return iter(list(self._records.values()))

    def __len__(self) -> int:
        return len(self._records)

    def where(self, predicate: Callable[[Record], bool]) -> list[Record]:
        return [r for r in self if predicate(r)]


T = TypeVar("T")


@dataclass(frozen=True)
class Slice(Generic[T]):
    """One page of a result set."""

    items: list[T]
    page: int
    per_page: int
    total: int

    @property
    def last_page(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))


def paginate(records: Iterable[T], page: int, per_page: int) -> Slice[T]:
    """The ``page``-th (1-based) slice of ``per_page`` records."""
    everything = list(records)
    start = (page - 1) * per_page
    return Slice(everything[start : start + per_page], page, per_page, len(everything))
