"""Variance mode: a mock answers everything its spec allows, not only the one shape we wrote it to send.

With variance on (``python -m erp_mocks <vendor> --variance``, or :func:`enable` on an app), the
engine passes every JSON answer of a spec operation through :class:`Variance` before it leaves:

* in a success body, an optional property becomes ``null`` (where its schema accepts null) or is
  left out, unless the spec marks it ``x-present-when`` (optional in general, but always sent in
  the case a test drives, e.g. Wisedat's ``PublicKey`` when ``State`` is 1); error bodies keep
  their values (tests read the vendor's messages) and only gain unknown properties;
* objects gain an unknown extra property (response schemas never forbid them);
* a value of a ``oneOf`` / ``anyOf`` takes another branch's shape when one converts losslessly:
  an integer as a digit string and back, a number as a decimal string and back, an object as the
  array of its members in declared order (Wisedat ``PublicKey``) and back;
* a 401 loses its body (only a ``WWW-Authenticate`` header stays), as the specs allow.

The transformation is driven by the operation's response schema, deterministic for a given seed
and sequence of requests, and applied to the outgoing bytes only: the mock's own state never
changes. A transformed body that would not validate against the response schema is sent as it
was (variance stays within the spec). Vendor code that must vary what the engine cannot see (the
eGestor authorize page answered as JSON) asks :func:`enabled`.
"""

from __future__ import annotations

import json
import math
import random
from dataclasses import dataclass
from typing import Any

import jsonschema
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response

from erp_mocks.engine.spec import JSON, Operation, Spec, to_json_schema

EXTRA_PROPERTY = "xVarianceExtra"
"""Name of the unknown property variance adds to objects (no spec uses it)."""

_NULL_OR_DROP = 0.5
"""Share of optional properties that arrive as null or are left out (half each)."""
_EXTRA = 0.5
"""Share of objects that gain :data:`EXTRA_PROPERTY`."""
_OTHER_BRANCH = 0.5
"""Share of ``oneOf`` / ``anyOf`` values sent in another branch's shape, when one fits."""


@dataclass
class _Settings:
    seed: int


def enable(app: Starlette, *, seed: int = 0) -> Starlette:
    """Turn variance on for ``app`` (built by :func:`erp_mocks.engine.build_app`); returns ``app``."""
    app.state.variance = _Settings(seed)
    return app


def disable(app: Starlette) -> Starlette:
    """Turn variance off again (the app answers exactly as its vendor code says); returns ``app``."""
    app.state.variance = None
    return app


def enabled(request: Request) -> bool:
    """Whether the app serving ``request`` runs in variance mode."""
    return getattr(request.app.state, "variance", None) is not None


