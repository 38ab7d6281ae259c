"""The pure spec diff: every API change between two OpenAPI documents, classified.

No files, no git: :func:`compare` is a function of two parsed documents and returns a
:class:`Report` of structured :class:`Change` records. The classification rules are in the
package docstring (``scripts/spec_changes/__init__.py``).
"""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import inventory


class Level(enum.IntEnum):
    """How a change affects the users of the generated client."""

    NONE = 0
    FIX = 1
    FEATURE = 2
    BREAKING = 3

    @property
    def word(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Subject:
    """What a change is about: a field path inside a named schema, or a place described in words.

    Replaces labels built as strings and parsed back: ``Subject("ProductCreate").child("price")``
    renders as ```ProductCreate.price```; a place (``response 200 of GET /x``) renders as written.
    """

    schema: str | None = None
    path: tuple[str, ...] = ()
    place: str = ""

    def child(self, name: str) -> Subject:
        """The field ``name`` inside this schema or field."""
        if self.schema is not None:
            return Subject(self.schema, (*self.path, name))
        return Subject(place=f"`{name}` of {self}")

    def items(self) -> Subject:
        """The items of this array schema or field."""
        if self.schema is not None:
            if self.path:
                return Subject(self.schema, (*self.path[:-1], self.path[-1] + "[]"))
            return Subject(self.schema + "[]")
        return Subject(place=f"the items of {self}")

    def __str__(self) -> str:
        if self.schema is not None:
            return "`" + ".".join((self.schema, *self.path)) + "`"
        return self.place


@dataclass(frozen=True)
class Change:
    """One API change: how severe it is, what it is about and the sentence that says it."""

    level: Level
    text: str
    subject: str = ""
    """The operation, schema field or place the change is about (as rendered in ``text``)."""


@dataclass(frozen=True)
class Report:
    """Every API change between two specs."""

    changes: tuple[Change, ...] = ()

    @property
    def level(self) -> Level:
        """The classification of the whole change: its most severe part."""
        return max((c.level for c in self.changes), default=Level.NONE)

    def texts(self, level: Level) -> list[str]:
        """The descriptions of the changes at ``level``, in the order they were found."""
        return [c.text for c in self.changes if c.level == level]


_NAME = "x-spec-changes-schema"
"""Marker added to a schema inlined from ``#/components/schemas/<name>``: its name."""
_COMPONENT = "x-spec-changes-component"
"""Marker added to any other inlined component (response, parameter, ...): its name."""
_RECURSIVE = "x-spec-changes-recursive"
"""Marker replacing a ``$ref`` that refers back to a schema being inlined."""

_DOC_KEYS = frozenset({"description", "summary", "title", "example", "examples", "externalDocs", "x-doc-note"})
_PY_TYPE_FORMATS = frozenset({"date", "date-time", "binary", "byte", "uuid"})
"""Formats that change the Python type openapi-python-client generates."""
_LOWER_BOUNDS = ("minimum", "minLength", "minItems", "minProperties")
_UPPER_BOUNDS = ("maximum", "maxLength", "maxItems", "maxProperties")
_FLAGS = ("exclusiveMinimum", "exclusiveMaximum", "uniqueItems")
_MATCHERS = ("pattern", "multipleOf")
_COMPOSITIONS = ("oneOf", "anyOf", "allOf")
_SCHEMA_KEYS = frozenset(
    {
        _NAME,
        _COMPONENT,
        _RECURSIVE,
        "type",
        "format",
        "enum",
        "x-enum-varnames",
        "nullable",
        "default",
        "deprecated",
        "additionalProperties",
        "properties",
        "required",
        "items",
        *_DOC_KEYS,
        *_LOWER_BOUNDS,
        *_UPPER_BOUNDS,
        *_FLAGS,
        *_MATCHERS,
        *_COMPOSITIONS,
    }
)


_OPERATION_KEYS = frozenset(
    {"operationId", "tags", "deprecated", "summary", "description", "x-doc-note", "externalDocs", "security"}
    | {"parameters", "requestBody", "responses"}
)
_RESPONSE_KEYS = frozenset({"description", "x-doc-note", "headers", "content", _COMPONENT})


def resolve(spec: Mapping[str, Any]) -> dict[str, Any]:
    """``spec`` with every local ``$ref`` inlined.

    A schema inlined from ``#/components/schemas/<name>`` carries its name under a private marker
    key (changes are named after it), and so does any other inlined component (a shared response,
    parameter, ...) under another; a reference back into a schema being inlined (recursion) is
    replaced by a marker holding only that name. Each reference is inlined once and shared, so a
    component used by many operations is compared (and reported) once.
    """
    cache: dict[str, Any] = {}

    def target(ref: str) -> Any:
        if not ref.startswith("#/"):
            raise ValueError(f"only local $refs are supported, not {ref!r}")
        node: Any = spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def walk(node: Any, stack: tuple[str, ...]) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                name = ref.rsplit("/", 1)[-1]
                marker = _NAME if ref.startswith("#/components/schemas/") else _COMPONENT
                if ref in stack:
                    return {marker: name, _RECURSIVE: True}
                if ref not in cache:
                    inlined = walk(target(ref), (*stack, ref))
                    cache[ref] = {**inlined, marker: name} if isinstance(inlined, dict) else inlined
                return cache[ref]
            return {key: walk(value, stack) for key, value in node.items()}
        if isinstance(node, list):
            return [walk(value, stack) for value in node]
        return node

    resolved: dict[str, Any] = walk(dict(spec), ())
    return resolved


def _fmt(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _from_to(old: Any, new: Any) -> str:
    if old is None:
        return f"set to {_fmt(new)}"
    if new is None:
        return f"removed (was {_fmt(old)})"
    return f"changed from {_fmt(old)} to {_fmt(new)}"


def _security(requirements: Any) -> str:
    if not requirements:
        return "none"
    return " or ".join(" + ".join(sorted(req)) or "anonymous" for req in requirements)


def _operations(spec: Mapping[str, Any]) -> dict[inventory.Operation, tuple[str, dict[str, Any]]]:
    """Operations of a resolved spec, keyed like the inventory; path-level parameters and the
    document-wide ``security`` are folded into each operation."""
    ops: dict[inventory.Operation, tuple[str, dict[str, Any]]] = {}
    for path, item in (spec.get("paths") or {}).items():
        shared = (item or {}).get("parameters") or []
        for method in inventory.METHODS:
            if method not in (item or {}):
                continue
            op = dict(item[method])
            params = {(p.get("in"), p.get("name")): p for p in [*shared, *(op.get("parameters") or [])]}
            op["parameters"] = list(params.values())
            op["security"] = op.get("security", spec.get("security") or [])
            ops[(method.upper(), inventory.normalize_path(path))] = (path, op)
    return ops


def _describe_types(schema: Mapping[str, Any]) -> str:
    """What a schema without a ``type`` accepts, in words: its composition's branch types, else any type."""
    for keyword in ("oneOf", "anyOf"):
        branches = schema.get(keyword)
        if isinstance(branches, list) and branches:
            kinds = sorted({str(b.get("type", "any type")) for b in branches if isinstance(b, Mapping)})
            return "one of " + " or ".join(kinds)
    return "any type"


def _unwrap_nullable(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    """``{allOf: [X], nullable: true}`` (the OpenAPI 3.0 spelling of a nullable ``$ref``) read as X, nullable."""
    wrapped = schema.get("allOf")
    if not (isinstance(wrapped, list) and len(wrapped) == 1 and isinstance(wrapped[0], Mapping)):
        return schema
    if set(schema) - {"allOf", "nullable", *_DOC_KEYS}:
        return schema
    return {**wrapped[0], **{key: value for key, value in schema.items() if key != "allOf"}}


class _Comparer:
    """Collects the changes between two resolved specs."""

    def __init__(self) -> None:
        self.changes: dict[str, tuple[Level, str]] = {}
        self._done: set[tuple[int, int, str]] = set()

    def add(self, level: Level, text: str, subject: object = "") -> None:
        text = text[0].upper() + text[1:]
        before = self.changes.get(text, (Level.NONE, ""))[0]
        self.changes[text] = (max(level, before), str(subject))

    def report(self) -> Report:
        return Report(tuple(Change(level, text, subject) for text, (level, subject) in self.changes.items()))

    # -- documents and operations ---------------------------------------------------------

    def document(self, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        old_info, new_info = old.get("info") or {}, new.get("info") or {}
        if old_info.get("version") != new_info.get("version"):
            self.add(Level.FIX, f"API version {_from_to(old_info.get('version'), new_info.get('version'))}")
        if any(old_info.get(k) != new_info.get(k) for k in ("title", "description", "x-doc-note")):
            self.add(Level.FIX, "Updated the API title or description")
        if old.get("servers") != new.get("servers"):
            self.add(Level.FIX, "Changed the documented servers")
        self.security_schemes(
            (old.get("components") or {}).get("securitySchemes") or {},
            (new.get("components") or {}).get("securitySchemes") or {},
        )
        old_ops, new_ops = _operations(old), _operations(new)
        for key, (path, _) in old_ops.items():
            if key not in new_ops:
                self.add(Level.BREAKING, f"Removed operation {key[0]} {path}", f"{key[0]} {path}")
        for key, (path, op) in new_ops.items():
            if key not in old_ops:
                name = f" (`{op['operationId']}`)" if op.get("operationId") else ""
                self.add(Level.FEATURE, f"Added operation {key[0]} {path}{name}", f"{key[0]} {path}")
            else:
                self.operation(f"{key[0]} {path}", old_ops[key][1], op)

    def security_schemes(self, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        for name in old.keys() - new.keys():
            self.add(Level.BREAKING, f"Removed the security scheme `{name}`")
        for name in new.keys() - old.keys():
            self.add(Level.FEATURE, f"Added the security scheme `{name}`")
        for name in old.keys() & new.keys():
            before = {k: v for k, v in old[name].items() if k not in _DOC_KEYS}
            after = {k: v for k, v in new[name].items() if k not in _DOC_KEYS}
            if before != after:
                self.add(Level.BREAKING, f"Changed the security scheme `{name}`")
            elif old[name] != new[name]:
                self.add(Level.FIX, f"Updated the description of the security scheme `{name}`")

    def operation(self, label: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        if old.get("operationId") != new.get("operationId"):
            self.add(
                Level.BREAKING,
                f"Operation {label} renamed from `{old.get('operationId')}` to `{new.get('operationId')}` "
                "(the generated module and functions are renamed)",
                label,
            )
        old_tag, new_tag = (old.get("tags") or [None])[0], (new.get("tags") or [None])[0]
        if old_tag != new_tag:
            self.add(
                Level.BREAKING, f"Operation {label} moved from tag `{old_tag}` to `{new_tag}` (its module moves)", label
            )
        if bool(old.get("deprecated")) != bool(new.get("deprecated")):
            state = "Deprecated" if new.get("deprecated") else "Undeprecated"
            self.add(Level.FEATURE, f"{state} operation {label}", label)
        if any(old.get(k) != new.get(k) for k in ("summary", "description", "x-doc-note", "externalDocs")):
            self.add(Level.FIX, f"Updated the description of {label}", label)
        if _security(old.get("security")) != _security(new.get("security")):
            self.add(
                Level.BREAKING,
                f"Authentication of {label} changed from {_security(old.get('security'))} "
                f"to {_security(new.get('security'))}",
                label,
            )
        self.parameters(label, old.get("parameters") or [], new.get("parameters") or [])
        self.request_body(label, old.get("requestBody"), new.get("requestBody"))
        self.responses(label, old.get("responses") or {}, new.get("responses") or {})
        self._others(label, old, new, _OPERATION_KEYS)

    def _others(self, label: str, old: Mapping[str, Any], new: Mapping[str, Any], handled: frozenset[str]) -> None:
        """A fix for each remaining key that differs (``links``, ``callbacks``, extensions, ...)."""
        for key in sorted((old.keys() | new.keys()) - handled, key=str):
            if old.get(key) != new.get(key):
                self.add(Level.FIX, f"Changed `{key}` of {label}", label)

    def parameters(self, op: str, old: Sequence[Mapping[str, Any]], new: Sequence[Mapping[str, Any]]) -> None:
        before = {(p.get("in"), p.get("name")): p for p in old}
        after = {(p.get("in"), p.get("name")): p for p in new}
        for where, name in before:
            if (where, name) not in after:
                self.add(Level.BREAKING, f"Removed {where} parameter `{name}` from {op}", op)
        for (where, name), param in after.items():
            if (where, name) in before:
                continue
            if param.get("required"):
                self.add(Level.BREAKING, f"Added required {where} parameter `{name}` to {op}", op)
            else:
                self.add(Level.FEATURE, f"Added optional {where} parameter `{name}` to {op}", op)
        for key in sorted(before.keys() & after.keys(), key=str):
            old_p, new_p = before[key], after[key]
            shared = new_p.get(_COMPONENT) if new_p.get(_COMPONENT) == old_p.get(_COMPONENT) else None
            label = f"the shared {key[0]} parameter `{key[1]}`" if shared else f"{key[0]} parameter `{key[1]}` of {op}"
            if self._first(old_p, new_p, "parameter"):
                self.parameter(label, old_p, new_p)

    def _first(self, old: Mapping[str, Any], new: Mapping[str, Any], kind: str) -> bool:
        """Whether this pair of (possibly shared) objects is compared for the first time."""
        key = (id(old), id(new), kind)
        if key in self._done:
            return False
        self._done.add(key)
        return True

    def parameter(self, label: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        if bool(old.get("required")) != bool(new.get("required")):
            if new.get("required"):
                self.add(Level.BREAKING, f"{label} is now required", label)
            else:
                self.add(Level.FEATURE, f"{label} is now optional", label)
        if bool(old.get("deprecated")) != bool(new.get("deprecated")):
            self.add(Level.FEATURE, f"{'Deprecated' if new.get('deprecated') else 'Undeprecated'} {label}", label)
        if (old.get("style"), old.get("explode")) != (new.get("style"), new.get("explode")):
            self.add(Level.BREAKING, f"Changed how {label} is serialised (style/explode)", label)
        if any(old.get(k) != new.get(k) for k in ("description", "example", "examples", "x-doc-note")):
            self.add(Level.FIX, f"Updated the description of {label}", label)
        self.schema(label, old.get("schema") or {}, new.get("schema") or {}, "request")
        self.content(label, old.get("content") or {}, new.get("content") or {}, "request")

    def request_body(self, op: str, old: Mapping[str, Any] | None, new: Mapping[str, Any] | None) -> None:
        label = f"the request body of {op}"
        if old is None and new is None:
            return
        if old is None or new is None:
            if new is None:
                self.add(Level.BREAKING, f"{op} no longer takes a request body", op)
            elif new.get("required"):
                self.add(Level.BREAKING, f"{op} now requires a request body", op)
            else:
                self.add(Level.FEATURE, f"{op} now accepts an optional request body", op)
            return
        if bool(old.get("required")) != bool(new.get("required")):
            if new.get("required"):
                self.add(Level.BREAKING, f"{label} is now required", label)
            else:
                self.add(Level.FEATURE, f"{label} is now optional", label)
        if old.get("description") != new.get("description"):
            self.add(Level.FIX, f"Updated the description of {label}", label)
        self.content(label, old.get("content") or {}, new.get("content") or {}, "request")

    def responses(self, op: str, old: Mapping[Any, Any], new: Mapping[Any, Any]) -> None:
        before = {str(status): value for status, value in old.items()}
        after = {str(status): value for status, value in new.items()}
        for status in before.keys() - after.keys():
            self.add(Level.BREAKING, f"Removed response {status} from {op}", op)
        for status in sorted(after.keys() - before.keys()):
            self.add(Level.FEATURE, f"Added response {status} to {op}", op)
        for status in sorted(before.keys() & after.keys()):
            old_r, new_r = before[status] or {}, after[status] or {}
            shared = new_r.get(_COMPONENT) if new_r.get(_COMPONENT) == old_r.get(_COMPONENT) else None
            label = f"the shared response `{shared}`" if shared else f"response {status} of {op}"
            if not self._first(old_r, new_r, "response"):
                continue
            if any(old_r.get(k) != new_r.get(k) for k in ("description", "x-doc-note")):
                self.add(Level.FIX, f"Updated the description of {label}", label)
            old_h, new_h = old_r.get("headers") or {}, new_r.get("headers") or {}
            for header in old_h.keys() - new_h.keys():
                self.add(Level.BREAKING, f"Header `{header}` is no longer sent with {label}", label)
            for header in new_h.keys() - old_h.keys():
                self.add(Level.FEATURE, f"Header `{header}` is now sent with {label}", label)
            self.content(label, old_r.get("content") or {}, new_r.get("content") or {}, "response")
            self._others(label, old_r, new_r, _RESPONSE_KEYS)

    def content(self, label: str, old: Mapping[str, Any], new: Mapping[str, Any], direction: str) -> None:
        for media in old.keys() - new.keys():
            verb = "no longer accepts" if direction == "request" else "is no longer sent as"
            self.add(Level.BREAKING, f"{label} {verb} {media}", label)
        for media in new.keys() - old.keys():
            verb = "now also accepts" if direction == "request" else "may now be sent as"
            self.add(Level.FEATURE, f"{label} {verb} {media}", label)
        for media in sorted(old.keys() & new.keys()):
            self.schema(
                label, (old[media] or {}).get("schema") or {}, (new[media] or {}).get("schema") or {}, direction
            )

    # -- schemas --------------------------------------------------------------------------

    def schema(self, where: Subject | str, old: Mapping[str, Any], new: Mapping[str, Any], direction: str) -> None:
        """Record the changes between two schemas seen in ``direction`` ("request" or "response")."""
        label = where if isinstance(where, Subject) else Subject(place=where)
        old, new = _unwrap_nullable(old), _unwrap_nullable(new)
        old_name, new_name = old.get(_NAME), new.get(_NAME)
        if old_name and new_name and old_name != new_name:
            self.add(Level.BREAKING, f"{label} is now the schema `{new_name}` (was `{old_name}`)", label)
        if new_name and old_name == new_name:
            label = Subject(str(new_name))
        if old.get(_RECURSIVE) or new.get(_RECURSIVE):
            return
        if not self._first(old, new, direction):
            return
        if any(old.get(k) != new.get(k) for k in _DOC_KEYS):
            self.add(Level.FIX, f"Updated the description of {label}", label)
        if not self._type_change(label, old, new, direction):
            return
        self._format_change(label, old.get("format"), new.get("format"), direction)
        self.enum(label, old, new)
        self.constraints(label, old, new, direction)
        self.nullable(label, bool(old.get("nullable")), bool(new.get("nullable")), direction)
        if old.get("default") != new.get("default"):
            level = Level.BREAKING if direction == "request" else Level.FIX
            self.add(level, f"Default of {label} {_from_to(old.get('default'), new.get('default'))}", label)
        if bool(old.get("deprecated")) != bool(new.get("deprecated")):
            self.add(Level.FEATURE, f"{'Deprecated' if new.get('deprecated') else 'Undeprecated'} {label}", label)
        self.additional(label, old, new, direction)
        self.properties(label, old, new, direction)
        if isinstance(old.get("items"), dict) and isinstance(new.get("items"), dict):
            self.schema(label.items(), old["items"], new["items"], direction)
        for keyword in _COMPOSITIONS:
            self.variants(label, keyword, old.get(keyword) or [], new.get(keyword) or [], direction)
        for other in sorted((old.keys() | new.keys()) - _SCHEMA_KEYS, key=str):
            if old.get(other) != new.get(other):
                self.add(Level.FIX, f"Changed `{other}` of {label}", label)

    def _type_change(self, label: Subject, old: Mapping[str, Any], new: Mapping[str, Any], direction: str) -> bool:
        """Record a type change; return whether the rest of the two schemas is comparable."""
        before, after = old.get("type"), new.get("type")
        if before == after:
            return True
        if (before, after) == ("number", "integer"):
            self.add(Level.BREAKING, f"Type of {label} narrowed from number to integer", label)
        elif before is not None and ((before, after) == ("integer", "number") or after is None):
            wider = after or _describe_types(new)
            if direction == "request":
                self.add(Level.FEATURE, f"{label} now accepts {wider} (was {before})", label)
            else:
                self.add(Level.BREAKING, f"{label} may now be {wider} (was {before})", label)
        elif before is None:
            self.add(Level.BREAKING, f"Type of {label} narrowed to {after}", label)
        else:
            self.add(Level.BREAKING, f"Type of {label} changed from {before} to {after}", label)
        return False

    def _format_change(self, label: Subject, old: Any, new: Any, direction: str) -> None:
        if old == new:
            return
        if old in _PY_TYPE_FORMATS or new in _PY_TYPE_FORMATS:
            level = Level.BREAKING
        elif direction == "response":
            level = Level.FIX
        else:
            level = Level.FEATURE if new is None else Level.BREAKING
        self.add(level, f"Format of {label} {_from_to(old, new)}", label)

    def enum(self, label: Subject, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        before, after = old.get("enum"), new.get("enum")
        if before is None and after is None:
            return
        if before is None:
            values = ", ".join(_fmt(value) for value in after or [])
            self.add(Level.BREAKING, f"{label} is now restricted to the values {values}", label)
            return
        if after is None:
            self.add(Level.BREAKING, f"{label} is no longer an enum", label)
            return
        for value in before:
            if value not in after:
                self.add(Level.BREAKING, f"Removed enum value {_fmt(value)} from {label}", label)
        for value in after:
            if value not in before:
                self.add(Level.FEATURE, f"Added enum value {_fmt(value)} to {label}", label)
        old_names = dict(zip(before, old.get("x-enum-varnames") or [], strict=False))
        new_names = dict(zip(after, new.get("x-enum-varnames") or [], strict=False))
        for value in before:
            if value in old_names and value in new_names and old_names[value] != new_names[value]:
                self.add(
                    Level.BREAKING,
                    f"Enum value {_fmt(value)} of {label} renamed from `{old_names[value]}` to `{new_names[value]}`",
                    label,
                )

    def constraints(self, label: Subject, old: Mapping[str, Any], new: Mapping[str, Any], direction: str) -> None:
        for keyword in (*_LOWER_BOUNDS, *_UPPER_BOUNDS, *_FLAGS, *_MATCHERS):
            before, after = old.get(keyword), new.get(keyword)
            if before == after:
                continue
            if keyword in _LOWER_BOUNDS:
                tighter = after is not None and (before is None or after > before)
            elif keyword in _UPPER_BOUNDS:
                tighter = after is not None and (before is None or after < before)
            elif keyword in _FLAGS:
                tighter = bool(after)
            else:
                tighter = after is not None
            level = (Level.BREAKING if tighter else Level.FEATURE) if direction == "request" else Level.FIX
            self.add(level, f"Constraint `{keyword}` of {label} {_from_to(before, after)}", label)

    def nullable(self, label: Subject, old: bool, new: bool, direction: str) -> None:
        if old == new:
            return
        if direction == "request":
            level, text = (Level.FEATURE, "now accepts null") if new else (Level.BREAKING, "no longer accepts null")
        else:
            level, text = (Level.BREAKING, "may now be null") if new else (Level.FEATURE, "is never null any more")
        self.add(level, f"{label} {text}", label)

    def additional(self, label: Subject, old: Mapping[str, Any], new: Mapping[str, Any], direction: str) -> None:
        before, after = old.get("additionalProperties", True), new.get("additionalProperties", True)
        if isinstance(before, dict) and isinstance(after, dict):
            self.schema(label.child("*"), before, after, direction)
            return
        if before == after:
            return
        closed = after is False or (isinstance(after, dict) and before is True)
        if direction == "response":
            self.add(Level.FIX, f"Changed which undeclared fields {label} may carry", label)
        elif closed:
            self.add(Level.BREAKING, f"{label} no longer accepts undeclared fields", label)
        else:
            self.add(Level.FEATURE, f"{label} now accepts undeclared fields", label)

    def properties(self, label: Subject, old: Mapping[str, Any], new: Mapping[str, Any], direction: str) -> None:
        before, after = old.get("properties") or {}, new.get("properties") or {}
        old_required, new_required = set(old.get("required") or []), set(new.get("required") or [])
        for name in before:
            if name not in after:
                self.add(Level.BREAKING, f"Removed {direction} field {label.child(name)}", label.child(name))
        for name in after:
            if name in before:
                continue
            field = label.child(name)
            if direction == "response":
                self.add(Level.FEATURE, f"Added response field {field}", field)
            elif name in new_required:
                self.add(Level.BREAKING, f"Added required request field {field}", field)
            else:
                self.add(Level.FEATURE, f"Added optional request field {field}", field)
        for name in before:
            if name not in after:
                continue
            field = label.child(name)
            was, now = name in old_required, name in new_required
            if was != now:
                if direction == "request":
                    level, text = (Level.BREAKING, "is now required") if now else (Level.FEATURE, "is now optional")
                else:
                    level, text = (Level.FEATURE, "is now always present") if now else (Level.BREAKING, "may be absent")
                self.add(level, f"{direction.capitalize()} field {field} {text}", field)
            self.schema(field, before[name] or {}, after[name] or {}, direction)

    def variants(self, label: Subject, keyword: str, old: Sequence[Any], new: Sequence[Any], direction: str) -> None:
        if not old and not new:
            return

        def keyed(branches: Sequence[Any]) -> dict[str, Any]:
            if all(isinstance(b, dict) and b.get(_NAME) for b in branches):
                return {f"`{b[_NAME]}`": b for b in branches}
            return {f"#{i + 1}": b for i, b in enumerate(branches)}

        before, after = keyed(old), keyed(new)
        for name in before:
            if name not in after:
                self.add(Level.BREAKING, f"Removed the {keyword} variant {name} from {label}", label)
        for name in after:
            if name not in before:
                level = Level.BREAKING if keyword == "allOf" and direction == "request" else Level.FEATURE
                self.add(level, f"Added the {keyword} variant {name} to {label}", label)
        for name in before:
            if name in after and isinstance(before[name], dict) and isinstance(after[name], dict):
                self.schema(Subject(place=f"{label} ({keyword} variant {name})"), before[name], after[name], direction)


def compare(old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> Report:
    """Every API change from spec ``old`` to spec ``new`` (``None``: nothing released yet).

    A pure function of the two documents; see the module docstring for the classification.
    """
    comparer = _Comparer()
    comparer.document(resolve(old or {"paths": {}}), resolve(new))
    return comparer.report()
