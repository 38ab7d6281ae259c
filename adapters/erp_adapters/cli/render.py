"""Print a result: JSON (``--json``: the models' ``to_dict()``) or a short readable rendering."""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any


def plain(value: Any) -> Any:
    """``value`` as JSON-ready data: models through ``to_dict()``, lists and dicts recursively."""
    if hasattr(value, "to_dict") and callable(value.to_dict):
        return plain(value.to_dict())
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def as_json(value: Any) -> str:
    """``value`` as indented JSON."""
    return json.dumps(plain(value), indent=2, ensure_ascii=False, sort_keys=False)


def _short(value: Any) -> str:
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else str(value)


def readable(value: Any) -> str:
    """A record as ``key: value`` lines; a list as one ``key=value`` line per item; else its text."""
    data = plain(value)
    if isinstance(data, dict):
        width = max((len(k) for k in data), default=0)
        return "\n".join(f"{k.ljust(width)}  {_short(v)}" for k, v in data.items()) or "(empty)"
    if isinstance(data, list):
        return "\n".join(_line(item) for item in data) or "(no items)"
    return _short(data) or "(no content)"


def _line(item: Any) -> str:
    if isinstance(item, dict):
        return "  ".join(f"{k}={_short(v)}" for k, v in item.items())
    return _short(item)


def lines(items: Iterable[Any], *, json_lines: bool) -> Iterable[str]:
    """One output line per item of a paged list (JSON Lines with ``--json``)."""
    for item in items:
        yield json.dumps(plain(item), ensure_ascii=False) if json_lines else _line(plain(item))
