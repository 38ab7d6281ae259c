"""The create/update/delete handlers of the Wisedat mock, with the documented validation rules."""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Callable
from typing import Any

from starlette.responses import Response

from erp_mocks.engine import Call
from erp_mocks.engine.responses import empty, model_response, project
from erp_mocks.engine.store import Collection
from erp_mocks.generated import wisedat as m
from erp_mocks.wisedat.resources import Invalid, Missing, Record, WisedatData, valid_nif

Handler = Callable[[Call], Response]
_ADDRESS_TYPES = ("Empresa", "Entrega")
_PRODUCT_FIELDS = ("description", "barcode", "price", "type", "brief_description", "commercial_description", "notes")


def _body(call: Call) -> Record:
    data: Record = call.body.model_dump(mode="json", exclude_unset=True) if call.body is not None else {}
    return data


def _existing(collection: Collection[Any], key: Any, what: str) -> Record:
    record = collection.get(key)
    if record is None:
        raise Missing(f"{what} {key!r} does not exist")
    return record


def _delete(collection: Collection[Any], what: str) -> Handler:
    def handle(call: Call) -> Response:
        _existing(collection, call.query["id"], what)
        collection.remove(call.query["id"])
        return empty()

    return handle


def _copy_fields(target: Record, body: Record, *names: str) -> None:
    for name in names:
        if name in body:
            target[name] = body[name]


