"""What every Wisedat write handler shares: the request body as a dict, lookups that 404, field copies."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from starlette.responses import Response

from erp_mocks.engine import Call
from erp_mocks.engine.responses import empty
from erp_mocks.engine.store import Collection
from erp_mocks.wisedat.resources import Missing, Record

Handler = Callable[[Call], Response]


def body_of(call: Call) -> Record:
    """The validated request body as JSON-ready data (only the fields the client sent)."""
    data: Record = call.body.model_dump(mode="json", exclude_unset=True) if call.body is not None else {}
    return data


def existing(collection: Collection[Any], key: Any, what: str) -> Record:
    """The record ``key`` of ``collection``; :class:`Missing` (404) naming ``what`` otherwise."""
    record = collection.get(key)
    if record is None:
        raise Missing(f"{what} {key!r} does not exist")
    return record


def delete_handler(collection: Collection[Any], what: str) -> Handler:
    """``DELETE ?id=``: remove the record (404 if there is none)."""

    def handle(call: Call) -> Response:
        existing(collection, call.query["id"], what)
        collection.remove(call.query["id"])
        return empty()

    return handle


def copy_fields(target: Record, body: Record, *names: str) -> None:
    """Copy the ``names`` present in ``body`` onto ``target``."""
    for name in names:
        if name in body:
            target[name] = body[name]
