"""Building JSON responses through the generated pydantic models, so a mock cannot drift from its spec."""

from __future__ import annotations

from typing import Any

import pydantic
from starlette.responses import JSONResponse, Response


def public(data: Any) -> Any:
    """``data`` without the engine's private bookkeeping keys (those starting with ``_``)."""
    if isinstance(data, dict):
        return {k: public(v) for k, v in data.items() if not k.startswith("_")}
    if isinstance(data, list):
        return [public(v) for v in data]
    return data


def project(record: dict[str, Any], model: type[pydantic.BaseModel]) -> dict[str, Any]:
    """The keys of ``record`` that ``model`` declares (e.g. a detail record reduced to a list item)."""
    names = {field.alias or name for name, field in model.model_fields.items()}
    return {k: v for k, v in record.items() if k in names}


def dump(model: type[pydantic.BaseModel], data: Any) -> Any:
    """``data`` validated by ``model`` and serialized as JSON-ready data (``None`` fields omitted)."""
    return model.model_validate(public(data)).model_dump(mode="json", by_alias=True, exclude_none=True)


def model_response(model: type[pydantic.BaseModel], data: Any, status: int = 200, **kwargs: Any) -> Response:
    """A JSON response whose body ``model`` validated; a mismatch is a bug in the mock and raises."""
    return JSONResponse(dump(model, data), status_code=status, **kwargs)


def empty(status: int = 200) -> Response:
    """A success without a body."""
    return Response(status_code=status)
