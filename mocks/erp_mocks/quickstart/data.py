"""Seeded Quickstart records and the list semantics: ``filter[field]=a,b``, ``sort=[-]field``, Laravel pages.

Records carry ``created_at`` / ``updated_at`` in the vendor's ``"YYYY-MM-DD hh:mm:ss"`` form. Only
the fields listed per resource may be sorted or filtered on; any other name is a 400, as Laravel
query builders answer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from erp_mocks.engine.app import BadInput
from erp_mocks.engine.store import Collection, paginate

Record = dict[str, Any]
_EPOCH = dt.datetime(2024, 1, 8, 9, 0, 0)
_COUNTRIES = ("PT", "ES", "FR", "DE", "IT")
_ORDER_STATUSES = ("open", "paid", "shipped", "cancelled")
_INVOICE_STATUSES = ("draft", "sent", "paid")


@dataclass(frozen=True)
class Resource:
    """How one resource is listed: its records and which fields may be sorted and filtered on."""

    records: Collection[int]
    sortable: frozenset[str]
    filterable: frozenset[str]


def stamp(moment: dt.datetime) -> str:
    """A datetime in the vendor's timestamp format."""
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _timestamps(index: int) -> dict[str, str]:
    created = _EPOCH + dt.timedelta(hours=7 * index, minutes=13 * index)
    return {"created_at": stamp(created), "updated_at": stamp(created + dt.timedelta(days=index % 5, seconds=index))}


class QuickstartData:
    """Customers, orders and invoices of one mock account."""

    def __init__(self, *, customers: int = 40, orders: int = 36, invoices: int = 31) -> None:
        self.customers = Resource(
            Collection(),
            frozenset({"id", "name", "email", "country", "status", "created_at", "updated_at"}),
            frozenset({"id", "name", "email", "country", "status"}),
        )
        self.orders = Resource(
            Collection(),
            frozenset({"id", "customer_id", "number", "status", "total", "created_at", "updated_at"}),
            frozenset({"id", "customer_id", "number", "status", "currency"}),
        )
        self.invoices = Resource(Collection(), frozenset(), frozenset())
        for i in range(1, customers + 1):
            self.customers.records.add(
                {
                    "id": i,
                    "name": f"Customer {i:03d}",
                    "email": f"customer{i}@example.com",
                    "country": _COUNTRIES[i % len(_COUNTRIES)],
                    "status": "inactive" if i % 4 == 0 else "active",
                    **_timestamps(i),
                }
            )
        for i in range(1, orders + 1):
            self.orders.records.add(
                {
                    "id": i,
                    "number": f"ORD-{i:04d}",
                    "customer_id": 1 + (i * 7) % customers,
                    "status": _ORDER_STATUSES[i % len(_ORDER_STATUSES)],
                    "total": round(25 + (i * 37.5) % 400, 2),
                    "currency": "EUR",
                    **_timestamps(100 + i),
                }
            )
        for i in range(1, invoices + 1):
            net = round(20 + (i * 41.25) % 300, 2)
            tax = round(net * 0.23, 2)
            self.invoices.records.add(
                {
                    "id": i,
                    "number": f"INV-{i:04d}",
                    "order_id": 1 + (i * 5) % orders,
                    "status": _INVOICE_STATUSES[i % len(_INVOICE_STATUSES)],
                    "net": net,
                    "tax": tax,
                    "total": round(net + tax, 2),
                    **_timestamps(200 + i),
                }
            )


def select(resource: Resource, filters: Mapping[str, str], sort: str | None) -> list[Record]:
    """The records matching every filter (any of its comma-separated values), in ``sort`` order."""
    unknown = sorted(set(filters) - resource.filterable)
    if unknown:
        allowed = ", ".join(sorted(resource.filterable)) or "none"
        raise BadInput([f"filtering on {', '.join(unknown)} is not allowed; allowed filters: {allowed}"])
    wanted = {name: {v for v in value.split(",") if v} for name, value in filters.items()}
    records = [r for r in resource.records if all(not vs or str(r.get(n)) in vs for n, vs in wanted.items())]
    if sort:
        name = sort.removeprefix("-")
        if name not in resource.sortable:
            allowed = ", ".join(sorted(resource.sortable)) or "none"
            raise BadInput([f"sorting by {name} is not allowed; allowed sorts: {allowed}"])
        records.sort(key=lambda r: r["id"])  # stable tie-break by id, in both directions
        records.sort(key=lambda r: (r.get(name) is None, r.get(name)), reverse=sort.startswith("-"))
    return records


def page_body(path: str, records: Iterable[Record], page: int, per_page: int) -> Record:
    """The Laravel ``LengthAwarePaginator`` envelope of ``page`` (URLs carry only ``page``, as documented)."""
    chunk = paginate(records, page, per_page)
    first = (page - 1) * per_page + 1 if chunk.items else None
    return {
        "total": chunk.total,
        "per_page": per_page,
        "current_page": page,
        "last_page": chunk.last_page,
        "first_page_url": f"{path}?page=1",
        "last_page_url": f"{path}?page={chunk.last_page}",
        "next_page_url": f"{path}?page={page + 1}" if page < chunk.last_page else None,
        "prev_page_url": f"{path}?page={page - 1}" if page > 1 else None,
        "path": path,
        "from": first,
        "to": None if first is None else first + len(chunk.items) - 1,
        "data": chunk.items,
    }


def invoice_metadata(records: Iterable[Record]) -> dict[str, float]:
    """Aggregates over every invoice of the (unpaged) result."""
    listed = list(records)
    return {
        "count": len(listed),
        "net_sum": round(sum(r["net"] for r in listed), 2),
        "tax_sum": round(sum(r["tax"] for r in listed), 2),
        "total_sum": round(sum(r["total"] for r in listed), 2),
    }