class Variance:
    """Seeded transformer of one app's JSON answers (see the module docstring)."""

    def __init__(self, spec: Spec, seed: int) -> None:
        self.spec = spec
        self.seed = seed
        self._random = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
        self._schemas: dict[tuple[str, int], JSON | None] = {}
        self._validators: dict[int, tuple[JSON, jsonschema.Draft4Validator]] = {}
        """Compiled validators by schema identity (the schema is kept so its id is not reused)."""

    def _valid(self, value: Any, schema: JSON) -> bool:
        cached = self._validators.get(id(schema))
        if cached is None or cached[0] is not schema:
            cached = (schema, jsonschema.Draft4Validator(to_json_schema(schema)))
            self._validators[id(schema)] = cached
        return bool(cached[1].is_valid(value))

    def response(self, op: Operation, response: Response) -> Response:
        """``response`` as variance sends it: a 401 without body, a JSON body varied within its schema."""
        if response.status_code == 401:
            headers = {k: v for k, v in response.headers.items() if k.lower() not in ("content-length", "content-type")}
            headers.setdefault("www-authenticate", "Bearer")
            return Response(b"", status_code=401, headers=headers)
        schema = self._schema(op, response.status_code)
        if schema is None or not response.headers.get("content-type", "").startswith("application/json"):
            return response
        raw = getattr(response, "body", None)  # a streamed answer has none: sent as it is
        if not isinstance(raw, bytes | memoryview):
            return response
        try:
            body = json.loads(bytes(raw))
        except ValueError:
            return response
        varied = self.vary(body, schema, optional=response.status_code < 300)
        if varied is body or not self._valid(varied, schema):
            return response
        headers = {k: v for k, v in response.headers.items() if k.lower() != "content-length"}
        return Response(json.dumps(varied).encode(), status_code=response.status_code, headers=headers)

    def _schema(self, op: Operation, status: int) -> JSON | None:
        key = (op.operation_id, status)
        if key not in self._schemas:
            responses = op.responses
            declared = responses.get(str(status), responses.get(f"{str(status)[0]}XX", responses.get("default")))
            schema = None
            if declared is not None:
                media = self.spec.resolve(declared).get("content", {}).get("application/json")
                schema = media.get("schema") if media else None
            self._schemas[key] = schema
        return self._schemas[key]

    def vary(self, value: Any, schema: JSON, *, optional: bool = True) -> Any:
        """``value`` (valid against ``schema``) with this transformer's variations applied.

        ``optional``: whether optional properties may be nulled or left out (success bodies).
        """
        if value is None:
            return None
        branches = schema.get("oneOf") or schema.get("anyOf")
        if branches:
            return self._vary_union(value, schema, branches, optional)
        parts = schema.get("allOf")
        if parts:
            return self.vary(value, _merge([schema, *parts]), optional=optional)
        if isinstance(value, dict) and "properties" in schema:
            return self._vary_object(value, schema, optional)
        if isinstance(value, list) and isinstance(schema.get("items"), dict):
            return [self.vary(item, schema["items"], optional=optional) for item in value]
        return value

    def _vary_object(self, value: dict[str, Any], schema: JSON, optional: bool) -> dict[str, Any]:
        required = set(schema.get("required", []))
        properties: JSON = schema["properties"]
        out: dict[str, Any] = {}
        for name, item in value.items():
            prop = properties.get(name)
            if prop is None:
                out[name] = item
                continue
            roll = self._random.random()
            if optional and name not in required and "x-present-when" not in prop and roll < _NULL_OR_DROP:
                if roll < _NULL_OR_DROP / 2 and self._valid(None, prop):
                    out[name] = None
                continue  # left out
            out[name] = self.vary(item, prop, optional=optional)
        if schema.get("additionalProperties") is not False and self._random.random() < _EXTRA:
            out[EXTRA_PROPERTY] = {"note": "an unknown property a client must ignore", "n": self._random.randint(0, 9)}
        return out

    def _vary_union(self, value: Any, schema: JSON, branches: list[JSON], optional: bool) -> Any:
        matching = [branch for branch in branches if self._valid(value, branch)]
        if not matching:
            return value
        if self._random.random() < _OTHER_BRANCH:
            for branch in branches:
                if branch in matching:
                    continue
                other = _convert(value, branch, matching[0])
                if other is not None and self._valid(other, schema):
                    return other
        return self.vary(value, matching[0], optional=optional)


def _merge(parts: list[JSON]) -> JSON:
    """The properties and required names of ``allOf`` parts as one object schema."""
    merged: JSON = {"properties": {}, "required": []}
    for part in parts:
        merged["properties"].update(part.get("properties", {}))
        merged["required"] += part.get("required", [])
        if part.get("additionalProperties") is False:
            merged["additionalProperties"] = False
    return merged


def _convert(value: Any, target: JSON, source: JSON) -> Any:
    """``value`` reshaped for the ``target`` branch, or None if there is no lossless conversion."""
    kind = target.get("type")
    if kind == "string" and isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if kind in ("integer", "number") and isinstance(value, str):
        return _number(value, integer=kind == "integer")
    names = list(source.get("properties", {}))
    if kind == "array" and isinstance(value, dict) and names and set(value) == set(names):
        return [value[name] for name in names]
    names = list(target.get("properties", {}))
    if kind == "object" and isinstance(value, list) and len(value) == len(names):
        return dict(zip(names, value, strict=True))
    return None


def _number(text: str, *, integer: bool) -> int | float | None:
    """``text`` as a JSON number when that is lossless (it prints back as ``text``: not "007" nor "50.00")."""
    try:
        number: int | float = int(text)
    except ValueError:
        if integer:
            return None
        try:
            number = float(text)
        except ValueError:
            return None
    if not math.isfinite(number) or json.dumps(number) != text:
        return None
    return number
