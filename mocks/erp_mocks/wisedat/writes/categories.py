"""Wisedat category writes."""

from __future__ import annotations

from starlette.responses import Response

from erp_mocks.engine import Call
from erp_mocks.engine.responses import empty, model_response
from erp_mocks.generated import wisedat as models
from erp_mocks.wisedat.resources import WisedatData
from erp_mocks.wisedat.writes.common import body_of, copy_fields, existing


class CategoryWrites:
    """``create_category`` / ``update_category``."""

    def __init__(self, data: WisedatData) -> None:
        self.data = data

    def create_category(self, call: Call) -> Response:
        data, body = self.data, body_of(call)
        parent = data.entity(data.categories, body.get("id_parent"), "id_parent")
        record = {"id": data.categories.next_id(), "_parent_name": parent["name"] if parent else None}
        copy_fields(record, body, "name", "short_name", "id_parent")
        data.categories.add(data.touch(record))
        return model_response(models.CreatedInt, {"id": record["id"]}, status=201)

    def update_category(self, call: Call) -> Response:
        data, body = self.data, body_of(call)
        record = existing(data.categories, body["id"], "category")
        copy_fields(record, body, "name", "short_name")
        data.touch(record)
        return empty()
