"""Hypothesis strategies for the JSON values a JSON Schema (draft 7, as converted from our specs) accepts.

Covers what the five specs use: ``$ref`` to ``#/definitions``, ``type`` (one or a list), ``enum``,
``properties``/``required``/``additionalProperties``, ``items``/``minItems``/``maxItems``/
``uniqueItems``, ``oneOf``/``anyOf``/``allOf``, numeric bounds (inclusive and exclusive),
``minLength``/``maxLength``/``pattern`` and the formats ``date``, ``date-time`` and ``email``.
Values are kept small. Where a keyword combination could produce a value the schema rejects
(``oneOf`` overlap, pattern and length), the caller filters with a validator.
"""

from __future__ import annotations

import datetime
import json
from typing import Any

from hypothesis import strategies as st

_ZONES = [None, datetime.UTC, datetime.timezone(datetime.timedelta(hours=-3))]
_MAX_TEXT = 12
_MAX_ITEMS = 3

_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-1000, 1000), st.text(max_size=_MAX_TEXT))
ANY_JSON: st.SearchStrategy[Any] = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=_MAX_ITEMS), st.dictionaries(st.text(max_size=6), inner, max_size=_MAX_ITEMS)
    ),
    max_leaves=5,
)


def from_schema(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Values for ``schema``, whose ``$ref``s point into its own ``definitions``."""
    return _Builder(schema.get("definitions", {})).build(schema)


class _Builder:
    def __init__(self, definitions: dict[str, Any]) -> None:
        self._definitions = definitions
        self._refs: dict[str, st.SearchStrategy[Any]] = {}

    def build(self, schema: Any) -> st.SearchStrategy[Any]:
        if schema is True or schema == {}:
            return ANY_JSON
        if schema is False:
            return st.nothing()
        if "$ref" in schema:
            return self._ref(schema["$ref"])
        if "enum" in schema:
            return st.sampled_from(schema["enum"])
        if "const" in schema:
            return st.just(schema["const"])
        if "allOf" in schema:
            return self.build(_merge([*schema["allOf"], {k: v for k, v in schema.items() if k != "allOf"}]))
        for union in ("oneOf", "anyOf"):
            if union in schema:
                rest = {k: v for k, v in schema.items() if k != union}
                return st.one_of([self.build(_merge([branch, rest]) if rest else branch) for branch in schema[union]])
        kind = schema.get("type")
        if isinstance(kind, list):
            return st.one_of([self.build({**schema, "type": one}) for one in kind])
        if kind is None:
            kind = "object" if "properties" in schema else "array" if "items" in schema else None
        if kind is None:
            return ANY_JSON
        strategy: st.SearchStrategy[Any] = getattr(self, f"_{kind}")(schema)
        return strategy

    def _ref(self, ref: str) -> st.SearchStrategy[Any]:
        name = ref.rsplit("/", 1)[-1]
        if name not in self._refs:
            self._refs[name] = st.deferred(lambda: self.build(self._definitions[name]))
        return self._refs[name]

    def _null(self, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
        return st.none()

    def _boolean(self, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
        return st.booleans()

    def _integer(self, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
        low, high = _bounds(schema)
        low = None if low is None else int(low) + (1 if "exclusiveMinimum" in schema else 0)
        high = None if high is None else int(high) - (1 if "exclusiveMaximum" in schema else 0)
        return st.integers(low if low is not None else -(10**6), high if high is not None else 10**6)

    def _number(self, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
        low, high = _bounds(schema)
        floats = st.floats(
            min_value=low,
            max_value=high,
            exclude_min="exclusiveMinimum" in schema,
            exclude_max="exclusiveMaximum" in schema,
            allow_nan=False,
            allow_infinity=False,
            width=32,
        )
        return st.one_of(self._integer(schema), floats)

    def _string(self, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
        fmt = schema.get("format")
        if fmt == "date":
            return st.dates(datetime.date(1990, 1, 1), datetime.date(2100, 1, 1)).map(datetime.date.isoformat)
        if fmt == "date-time":
            moments = st.datetimes(
                datetime.datetime(1990, 1, 1), datetime.datetime(2100, 1, 1), timezones=st.sampled_from(_ZONES)
            )
            return st.one_of(
                moments.map(lambda moment: moment.isoformat(timespec="seconds")),
                moments.map(lambda moment: moment.isoformat().replace("+00:00", "Z")),
            )
        if fmt == "email":
            return st.from_regex(r"[a-z]{1,8}@[a-z]{1,8}\.(com|pt|se)", fullmatch=True)
        low, high = schema.get("minLength", 0), schema.get("maxLength", max(schema.get("minLength", 0), _MAX_TEXT))
        if "pattern" in schema:
            return st.from_regex(schema["pattern"]).filter(lambda text: low <= len(text) <= high)
        return st.text(min_size=low, max_size=high)

    def _array(self, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
        low = schema.get("minItems", 0)
        high = schema.get("maxItems", low + _MAX_ITEMS)
        items = self.build(schema.get("items", {}))
        if schema.get("uniqueItems"):
            return st.lists(items, min_size=low, max_size=high, unique_by=lambda item: json.dumps(item, sort_keys=True))
        return st.lists(items, min_size=low, max_size=high)

    def _object(self, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
        properties = schema.get("properties", {})
        required = set(schema.get("required", []))
        declared = st.fixed_dictionaries(
            {name: self.build(sub) for name, sub in properties.items() if name in required},
            optional={name: self.build(sub) for name, sub in properties.items() if name not in required},
        )
        extra = schema.get("additionalProperties", True)
        if extra is False:
            return declared
        unknown = st.dictionaries(
            st.text(min_size=1, max_size=8).filter(lambda key: key not in properties),
            ANY_JSON if extra is True else self.build(extra),
            max_size=2,
        )
        return st.builds(lambda known, more: {**more, **known}, declared, unknown)


def _bounds(schema: dict[str, Any]) -> tuple[float | None, float | None]:
    low = schema.get("exclusiveMinimum", schema.get("minimum"))
    high = schema.get("exclusiveMaximum", schema.get("maximum"))
    return low, high


def _merge(schemas: list[Any]) -> dict[str, Any]:
    """``allOf`` of object schemas as one schema (properties and required united; other keys: last wins)."""
    merged: dict[str, Any] = {}
    for schema in schemas:
        for key, value in schema.items():
            if key == "properties":
                merged.setdefault("properties", {}).update(value)
            elif key == "required":
                merged["required"] = sorted({*merged.get("required", []), *value})
            else:
                merged[key] = value
    return merged
