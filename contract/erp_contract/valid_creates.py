"""Make positive create cases valid where random data almost never is, so every link gets followed.

The stateful phase only follows a create's links when the create succeeds. Some creates have rules
the spec can state only in prose (a Wisedat customer needs an address, a valid Portuguese NIF, an
existing country; an order needs an existing customer with a billing address and an existing
series), so random bodies are refused and those links are never reached. For such operations the
positive cases' bodies are *fixed*, not replaced: the offending fields are set to values valid on
the server under test (read from it through ``lookup``, e.g. an existing series), every other
field keeps its generated value. Negative cases are never touched.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from schemathesis import Case

Lookup = Callable[[str, dict[str, Any]], Any]
"""``(path, query) -> decoded JSON`` of a GET on the server under test, with credentials."""
Fixer = Callable[[dict[str, Any], "_Context"], None]

_ADDRESS = {"street": "Rua Augusta 1", "city": "Lisboa", "postal_code": "1100-048"}


def _nif(n: int) -> str:
    """A valid Portuguese tax number (mod-11 check digit) from ``n``."""
    digits = f"5{n % 10_000_000:07d}"
    total = sum(int(digit) * weight for digit, weight in zip(digits, range(9, 1, -1), strict=True))
    check = 11 - total % 11
    return digits + str(0 if check >= 10 else check)


class _Context:
    """Values read once from the server under test."""

    def __init__(self, lookup: Lookup) -> None:
        self.lookup = lookup
        self.count = 0

    @functools.cached_property
    def wisedat_series(self) -> str | None:
        page = self.lookup("/series", {})
        rows = page.get("series", page) if isinstance(page, dict) else page
        ids = [row["id"] for row in rows if isinstance(row, dict) and row.get("active", True) and "id" in row]
        return ids[0] if ids else None

    @functools.cached_property
    def wisedat_customer(self) -> int | None:
        """A customer with a billing address (an order needs one), e.g. one a fixed create made."""
        page = self.lookup("/customers", {"limit": 50})
        rows = page.get("customers", []) if isinstance(page, dict) else page
        for row in rows if isinstance(rows, list) else []:
            if isinstance(row, dict) and "id" in row:
                detail = self.lookup("/customers", {"id": row["id"]})
                if isinstance(detail, dict) and detail.get("billing_address"):
                    return int(row["id"])
        return None


def _wisedat_party(body: dict[str, Any], ctx: _Context) -> None:
    ctx.count += 1
    body["country"] = "PT"
    if "tax_id" in body:
        body["tax_id"] = _nif(ctx.count * 7919 + len(str(body.get("code", ""))))
    for key in ("address", "billing_address", "shipping_address"):
        if key in body:
            body[key] = dict(_ADDRESS)
    for key in ("salesman", "currency"):
        body.pop(key, None)


def _wisedat_customer(body: dict[str, Any], ctx: _Context) -> None:
    _wisedat_party(body, ctx)
    body["billing_address"] = dict(_ADDRESS)
    ctx.__dict__.pop("wisedat_customer", None)  # a new customer with a billing address exists now


def _wisedat_product(body: dict[str, Any], ctx: _Context) -> None:
    for key in ("tax", "unit", "warehouse", "categories", "barcode"):
        body.pop(key, None)


def _wisedat_order(body: dict[str, Any], ctx: _Context) -> None:
    customer, series = ctx.wisedat_customer, ctx.wisedat_series
    if customer is not None:
        body["customer"] = customer
    if series is not None:
        body["series"] = series
    for key in (
        "salesman", "delivery_method", "payment_condition", "payment_method", "sales_document", "currency",
        "loading_location", "unloading_location", "items", "alternate_billing_address", "alternate_shipping_address",
    ):  # fmt: skip
        body.pop(key, None)
    body["closed"] = False


def _egestor_sale(body: dict[str, Any], ctx: _Context) -> None:
    if "codContato" in body:
        body["codContato"] = 1
    lines = body.get("produtos")
    for line in lines if isinstance(lines, list) else []:
        if isinstance(line, dict):
            line["codProduto"] = 1


FIXERS: dict[str, dict[str, Fixer]] = {
    "wisedat": {
        "POST /customers": _wisedat_customer,
        "POST /salesmen": _wisedat_party,
        "POST /suppliers": _wisedat_party,
        "POST /products": _wisedat_product,
        "POST /orders": _wisedat_order,
    },
    "egestor": {"POST /vendas": _egestor_sale},
}
"""Per vendor, the creates whose positive bodies are fixed."""


class ValidCreates:
    """Fixes positive create cases of one vendor (see the module docstring)."""

    def __init__(self, vendor: str, lookup: Lookup) -> None:
        self.fixers = FIXERS.get(vendor, {})
        self.context = _Context(lookup)
        self.fixed = 0

    def apply(self, case: Case[Any]) -> None:
        """Fix ``case`` in place if it is a positive case of a listed create with a JSON object body."""
        fixer = self.fixers.get(case.operation.label)
        positive = case.meta is not None and case.meta.generation.mode.is_positive
        if fixer is not None and positive and isinstance(case.body, dict):
            fixer(case.body, self.context)
            self.fixed += 1
