"""Wisedat product writes: create and update, with their references to taxes, units, categories and suppliers."""

from __future__ import annotations

import copy

from starlette.responses import Response

from erp_mocks.engine import BadInput, Call
from erp_mocks.engine.responses import empty, model_response, project
from erp_mocks.generated import wisedat as models
from erp_mocks.wisedat.resources import Record, WisedatData
from erp_mocks.wisedat.writes.common import body_of, copy_fields, existing

_PRODUCT_FIELDS = ("description", "barcode", "price", "type", "brief_description", "commercial_description", "notes")


class ProductWrites:
    """``create_product`` / ``update_product``."""

    def __init__(self, data: WisedatData) -> None:
        self.data = data

    def _product_refs(self, record: Record, body: Record) -> None:
        data = self.data
        if "tax" in body:
            record["tax"] = data.ref("taxes", body["tax"], "tax")
        if "unit" in body:
            record["unit"] = data.ref("units", body["unit"], "unit")
        if "warehouse" in body:
            data.ref("warehouses", body["warehouse"], "warehouse")
        if "categories" in body:
            record["categories"] = [
                project(
                    copy.deepcopy(data.entity(data.categories, c["id"], "categories.id") or {}), models.CategorySummary
                )
                for c in body["categories"]
            ]
        if "suppliers" in body:
            suppliers = []
            for entry in body["suppliers"]:
                data.entity(data.suppliers, entry["id"], "suppliers.id")
                unit = data.ref("units", entry["unit"], "suppliers.unit") if "unit" in entry else record["unit"]
                suppliers.append({"id": entry["id"], "cost_price": entry.get("cost_price", 0.0), "unit": unit})
            record["suppliers"] = suppliers
        if "main_supplier" in body:
            if body["main_supplier"] not in {s["id"] for s in record.get("suppliers", [])}:
                raise BadInput(["main_supplier must be one of the product's suppliers"])
            supplier = data.suppliers.get(body["main_supplier"]) or {}
            record["main_supplier"] = project(copy.deepcopy(supplier), models.SupplierSummary)

    def create_product(self, call: Call) -> Response:
        data, body = self.data, body_of(call)
        data.unique(data.products, "name", body["name"])
        data.unique(data.products, "barcode", body.get("barcode"))
        record: Record = {
            "id": data.products.next_id(),
            "active": True,
            "current_stock": 0.0,
            "images": [],
            "tax": data.ref("taxes", "NO", "tax"),
            "unit": data.ref("units", "UN", "unit"),
            "categories": [],
            "stocks": [{"id_warehouse": body.get("warehouse", 1), "current_stock": 0.0, "reserved_stock": 0.0}],
            "suppliers": [],
        }
        copy_fields(record, body, "name", *_PRODUCT_FIELDS)
        self._product_refs(record, body)
        data.products.add(data.touch(record))
        return model_response(models.CreatedInt, {"id": record["id"]}, status=201)

    def update_product(self, call: Call) -> Response:
        data, body = self.data, body_of(call)
        record = copy.deepcopy(existing(data.products, body["id"], "product"))
        data.unique(data.products, "barcode", body.get("barcode"), exclude=record["id"])
        copy_fields(record, body, *_PRODUCT_FIELDS)
        self._product_refs(record, body)
        data.products.add(data.touch(record))
        return empty()
