"""Wisedat customer, salesman and supplier writes (the fields they share: code, NIF, country, addresses)."""

from __future__ import annotations

import copy

from starlette.responses import Response

from erp_mocks.engine import BadInput, Call
from erp_mocks.engine.responses import empty, model_response, project
from erp_mocks.engine.store import Collection
from erp_mocks.generated import wisedat as models
from erp_mocks.wisedat.resources import Record, WisedatData, valid_nif
from erp_mocks.wisedat.writes.common import Handler, body_of, copy_fields, existing


class PartyWrites:
    """Creates and updates of customers, salesmen and suppliers."""

    def __init__(self, data: WisedatData) -> None:
        self.data = data

    def _party(self, record: Record, body: Record, collection: Collection[int], *, creating: bool) -> Record:
        """Fields shared by customers, salesmen and suppliers."""
        data = self.data
        if creating:
            data.unique(collection, "code", body["code"])
            record.update(id=collection.next_id(), code=body["code"], active=True)
        copy_fields(record, body, "name", "email", "phone", "notes", "website", "commission")
        if "tax_id" in body and not (record.get("tax_id") and not creating):  # kept once set
            record["tax_id"] = body["tax_id"]
        if "country" in body:
            record["country"] = data.country(body["country"])
        iso = record.get("country", {}).get("iso_3166_1")
        if iso == "PT" and "tax_id" in body and not valid_nif(body["tax_id"]):
            raise BadInput([f"tax_id {body['tax_id']!r} is not a valid Portuguese NIF"])
        for key in ("address", "billing_address", "shipping_address"):
            if key in body:
                record[key] = data.address(body[key], key, iso)
        return data.touch(record)

    def create_customer(self, call: Call) -> Response:
        data, body = self.data, body_of(call)
        if "billing_address" not in body and "shipping_address" not in body:
            raise BadInput(["one of billing_address or shipping_address is mandatory"])
        record: Record = {
            "other_addresses": [],
            "currency": data.ref("currencies", body.get("currency", "EUR"), "currency"),
        }
        self._party(record, body, data.customers, creating=True)
        self._customer_refs(record, body)
        data.customers.add(record)
        return model_response(models.CreatedInt, {"id": record["id"]}, status=201)

    def _customer_refs(self, record: Record, body: Record) -> None:
        data = self.data
        if "currency" in body:
            record["currency"] = data.ref("currencies", body["currency"], "currency")
        if "birthday" in body:
            record["birthday"] = body["birthday"]
        if "salesman" in body:
            salesman = data.entity(data.salesmen, body["salesman"], "salesman") or {}
            record["salesman"] = project(copy.deepcopy(salesman), models.SalesmanSummary)

    def update_customer(self, call: Call) -> Response:
        data, body = self.data, body_of(call)
        record = copy.deepcopy(existing(data.customers, body["id"], "customer"))
        self._party(record, body, data.customers, creating=False)
        self._customer_refs(record, body)
        data.customers.add(record)
        return empty()

    def create_party(self, collection: Collection[int]) -> Handler:
        def handle(call: Call) -> Response:
            record: Record = {}
            self._party(record, body_of(call), collection, creating=True)
            collection.add(record)
            return model_response(models.CreatedInt, {"id": record["id"]}, status=201)

        return handle

    def update_party(self, collection: Collection[int], what: str) -> Handler:
        def handle(call: Call) -> Response:
            body = body_of(call)
            record = copy.deepcopy(existing(collection, body["id"], what))
            self._party(record, body, collection, creating=False)
            collection.add(record)
            return empty()

        return handle
