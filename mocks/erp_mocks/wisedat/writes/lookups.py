"""Wisedat writes to lookup tables: taxes, units, series and warehouses."""

from __future__ import annotations

import copy

from starlette.responses import Response

from erp_mocks.engine import BadInput, Call
from erp_mocks.engine.responses import empty, model_response
from erp_mocks.generated import wisedat as models
from erp_mocks.wisedat.resources import Record, WisedatData
from erp_mocks.wisedat.writes.common import Handler, body_of, copy_fields, existing

_NO_RATE = (models.TaxType.EXEMPT, models.TaxType.NO_DEDUCTION)
"""Tax types that need an exemption reason and a value of 0."""


class LookupWrites:
    """Creates and updates of taxes, units, series and warehouses."""

    def __init__(self, data: WisedatData) -> None:
        self.data = data

    def _tax_rules(self, record: Record) -> None:
        if record.get("type") in _NO_RATE:
            if not record.get("exemption_reason"):
                raise BadInput(["exemption_reason is mandatory for tax types 0 and 4"])
            if record.get("value") != 0:
                raise BadInput(["value must be 0 for tax types 0 and 4"])
        elif record.get("value") == 0:
            raise BadInput(["value cannot be 0 for tax types 1 to 3"])

    def create_tax(self, call: Call) -> Response:
        data, body = self.data, body_of(call)
        if body["id"] in data.lookups["taxes"]:
            raise BadInput([f"id {body['id']!r} is already in use"])
        record = {k: v for k, v in body.items() if k != "exemption_reason"}
        if body.get("exemption_reason"):
            record["exemption_reason"] = data.ref("exemptionreasons", body["exemption_reason"], "exemption_reason")
        self._tax_rules(record)
        data.lookups["taxes"].add(record)
        return model_response(models.CreatedString, {"id": record["id"]}, status=201)

    def update_tax(self, call: Call) -> Response:
        data, body = self.data, body_of(call)
        record = copy.deepcopy(existing(data.lookups["taxes"], body["id"], "tax"))
        copy_fields(record, body, "value", "description", "type")
        if "exemption_reason" in body:
            record["exemption_reason"] = data.ref("exemptionreasons", body["exemption_reason"], "exemption_reason")
        self._tax_rules(record)
        data.lookups["taxes"].add(record)
        return empty()

    def create_keyed(self, table: str, defaults: Record) -> Handler:
        def handle(call: Call) -> Response:
            body = body_of(call)
            collection = self.data.lookups[table]
            if body["id"] in collection:
                raise BadInput([f"id {body['id']!r} is already in use"])
            collection.add({**defaults, **body})
            return model_response(models.CreatedString, {"id": body["id"]}, status=201)

        return handle

    def update_keyed(self, table: str, what: str) -> Handler:
        def handle(call: Call) -> Response:
            body = body_of(call)
            existing(self.data.lookups[table], body["id"], what).update(body)
            return empty()

        return handle

    def create_warehouse(self, call: Call) -> Response:
        data, body = self.data, body_of(call)
        warehouses = data.lookups["warehouses"]
        data.unique(warehouses, "code", body["code"])
        record: Record = {"id": warehouses.next_id(), "code": body["code"], "description": body["description"]}
        if "address" in body:
            record["address"] = data.address(
                body["address"], "address", data.company["address"]["country"]["iso_3166_1"]
            )
        warehouses.add(record)
        return model_response(models.CreatedInt, {"id": record["id"]}, status=201)

    def update_warehouse(self, call: Call) -> Response:
        data, body = self.data, body_of(call)
        record = existing(data.lookups["warehouses"], body["id"], "warehouse")
        copy_fields(record, body, "description")
        if "address" in body:
            record["address"] = data.address(body["address"], "address", None)
        return empty()
