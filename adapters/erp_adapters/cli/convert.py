"""Turn ``--param k=v`` strings and a ``--body`` JSON document into a method's annotated types.

Understood: ``str``, ``int``, ``float``, ``bool``, ``Decimal``, ``UUID``, dates and datetimes
(ISO 8601), enums (by value), ``list[T]`` (comma-separated, or a JSON array), ``dict`` (JSON), the
generated models (JSON through their ``from_dict``), and unions of these (tried in order; ``None``
and the generated ``Unset`` are skipped). An annotation it cannot resolve keeps the string.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import types
import typing
import uuid
from decimal import Decimal, InvalidOperation
from typing import Any

_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off"})


class ConversionError(ValueError):
    """A value does not fit the parameter's type (the message names the type, never the value)."""


def _members(annotation: Any) -> list[Any]:
    """The types of a union (``None`` and ``Unset`` dropped), or ``[annotation]``."""
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        return [a for a in typing.get_args(annotation) if a is not type(None) and getattr(a, "__name__", "") != "Unset"]
    return [annotation]


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        raise ConversionError("expected JSON") from None


def _scalar(kind: Any, text: str) -> Any:
    if kind is str or kind is Any or isinstance(kind, str):
        return text
    if kind is bool:
        lowered = text.strip().lower()
        if lowered in _TRUE | _FALSE:
            return lowered in _TRUE
        raise ConversionError("expected true or false")
    if kind is int:
        return int(text)
    if kind is float:
        return float(text)
    if kind is Decimal:
        return Decimal(text)
    if kind is uuid.UUID:
        return uuid.UUID(text)
    if kind is dt.datetime:
        return dt.datetime.fromisoformat(text)
    if kind is dt.date:
        return dt.date.fromisoformat(text)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(text)
    if kind is dict or typing.get_origin(kind) is dict:
        value = _json(text)
        if not isinstance(value, dict):
            raise ConversionError("expected a JSON object")
        return value
    if hasattr(kind, "from_dict"):
        return from_json_value(kind, _json(text))
    raise ConversionError(f"cannot read a {getattr(kind, '__name__', kind)} from the command line")


def convert(annotation: Any, text: str) -> Any:
    """``text`` as a value of ``annotation``; :class:`ConversionError` when none of its types fits."""
    problems: list[str] = []
    for kind in _members(annotation):
        try:
            if typing.get_origin(kind) is list:
                (item,) = typing.get_args(kind) or (str,)
                stripped = text.strip()
                parts = _json(stripped) if stripped.startswith("[") else [p for p in stripped.split(",") if p]
                return [p if not isinstance(p, str) else convert(item, p) for p in parts]
            return _scalar(kind, text)
        except (ConversionError, ValueError, InvalidOperation, TypeError, KeyError) as exc:
            problems.append(
                str(exc) if isinstance(exc, ConversionError) else f"not a {getattr(kind, '__name__', kind)}"
            )
    raise ConversionError("; ".join(dict.fromkeys(problems)) or "no usable type")


def from_json_value(annotation: Any, value: Any) -> Any:
    """A decoded JSON ``value`` as ``annotation`` (a generated model via ``from_dict``, a list of them, ...)."""
    problems: list[str] = []
    for kind in _members(annotation):
        try:
            if typing.get_origin(kind) is list:
                (item,) = typing.get_args(kind) or (Any,)
                if not isinstance(value, list):
                    raise ConversionError("expected a JSON array")
                return [from_json_value(item, v) for v in value]
            if hasattr(kind, "from_dict"):
                if not isinstance(value, dict):
                    raise ConversionError(f"{kind.__name__} needs a JSON object")
                return kind.from_dict(value)
            if isinstance(value, str):
                return _scalar(kind, value)
            return value
        except (ConversionError, ValueError, TypeError, KeyError) as exc:
            name = getattr(kind, "__name__", str(kind))
            problems.append(str(exc) if isinstance(exc, ConversionError) else f"not a valid {name} ({_why(exc)})")
    raise ConversionError("; ".join(dict.fromkeys(problems)) or "no usable type")


def _why(error: BaseException) -> str:
    """A generated model's own parse message (it names the field and the expected type), else the error's type."""
    if type(error).__module__.endswith("_client.errors"):
        return str(error)[:300]
    return type(error).__name__
