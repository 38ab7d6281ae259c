"""Wisedat order writes: lines, totals, references and the closed-order rules."""

from __future__ import annotations

import copy
import hashlib

from starlette.responses import Response

from erp_mocks.engine import BadInput, Call
from erp_mocks.engine.responses import empty, model_response, project
from erp_mocks.generated import wisedat as models
from erp_mocks.wisedat.resources import Record, WisedatData
from erp_mocks.wisedat.writes.common import body_of, copy_fields, existing

_Line = models.OrderItemType
_DISCOUNTS = (_Line.MERCHANDISE_VALUE_DISCOUNT, _Line.OTHER_VALUE_DISCOUNT)


class OrderWrites:
    """``create_order`` / ``update_order`` / ``delete_order``."""

    def __init__(self, data: WisedatData) -> None:
        self.data = data

    def _order_lines(self, items: list[Record]) -> list[Record]:
        data, lines = self.data, []
        for item in items:
            kind = item.get("type", _Line.MERCHANDISE_OR_SERVICE)
            if kind == _Line.NOTES and not item.get("description"):
                continue  # a notes line without text is dropped
            line: Record = {"type": kind, "description": item.get("description", "Linha")}
            if kind == _Line.MERCHANDISE_OR_SERVICE:
                if "quantity" not in item:
                    raise BadInput(["items.quantity is mandatory for type 1 lines"])
                product = data.entity(data.products, item.get("id"), "items.id")
                if product is not None:
                    line["product"] = project(copy.deepcopy(product), models.OrderItemProduct)
                    line["tax"] = product["tax"]
                line.update(
                    price=item.get("price", product["price"] if product else 0.0), discount=item.get("discount", 0.0)
                )
                line["warehouse"] = item.get("warehouse", 1)
            elif "price" not in item and kind not in (_Line.MERCHANDISE_OR_SERVICE, _Line.NOTES):
                raise BadInput(["items.price is mandatory for lines of type 2 to 5"])
            else:
                line["price"] = item.get("price", 0.0)
            if kind in _DISCOUNTS and "tax" not in item:
                raise BadInput(["items.tax is mandatory for lines of type 4 and 5"])
            if "tax" in item and kind in (_Line.MERCHANDISE_OR_SERVICE, *_DISCOUNTS):
                line["tax"] = data.ref("taxes", item["tax"], "items.tax")
            line["quantity"] = item.get("quantity", 1.0)
            lines.append(line)
        return lines

    @staticmethod
    def _totals(order: Record) -> None:
        sums = dict.fromkeys(_Line, 0.0)
        taxes = 0.0
        for line in order["items"]:
            value = line.get("price", 0.0) * line.get("quantity", 1.0) * (1 - line.get("discount", 0.0) / 100)
            sums[_Line(line["type"])] += value
            if line["type"] not in (_Line.ADJUSTMENT, _Line.NOTES):
                taxes += value * line.get("tax", {}).get("value", 0.0) / 100
        discounts = sums[_Line.MERCHANDISE_VALUE_DISCOUNT] + sums[_Line.OTHER_VALUE_DISCOUNT]
        subtotal = sums[_Line.MERCHANDISE_OR_SERVICE] + sums[_Line.POSTAGE] - discounts
        order.update(
            merchandise=round(sums[_Line.MERCHANDISE_OR_SERVICE], 2),
            postage=round(sums[_Line.POSTAGE], 2),
            adjustment=round(sums[_Line.ADJUSTMENT], 2),
            discounts=round(discounts, 2),
            subtotal=round(subtotal, 2),
            taxes=round(taxes, 2),
            total=round(subtotal + taxes - sums[_Line.ADJUSTMENT], 2),
        )
        if any(order[k] < 0 for k in ("merchandise", "postage", "discounts", "subtotal", "taxes", "total")):
            raise BadInput(["all order totals must be positive"])

    def _order_fields(self, order: Record, body: Record) -> None:
        data = self.data
        if "customer" in body:
            customer = data.entity(data.customers, body["customer"], "customer") or {}
            if not customer.get("billing_address"):
                raise BadInput(["the customer needs a billing address"])
            order["customer"] = project(copy.deepcopy(customer), models.OrderCustomer)
            for key in ("currency", "salesman"):
                if key in customer and key not in body:
                    order[key] = customer[key]
        refs = {
            "series": "series",
            "delivery_method": "deliverymethods",
            "payment_condition": "paymentconditions",
            "payment_method": "paymentmethods",
            "sales_document": "salesdocuments",
            "currency": "currencies",
        }
        for key, table in refs.items():
            if key in body:
                order[key] = data.ref(table, body[key], key)
        if order["sales_document"]["document_type"] != models.DocumentType.ORDER:
            raise BadInput(["sales_document must be an order document (type 2)"])
        if "salesman" in body:
            order["salesman"] = project(
                copy.deepcopy(data.entity(data.salesmen, body["salesman"], "salesman") or {}), models.SalesmanSummary
            )
        copy_fields(
            order,
            body,
            "your_reference",
            "notes",
            "vehicle_plate",
            "date",
            "expiration_date",
            "closed",
            "exchange_rate",
            "entity_discount",
            "financial_discount",
            "alternate_billing_address",
            "alternate_shipping_address",
        )
        if order["currency"]["id"] != "EUR" and not order.get("exchange_rate"):
            raise BadInput(["exchange_rate is mandatory when the currency is not the base currency"])
        for key in ("loading_location", "unloading_location"):
            if key in body:
                order[key] = data.address({"street": "-", "city": "-", **body[key]}, key, "PT")
        if "items" in body:
            order["items"] = self._order_lines(body["items"])
        self._totals(order)

    def create_order(self, call: Call) -> Response:
        data, body = self.data, body_of(call)
        order: Record = {
            "items": [],
            "canceled": False,
            "closed": False,
            "sales_document": data.ref("salesdocuments", "ENC", "sales_document"),
            "currency": data.ref("currencies", "EUR", "currency"),
        }
        self._order_fields(order, body)
        order["id"] = f"ENC {order['series']['id']}/{len(data.orders) + 1}"
        order["hash"] = _order_hash(order)
        order["hash_control"] = "1"
        data.orders.add(data.touch(order))
        return model_response(models.CreatedString, {"id": order["id"]}, status=201)

    def update_order(self, call: Call) -> Response:
        data, body = self.data, body_of(call)
        order = copy.deepcopy(existing(data.orders, body["id"], "order"))
        if order["closed"]:
            raise BadInput(["closed orders cannot be modified"])
        self._order_fields(order, body)
        data.orders.add(data.touch(order))
        return empty()

    def delete_order(self, call: Call) -> Response:
        order = existing(self.data.orders, call.query["id"], "order")
        if order["closed"]:
            order["canceled"] = True  # closed orders are canceled, open ones deleted
        else:
            self.data.orders.remove(order["id"])
        return empty()


def _order_hash(order: Record) -> str:
    """A stable digest standing in for the fiscal hash Wisedat adds to new orders (since 1.3)."""
    basis = f"{order['id']}|{order.get('date')}|{order['total']:.2f}"
    return hashlib.sha1(basis.encode(), usedforsecurity=False).hexdigest()
