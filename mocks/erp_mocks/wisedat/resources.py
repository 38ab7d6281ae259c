"""Wisedat's resources in memory: how each one is listed, filtered, created, updated and deleted.

Records are kept in the shape of the spec's *detail* schema. Request bodies refer to other records
by id (``"tax": "NO"``); :class:`WisedatData` expands those references into the nested objects the
detail responses carry, and reports the documented validation rules as 400 error lists.
"""

from __future__ import annotations

import copy
import re
import threading
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from erp_mocks.engine.app import BadInput
from erp_mocks.engine.store import Collection
from erp_mocks.wisedat import lookups

Record = dict[str, Any]
POSTAL_CODE_PT = re.compile(r"^[0-9]{4}-[0-9]{3}$")


def valid_nif(value: str) -> bool:
    """Whether ``value`` is a well-formed Portuguese tax number (9 digits, mod-11 check digit)."""
    if len(value) != 9 or not value.isdigit():
        return False
    total = sum(int(digit) * weight for digit, weight in zip(value[:8], range(9, 1, -1), strict=True))
    check = 11 - total % 11
    return int(value[8]) == (0 if check >= 10 else check)


class Missing(Exception):  # noqa: N818 - carries a 404
    """A referenced record does not exist (404)."""


def _now() -> str:
    return datetime.now(UTC).isoformat()


def _parse_instant(value: str) -> datetime:
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _contains(value: Any, needle: str) -> bool:
    return needle.lower() in str(value if value is not None else "").lower()


class WisedatData:
    """All state of one mock company; methods raise :class:`~erp_mocks.engine.BadInput` (400) / :class:`Missing`."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.lookups: dict[str, Collection[Any]] = {}
        for name, rows, key in [
            ("countries", lookups.COUNTRIES, "iso_3166_1"),
            ("currencies", lookups.CURRENCIES, "id"),
            ("exemptionreasons", lookups.EXEMPTION_REASONS, "id"),
            ("taxes", lookups.TAXES, "id"),
            ("units", lookups.UNITS, "id"),
            ("deliverymethods", lookups.DELIVERY_METHODS, "id"),
            ("paymentconditions", lookups.PAYMENT_CONDITIONS, "id"),
            ("paymentmethods", lookups.PAYMENT_METHODS, "id"),
            ("salesdocuments", lookups.SALES_DOCUMENTS, "id"),
            ("series", lookups.SERIES, "id"),
            ("warehouses", lookups.WAREHOUSES, "id"),
        ]:
            collection: Collection[Any] = Collection(key, first_id=len(rows) + 1)
            for row in rows:
                collection.add(copy.deepcopy(row))
            self.lookups[name] = collection
        self.products: Collection[int] = Collection()
        self.categories: Collection[int] = Collection()
        self.customers: Collection[int] = Collection()
        self.salesmen: Collection[int] = Collection()
        self.suppliers: Collection[int] = Collection()
        self.orders: Collection[str] = Collection()
        self.company = copy.deepcopy(lookups.COMPANY)

    # -- references -----------------------------------------------------------------------------

    def ref(self, table: str, key: Any, field: str) -> Record:
        """The record ``key`` of lookup ``table``, or a 400 naming ``field``."""
        found = self.lookups[table].get(key)
        if found is None:
            raise BadInput([f"{field}: {key!r} does not exist"])
        return copy.deepcopy(found)

    def country(self, iso: str | None, field: str = "country") -> Record:
        return self.ref("countries", iso, field)

    def address(self, body: Record | None, field: str, fallback_country: str | None) -> Record | None:
        """An address body expanded for responses (country object), checked as documented."""
        if body is None:
            return None
        problems = [f"{field}.{key} is mandatory" for key in ("street", "city") if not body.get(key)]
        if problems:
            raise BadInput([*problems])
        out = {k: v for k, v in body.items() if k != "country"}
        iso = (body.get("country") or {}).get("iso_3166_1") or fallback_country or "PT"
        out["country"] = self.country(iso, f"{field}.country")
        postal = out.get("postal_code")
        if iso == "PT" and postal is not None and not POSTAL_CODE_PT.match(postal):
            raise BadInput([f"{field}.postal_code must be a Portuguese postal code NNNN-NNN"])
        return out

    def entity(self, collection: Collection[int], key: int | None, field: str) -> Record | None:
        if key is None:
            return None
        found = collection.get(key)
        if found is None:
            raise BadInput([f"{field}: {key!r} does not exist"])
        return found

    @staticmethod
    def unique(records: Iterable[Record], field: str, value: Any, exclude: Any = None, id_field: str = "id") -> None:
        if value is None:
            return
        for record in records:
            if record.get(field) == value and record.get(id_field) != exclude:
                raise BadInput([f"{field} {value!r} is already in use"])

    # -- listing --------------------------------------------------------------------------------

    @staticmethod
    def filtered(
        records: Iterable[Record], query: dict[str, Any], fields: dict[str, Callable[[Record, Any], bool]]
    ) -> list[Record]:
        """Records matching every given filter; inactive ones hidden unless ``show_inactive``."""
        out = []
        for record in records:
            if record.get("active") is False and not query.get("show_inactive", False):
                continue
            since = query.get("modified_since")
            if since is not None and datetime.fromisoformat(record["_modified"]) < _parse_instant(since):
                continue
            if all(test(record, query[name]) for name, test in fields.items() if name in query):
                out.append(record)
        return out

    @staticmethod
    def substring(*keys: str) -> Callable[[Record, Any], bool]:
        """A filter that matches when any of ``keys`` (dotted paths) contains the value."""

        def test(record: Record, value: Any) -> bool:
            for key in keys:
                current: Any = record
                for part in key.split("."):
                    current = current.get(part) if isinstance(current, dict) else None
                if _contains(current, str(value)):
                    return True
            return False

        return test

    @staticmethod
    def touch(record: Record) -> Record:
        record["_modified"] = _now()
        return record