class _Writes:
    def __init__(self, d: WisedatData) -> None:
        self.d = d

    # -- shared pieces -------------------------------------------------------------------------

    def _party(self, record: Record, body: Record, collection: Collection[int], *, creating: bool) -> Record:
        """Fields shared by customers, salesmen and suppliers."""
        d = self.d
        if creating:
            d.unique(collection, "code", body["code"])
            record.update(id=collection.next_id(), code=body["code"], active=True)
        _copy_fields(record, body, "name", "email", "phone", "notes", "website", "commission")
        if "tax_id" in body and not (record.get("tax_id") and not creating):  # kept once set
            record["tax_id"] = body["tax_id"]
        if "country" in body:
            record["country"] = d.country(body["country"])
        iso = record.get("country", {}).get("iso_3166_1")
        if iso == "PT" and "tax_id" in body and not valid_nif(body["tax_id"]):
            raise Invalid(f"tax_id {body['tax_id']!r} is not a valid Portuguese NIF")
        for key in ("address", "billing_address", "shipping_address"):
            if key in body:
                record[key] = d.address(body[key], key, iso)
        return d.touch(record)

    # -- products ------------------------------------------------------------------------------

    def _product_refs(self, record: Record, body: Record) -> None:
        d = self.d
        if "tax" in body:
            record["tax"] = d.ref("taxes", body["tax"], "tax")
        if "unit" in body:
            record["unit"] = d.ref("units", body["unit"], "unit")
        if "warehouse" in body:
            d.ref("warehouses", body["warehouse"], "warehouse")
        if "categories" in body:
            record["categories"] = [
                project(copy.deepcopy(d.entity(d.categories, c["id"], "categories.id") or {}), m.CategorySummary)
                for c in body["categories"]
            ]
        if "suppliers" in body:
            suppliers = []
            for entry in body["suppliers"]:
                d.entity(d.suppliers, entry["id"], "suppliers.id")
                unit = d.ref("units", entry["unit"], "suppliers.unit") if "unit" in entry else record["unit"]
                suppliers.append({"id": entry["id"], "cost_price": entry.get("cost_price", 0.0), "unit": unit})
            record["suppliers"] = suppliers
        if "main_supplier" in body:
            if body["main_supplier"] not in {s["id"] for s in record.get("suppliers", [])}:
                raise Invalid("main_supplier must be one of the product's suppliers")
            supplier = d.suppliers.get(body["main_supplier"]) or {}
            record["main_supplier"] = project(copy.deepcopy(supplier), m.SupplierSummary)

    def create_product(self, call: Call) -> Response:
        d, body = self.d, _body(call)
        d.unique(d.products, "name", body["name"])
        d.unique(d.products, "barcode", body.get("barcode"))
        record: Record = {
            "id": d.products.next_id(),
            "active": True,
            "current_stock": 0.0,
            "images": [],
            "tax": d.ref("taxes", "NO", "tax"),
            "unit": d.ref("units", "UN", "unit"),
            "categories": [],
            "stocks": [{"id_warehouse": body.get("warehouse", 1), "current_stock": 0.0, "reserved_stock": 0.0}],
            "suppliers": [],
        }
        _copy_fields(record, body, "name", *_PRODUCT_FIELDS)
        self._product_refs(record, body)
        d.products.add(d.touch(record))
        return model_response(m.CreatedInt, {"id": record["id"]}, status=201)

    def update_product(self, call: Call) -> Response:
        d, body = self.d, _body(call)
        record = copy.deepcopy(_existing(d.products, body["id"], "product"))
        d.unique(d.products, "barcode", body.get("barcode"), exclude=record["id"])
        _copy_fields(record, body, *_PRODUCT_FIELDS)
        self._product_refs(record, body)
        d.products.add(d.touch(record))
        return empty()

    # -- categories ----------------------------------------------------------------------------

    def create_category(self, call: Call) -> Response:
        d, body = self.d, _body(call)
        parent = d.entity(d.categories, body.get("id_parent"), "id_parent")
        record = {"id": d.categories.next_id(), "_parent_name": parent["name"] if parent else None}
        _copy_fields(record, body, "name", "short_name", "id_parent")
        d.categories.add(d.touch(record))
        return model_response(m.CreatedInt, {"id": record["id"]}, status=201)

    def update_category(self, call: Call) -> Response:
        d, body = self.d, _body(call)
        record = _existing(d.categories, body["id"], "category")
        _copy_fields(record, body, "name", "short_name")
        d.touch(record)
        return empty()

    # -- customers, salesmen, suppliers --------------------------------------------------------

    def create_customer(self, call: Call) -> Response:
        d, body = self.d, _body(call)
        if "billing_address" not in body and "shipping_address" not in body:
            raise Invalid("one of billing_address or shipping_address is mandatory")
        record: Record = {
            "other_addresses": [],
            "currency": d.ref("currencies", body.get("currency", "EUR"), "currency"),
        }
        self._party(record, body, d.customers, creating=True)
        self._customer_refs(record, body)
        d.customers.add(record)
        return model_response(m.CreatedInt, {"id": record["id"]}, status=201)

    def _customer_refs(self, record: Record, body: Record) -> None:
        d = self.d
        if "currency" in body:
            record["currency"] = d.ref("currencies", body["currency"], "currency")
        if "birthday" in body:
            record["birthday"] = body["birthday"]
        if "salesman" in body:
            salesman = d.entity(d.salesmen, body["salesman"], "salesman") or {}
            record["salesman"] = project(copy.deepcopy(salesman), m.SalesmanSummary)

    def update_customer(self, call: Call) -> Response:
        d, body = self.d, _body(call)
        record = copy.deepcopy(_existing(d.customers, body["id"], "customer"))
        self._party(record, body, d.customers, creating=False)
        self._customer_refs(record, body)
        d.customers.add(record)
        return empty()

    def _create_party(self, collection: Collection[int]) -> Handler:
        def handle(call: Call) -> Response:
            record: Record = {}
            self._party(record, _body(call), collection, creating=True)
            collection.add(record)
            return model_response(m.CreatedInt, {"id": record["id"]}, status=201)

        return handle

    def _update_party(self, collection: Collection[int], what: str) -> Handler:
        def handle(call: Call) -> Response:
            body = _body(call)
            record = copy.deepcopy(_existing(collection, body["id"], what))
            self._party(record, body, collection, creating=False)
            collection.add(record)
            return empty()

        return handle

    # -- customer addresses --------------------------------------------------------------------

    def _customer(self, key: int, *, missing_is_404: bool) -> Record:
        customer = self.d.customers.get(key)
        if customer is None:
            if missing_is_404:
                raise Missing(f"customer {key!r} does not exist")
            raise Invalid(f"customer: {key!r} does not exist")
        return customer

    def list_customer_addresses(self, call: Call) -> Response:
        customer = self._customer(call.query["customer"], missing_is_404=True)
        rows = [a for a in customer["other_addresses"] if call.query.get("type") in (None, a["type"])]
        return model_response(m.CustomerAddressList, rows)

    def create_customer_address(self, call: Call) -> Response:
        body = _body(call)
        customer = self._customer(body.pop("customer"), missing_is_404=False)
        if any(a["type"] == body["type"] for a in customer["other_addresses"]):
            raise Invalid(f"type {body['type']!r} is already used by this customer")
        address = self.d.address(body, "address", customer["country"]["iso_3166_1"]) or {}
        customer["other_addresses"].append(address)
        self._sync_main_addresses(customer)
        return empty(201)

    def update_customer_address(self, call: Call) -> Response:
        body = _body(call)
        customer = self._customer(body.pop("customer"), missing_is_404=True)
        for index, current in enumerate(customer["other_addresses"]):
            if current["type"] == body["type"]:
                merged = {
                    **current,
                    **body,
                    "country": body.get("country", {"iso_3166_1": current["country"]["iso_3166_1"]}),
                }
                customer["other_addresses"][index] = self.d.address(merged, "address", None)
                self._sync_main_addresses(customer)
                return empty()
        raise Missing(f"customer {customer['id']} has no address of type {body['type']!r}")

    def delete_customer_address(self, call: Call) -> Response:
        customer = self._customer(call.query["customer"], missing_is_404=True)
        kept = [a for a in customer["other_addresses"] if a["type"] != call.query["type"]]
        if len(kept) == len(customer["other_addresses"]):
            raise Missing(f"customer {customer['id']} has no address of type {call.query['type']!r}")
        customer["other_addresses"] = kept
        return empty()

    @staticmethod
    def _sync_main_addresses(customer: Record) -> None:
        """Addresses typed "Empresa" / "Entrega" are the billing / shipping addresses."""
        for address in customer["other_addresses"]:
            if address["type"] in _ADDRESS_TYPES:
                key = "billing_address" if address["type"] == "Empresa" else "shipping_address"
                customer[key] = {k: v for k, v in address.items() if k != "type"}

    # -- orders --------------------------------------------------------------------------------

    def _order_lines(self, items: list[Record]) -> list[Record]:
        d, lines = self.d, []
        for item in items:
            kind = item.get("type", 1)
            if kind == 6 and not item.get("description"):
                continue  # a notes line without text is dropped
            line: Record = {"type": kind, "description": item.get("description", "Linha")}
            if kind == 1:
                if "quantity" not in item:
                    raise Invalid("items.quantity is mandatory for type 1 lines")
                product = d.entity(d.products, item.get("id"), "items.id")
                if product is not None:
                    line["product"] = project(copy.deepcopy(product), m.OrderItemProduct)
                    line["tax"] = product["tax"]
                line.update(
                    price=item.get("price", product["price"] if product else 0.0), discount=item.get("discount", 0.0)
                )
                line["warehouse"] = item.get("warehouse", 1)
            elif "price" not in item and kind in (2, 3, 4, 5):
                raise Invalid("items.price is mandatory for lines of type 2 to 5")
            else:
                line["price"] = item.get("price", 0.0)
            if kind in (4, 5) and "tax" not in item:
                raise Invalid("items.tax is mandatory for lines of type 4 and 5")
            if "tax" in item and kind in (1, 4, 5):
                line["tax"] = d.ref("taxes", item["tax"], "items.tax")
            line["quantity"] = item.get("quantity", 1.0)
            lines.append(line)
        return lines

    @staticmethod
    def _totals(order: Record) -> None:
        sums = dict.fromkeys(range(1, 7), 0.0)
        taxes = 0.0
        for line in order["items"]:
            value = line.get("price", 0.0) * line.get("quantity", 1.0) * (1 - line.get("discount", 0.0) / 100)
            sums[line["type"]] += value
            if line["type"] not in (3, 6):
                taxes += value * line.get("tax", {}).get("value", 0.0) / 100
        discounts = sums[4] + sums[5]
        subtotal = sums[1] + sums[2] - discounts
        order.update(
            merchandise=round(sums[1], 2),
            postage=round(sums[2], 2),
            adjustment=round(sums[3], 2),
            discounts=round(discounts, 2),
            subtotal=round(subtotal, 2),
            taxes=round(taxes, 2),
            total=round(subtotal + taxes - sums[3], 2),
        )
        if any(order[k] < 0 for k in ("merchandise", "postage", "discounts", "subtotal", "taxes", "total")):
            raise Invalid("all order totals must be positive")

    def _order_fields(self, order: Record, body: Record) -> None:
        d = self.d
        if "customer" in body:
            customer = d.entity(d.customers, body["customer"], "customer") or {}
            if not customer.get("billing_address"):
                raise Invalid("the customer needs a billing address")
            order["customer"] = project(copy.deepcopy(customer), m.OrderCustomer)
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
                order[key] = d.ref(table, body[key], key)
        if order["sales_document"]["document_type"] != 2:
            raise Invalid("sales_document must be an order document (type 2)")
        if "salesman" in body:
            order["salesman"] = project(
                copy.deepcopy(d.entity(d.salesmen, body["salesman"], "salesman") or {}), m.SalesmanSummary
            )
        _copy_fields(
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
            raise Invalid("exchange_rate is mandatory when the currency is not the base currency")
        for key in ("loading_location", "unloading_location"):
            if key in body:
                order[key] = d.address({"street": "-", "city": "-", **body[key]}, key, "PT")
        if "items" in body:
            order["items"] = self._order_lines(body["items"])
        self._totals(order)

    def create_order(self, call: Call) -> Response:
        d, body = self.d, _body(call)
        order: Record = {
            "items": [],
            "canceled": False,
            "closed": False,
            "sales_document": d.ref("salesdocuments", "ENC", "sales_document"),
            "currency": d.ref("currencies", "EUR", "currency"),
        }
        self._order_fields(order, body)
        order["id"] = f"ENC {order['series']['id']}/{len(d.orders) + 1}"
        order["hash"] = _order_hash(order)
        order["hash_control"] = "1"
        d.orders.add(d.touch(order))
        return model_response(m.CreatedString, {"id": order["id"]}, status=201)

    def update_order(self, call: Call) -> Response:
        d, body = self.d, _body(call)
        order = copy.deepcopy(_existing(d.orders, body["id"], "order"))
        if order["closed"]:
            raise Invalid("closed orders cannot be modified")
        self._order_fields(order, body)
        d.orders.add(d.touch(order))
        return empty()

    def delete_order(self, call: Call) -> Response:
        order = _existing(self.d.orders, call.query["id"], "order")
        if order["closed"]:
            order["canceled"] = True  # closed orders are canceled, open ones deleted
        else:
            self.d.orders.remove(order["id"])
        return empty()

    # -- lookup tables with writes -------------------------------------------------------------

    def _tax_rules(self, record: Record) -> None:
        if record.get("type") in (0, 4):
            if not record.get("exemption_reason"):
                raise Invalid("exemption_reason is mandatory for tax types 0 and 4")
            if record.get("value") != 0:
                raise Invalid("value must be 0 for tax types 0 and 4")
        elif record.get("value") == 0:
            raise Invalid("value cannot be 0 for tax types 1 to 3")

    def create_tax(self, call: Call) -> Response:
        d, body = self.d, _body(call)
        if body["id"] in d.lookups["taxes"]:
            raise Invalid(f"id {body['id']!r} is already in use")
        record = {k: v for k, v in body.items() if k != "exemption_reason"}
        if body.get("exemption_reason"):
            record["exemption_reason"] = d.ref("exemptionreasons", body["exemption_reason"], "exemption_reason")
        self._tax_rules(record)
        d.lookups["taxes"].add(record)
        return model_response(m.CreatedString, {"id": record["id"]}, status=201)

    def update_tax(self, call: Call) -> Response:
        d, body = self.d, _body(call)
        record = copy.deepcopy(_existing(d.lookups["taxes"], body["id"], "tax"))
        _copy_fields(record, body, "value", "description", "type")
        if "exemption_reason" in body:
            record["exemption_reason"] = d.ref("exemptionreasons", body["exemption_reason"], "exemption_reason")
        self._tax_rules(record)
        d.lookups["taxes"].add(record)
        return empty()

    def _create_keyed(self, table: str, defaults: Record) -> Handler:
        def handle(call: Call) -> Response:
            body = _body(call)
            collection = self.d.lookups[table]
            if body["id"] in collection:
                raise Invalid(f"id {body['id']!r} is already in use")
            collection.add({**defaults, **body})
            return model_response(m.CreatedString, {"id": body["id"]}, status=201)

        return handle

    def _update_keyed(self, table: str, what: str) -> Handler:
        def handle(call: Call) -> Response:
            body = _body(call)
            _existing(self.d.lookups[table], body["id"], what).update(body)
            return empty()

        return handle

    def create_warehouse(self, call: Call) -> Response:
        d, body = self.d, _body(call)
        warehouses = d.lookups["warehouses"]
        d.unique(warehouses, "code", body["code"])
        record: Record = {"id": warehouses.next_id(), "code": body["code"], "description": body["description"]}
        if "address" in body:
            record["address"] = d.address(body["address"], "address", d.company["address"]["country"]["iso_3166_1"])
        warehouses.add(record)
        return model_response(m.CreatedInt, {"id": record["id"]}, status=201)

    def update_warehouse(self, call: Call) -> Response:
        d, body = self.d, _body(call)
        record = _existing(d.lookups["warehouses"], body["id"], "warehouse")
        _copy_fields(record, body, "description")
        if "address" in body:
            record["address"] = d.address(body["address"], "address", None)
        return empty()


def _order_hash(order: Record) -> str:
    """A stable digest standing in for the fiscal hash Wisedat adds to new orders (since 1.3)."""
    basis = f"{order['id']}|{order.get('date')}|{order['total']:.2f}"
    return hashlib.sha1(basis.encode(), usedforsecurity=False).hexdigest()


def handlers(d: WisedatData) -> dict[str, Handler]:
    """The write operations of the Wisedat spec, by operationId."""
    w = _Writes(d)
    return {
        "create_product": w.create_product,
        "update_product": w.update_product,
        "delete_product": _delete(d.products, "product"),
        "create_category": w.create_category,
        "update_category": w.update_category,
        "delete_category": _delete(d.categories, "category"),
        "create_customer": w.create_customer,
        "update_customer": w.update_customer,
        "delete_customer": _delete(d.customers, "customer"),
        "list_customer_addresses": w.list_customer_addresses,
        "create_customer_address": w.create_customer_address,
        "update_customer_address": w.update_customer_address,
        "delete_customer_address": w.delete_customer_address,
        "create_salesman": w._create_party(d.salesmen),
        "update_salesman": w._update_party(d.salesmen, "salesman"),
        "delete_salesman": _delete(d.salesmen, "salesman"),
        "create_supplier": w._create_party(d.suppliers),
        "update_supplier": w._update_party(d.suppliers, "supplier"),
        "delete_supplier": _delete(d.suppliers, "supplier"),
        "create_order": w.create_order,
        "update_order": w.update_order,
        "delete_order": w.delete_order,
        "create_tax": w.create_tax,
        "update_tax": w.update_tax,
        "delete_tax": _delete(d.lookups["taxes"], "tax"),
        "create_unit": w._create_keyed("units", {}),
        "update_unit": w._update_keyed("units", "unit"),
        "delete_unit": _delete(d.lookups["units"], "unit"),
        "create_series": w._create_keyed("series", {"vat_cash_system": False, "active": True}),
        "update_series": w._update_keyed("series", "series"),
        "delete_series": _delete(d.lookups["series"], "series"),
        "create_warehouse": w.create_warehouse,
        "update_warehouse": w.update_warehouse,
        "delete_warehouse": _delete(d.lookups["warehouses"], "warehouse"),
    }
