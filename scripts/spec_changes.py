"""Regenerate clients after a spec edit and tell their users what changed.

Usage::

    python scripts/spec_changes.py [vendor ...]            # regenerate, bump versions, write changelogs
    python scripts/spec_changes.py [vendor ...] --dry-run  # print what that would do; write nothing
    python scripts/spec_changes.py --report                # CI: the change list of every changed spec

(``nox -s regen -- [vendor] [--dry-run]`` runs the first two and then import-checks the result.)

For each vendor (default: all), regeneration

1. compares ``specs/<vendor>.yaml`` with the **last released spec** and classifies the change
   (:func:`compare`, a pure function of two OpenAPI documents);
2. sets the client's version, ``package_version_override`` in ``specs/generator/<vendor>.yaml``,
   to the released version bumped per semver (:func:`next_version`);
3. writes a changelog entry listing the API changes to ``specs/changelog/<vendor>.md``, which
   ``scripts/generate.py`` copies to ``clients/<vendor>/CHANGELOG.md``;
4. regenerates the client and the mock models (``generate.generate_into`` + ``generate.install``).

**The last released spec** is the spec at the last commit that changed the
``package_version_override`` line of the vendor's generator config
(``git log -1 --format=%H -G package_version_override -- specs/generator/<vendor>.yaml``), or at
HEAD when no commit did. Releasing a client is committing the bump this script wrote. Until that
commit, the baseline stays put, so rerunning the script recomputes the same bump and replaces its
own unreleased changelog entry instead of bumping twice; a version set higher by hand is kept.
Without git history (no repository, or a shallow clone missing the commit) the baseline is HEAD or,
when there is no git at all, the report says so and changes nothing.

**Classification** (the highest level of any change wins):

* *breaking* (major; minor while the version is 0.x): an operation, parameter, request field,
  response field, response status, content type, enum value or variant removed; an operationId or
  first tag changed (the generated module moves); a type narrowed or changed (``number`` ->
  ``integer``, ``string`` -> ``integer``); a format that changes the Python type changed; a
  parameter, request body or request field newly required; a request constraint tightened
  (``minimum``, ``maxLength``, ``pattern``, ``enum`` introduced, ...); a request default changed;
  null no longer accepted in a request or newly possible in a response; a response field no longer
  always present; an operation's security requirements or a security scheme changed;
* *feature* (minor; patch while 0.x): anything added (operation, optional parameter or request field,
  response field or status, enum value, variant, content type); a request constraint loosened; a
  deprecation;
* *fix* (patch): documentation only (descriptions, summaries, titles, examples, ``x-doc-note``),
  response constraints, servers, the API version string, and any other change not listed above.

Schemas are compared with every ``$ref`` inlined, per operation: parameters (in, required, schema
type/format/enum/bounds/pattern), request bodies per content type, responses per status and content
type. Changes are named after the schema they are in (``ProductCreate.barcode``), so a schema used
by many operations is reported once.
"""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import json
import re
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import generate
import inventory
import yaml

# ---------------------------------------------------------------------------------------------
# Classification (pure)
# ---------------------------------------------------------------------------------------------


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
class Change:
    """One API change, in plain words."""

    level: Level
    text: str


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


def _child(label: str, name: str) -> str:
    """The label of field ``name`` inside the schema or field called ``label``."""
    if label.startswith("`") and label.endswith("`") and " " not in label:
        return f"{label[:-1]}.{name}`"
    return f"`{name}` of {label}"


def _items(label: str) -> str:
    if label.startswith("`") and label.endswith("`") and " " not in label:
        return f"{label[:-1]}[]`"
    return f"the items of {label}"


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


class _Comparer:
    """Collects the changes between two resolved specs."""

    def __init__(self) -> None:
        self.changes: dict[str, Level] = {}
        self._done: set[tuple[int, int, str]] = set()

    def add(self, level: Level, text: str) -> None:
        text = text[0].upper() + text[1:]
        self.changes[text] = max(level, self.changes.get(text, Level.NONE))

    def report(self) -> Report:
        return Report(tuple(Change(level, text) for text, level in self.changes.items()))

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
                self.add(Level.BREAKING, f"Removed operation {key[0]} {path}")
        for key, (path, op) in new_ops.items():
            if key not in old_ops:
                name = f" (`{op['operationId']}`)" if op.get("operationId") else ""
                self.add(Level.FEATURE, f"Added operation {key[0]} {path}{name}")
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
            )
        old_tag, new_tag = (old.get("tags") or [None])[0], (new.get("tags") or [None])[0]
        if old_tag != new_tag:
            self.add(Level.BREAKING, f"Operation {label} moved from tag `{old_tag}` to `{new_tag}` (its module moves)")
        if bool(old.get("deprecated")) != bool(new.get("deprecated")):
            state = "Deprecated" if new.get("deprecated") else "Undeprecated"
            self.add(Level.FEATURE, f"{state} operation {label}")
        if any(old.get(k) != new.get(k) for k in ("summary", "description", "x-doc-note", "externalDocs")):
            self.add(Level.FIX, f"Updated the description of {label}")
        if _security(old.get("security")) != _security(new.get("security")):
            self.add(
                Level.BREAKING,
                f"Authentication of {label} changed from {_security(old.get('security'))} "
                f"to {_security(new.get('security'))}",
            )
        self.parameters(label, old.get("parameters") or [], new.get("parameters") or [])
        self.request_body(label, old.get("requestBody"), new.get("requestBody"))
        self.responses(label, old.get("responses") or {}, new.get("responses") or {})
        self._others(label, old, new, _OPERATION_KEYS)

    def _others(self, label: str, old: Mapping[str, Any], new: Mapping[str, Any], handled: frozenset[str]) -> None:
        """A fix for each remaining key that differs (``links``, ``callbacks``, extensions, ...)."""
        for key in sorted((old.keys() | new.keys()) - handled, key=str):
            if old.get(key) != new.get(key):
                self.add(Level.FIX, f"Changed `{key}` of {label}")

    def parameters(self, op: str, old: Sequence[Mapping[str, Any]], new: Sequence[Mapping[str, Any]]) -> None:
        before = {(p.get("in"), p.get("name")): p for p in old}
        after = {(p.get("in"), p.get("name")): p for p in new}
        for where, name in before:
            if (where, name) not in after:
                self.add(Level.BREAKING, f"Removed {where} parameter `{name}` from {op}")
        for (where, name), param in after.items():
            if (where, name) in before:
                continue
            if param.get("required"):
                self.add(Level.BREAKING, f"Added required {where} parameter `{name}` to {op}")
            else:
                self.add(Level.FEATURE, f"Added optional {where} parameter `{name}` to {op}")
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
                self.add(Level.BREAKING, f"{label} is now required")
            else:
                self.add(Level.FEATURE, f"{label} is now optional")
        if bool(old.get("deprecated")) != bool(new.get("deprecated")):
            self.add(Level.FEATURE, f"{'Deprecated' if new.get('deprecated') else 'Undeprecated'} {label}")
        if (old.get("style"), old.get("explode")) != (new.get("style"), new.get("explode")):
            self.add(Level.BREAKING, f"Changed how {label} is serialised (style/explode)")
        if any(old.get(k) != new.get(k) for k in ("description", "example", "examples", "x-doc-note")):
            self.add(Level.FIX, f"Updated the description of {label}")
        self.schema(label, old.get("schema") or {}, new.get("schema") or {}, "request")
        self.content(label, old.get("content") or {}, new.get("content") or {}, "request")

    def request_body(self, op: str, old: Mapping[str, Any] | None, new: Mapping[str, Any] | None) -> None:
        label = f"the request body of {op}"
        if old is None and new is None:
            return
        if old is None or new is None:
            if new is None:
                self.add(Level.BREAKING, f"{op} no longer takes a request body")
            elif new.get("required"):
                self.add(Level.BREAKING, f"{op} now requires a request body")
            else:
                self.add(Level.FEATURE, f"{op} now accepts an optional request body")
            return
        if bool(old.get("required")) != bool(new.get("required")):
            if new.get("required"):
                self.add(Level.BREAKING, f"{label} is now required")
            else:
                self.add(Level.FEATURE, f"{label} is now optional")
        if old.get("description") != new.get("description"):
            self.add(Level.FIX, f"Updated the description of {label}")
        self.content(label, old.get("content") or {}, new.get("content") or {}, "request")

    def responses(self, op: str, old: Mapping[Any, Any], new: Mapping[Any, Any]) -> None:
        before = {str(status): value for status, value in old.items()}
        after = {str(status): value for status, value in new.items()}
        for status in before.keys() - after.keys():
            self.add(Level.BREAKING, f"Removed response {status} from {op}")
        for status in sorted(after.keys() - before.keys()):
            self.add(Level.FEATURE, f"Added response {status} to {op}")
        for status in sorted(before.keys() & after.keys()):
            old_r, new_r = before[status] or {}, after[status] or {}
            shared = new_r.get(_COMPONENT) if new_r.get(_COMPONENT) == old_r.get(_COMPONENT) else None
            label = f"the shared response `{shared}`" if shared else f"response {status} of {op}"
            if not self._first(old_r, new_r, "response"):
                continue
            if any(old_r.get(k) != new_r.get(k) for k in ("description", "x-doc-note")):
                self.add(Level.FIX, f"Updated the description of {label}")
            old_h, new_h = old_r.get("headers") or {}, new_r.get("headers") or {}
            for header in old_h.keys() - new_h.keys():
                self.add(Level.BREAKING, f"Header `{header}` is no longer sent with {label}")
            for header in new_h.keys() - old_h.keys():
                self.add(Level.FEATURE, f"Header `{header}` is now sent with {label}")
            self.content(label, old_r.get("content") or {}, new_r.get("content") or {}, "response")
            self._others(label, old_r, new_r, _RESPONSE_KEYS)

    def content(self, label: str, old: Mapping[str, Any], new: Mapping[str, Any], direction: str) -> None:
        for media in old.keys() - new.keys():
            verb = "no longer accepts" if direction == "request" else "is no longer sent as"
            self.add(Level.BREAKING, f"{label} {verb} {media}")
        for media in new.keys() - old.keys():
            verb = "now also accepts" if direction == "request" else "may now be sent as"
            self.add(Level.FEATURE, f"{label} {verb} {media}")
        for media in sorted(old.keys() & new.keys()):
            self.schema(
                label, (old[media] or {}).get("schema") or {}, (new[media] or {}).get("schema") or {}, direction
            )

    # -- schemas --------------------------------------------------------------------------

    def schema(self, label: str, old: Mapping[str, Any], new: Mapping[str, Any], direction: str) -> None:
        """Record the changes between two schemas seen in ``direction`` ("request" or "response")."""
        old_name, new_name = old.get(_NAME), new.get(_NAME)
        if old_name and new_name and old_name != new_name:
            self.add(Level.BREAKING, f"{label} is now the schema `{new_name}` (was `{old_name}`)")
        if new_name:
            label = f"`{new_name}`"
        if old.get(_RECURSIVE) or new.get(_RECURSIVE):
            return
        if not self._first(old, new, direction):
            return
        if any(old.get(k) != new.get(k) for k in _DOC_KEYS):
            self.add(Level.FIX, f"Updated the description of {label}")
        if not self.type(label, old, new, direction):
            return
        self.format(label, old.get("format"), new.get("format"), direction)
        self.enum(label, old, new)
        self.constraints(label, old, new, direction)
        self.nullable(label, bool(old.get("nullable")), bool(new.get("nullable")), direction)
        if old.get("default") != new.get("default"):
            level = Level.BREAKING if direction == "request" else Level.FIX
            self.add(level, f"Default of {label} {_from_to(old.get('default'), new.get('default'))}")
        if bool(old.get("deprecated")) != bool(new.get("deprecated")):
            self.add(Level.FEATURE, f"{'Deprecated' if new.get('deprecated') else 'Undeprecated'} {label}")
        self.additional(label, old, new, direction)
        self.properties(label, old, new, direction)
        if isinstance(old.get("items"), dict) and isinstance(new.get("items"), dict):
            self.schema(_items(label), old["items"], new["items"], direction)
        for keyword in _COMPOSITIONS:
            self.variants(label, keyword, old.get(keyword) or [], new.get(keyword) or [], direction)
        for other in sorted((old.keys() | new.keys()) - _SCHEMA_KEYS, key=str):
            if old.get(other) != new.get(other):
                self.add(Level.FIX, f"Changed `{other}` of {label}")

    def type(self, label: str, old: Mapping[str, Any], new: Mapping[str, Any], direction: str) -> bool:
        """Record a type change; return whether the rest of the two schemas is comparable."""
        before, after = old.get("type"), new.get("type")
        if before == after:
            return True
        if (before, after) == ("number", "integer"):
            self.add(Level.BREAKING, f"Type of {label} narrowed from number to integer")
        elif before is not None and ((before, after) == ("integer", "number") or after is None):
            wider = after or "any type"
            if direction == "request":
                self.add(Level.FEATURE, f"{label} now accepts {wider} (was {before})")
            else:
                self.add(Level.BREAKING, f"{label} may now be {wider} (was {before})")
        elif before is None:
            self.add(Level.BREAKING, f"Type of {label} narrowed to {after}")
        else:
            self.add(Level.BREAKING, f"Type of {label} changed from {before} to {after}")
        return False

    def format(self, label: str, old: Any, new: Any, direction: str) -> None:
        if old == new:
            return
        if old in _PY_TYPE_FORMATS or new in _PY_TYPE_FORMATS:
            level = Level.BREAKING
        elif direction == "response":
            level = Level.FIX
        else:
            level = Level.FEATURE if new is None else Level.BREAKING
        self.add(level, f"Format of {label} {_from_to(old, new)}")

    def enum(self, label: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        before, after = old.get("enum"), new.get("enum")
        if before is None and after is None:
            return
        if before is None:
            values = ", ".join(_fmt(value) for value in after or [])
            self.add(Level.BREAKING, f"{label} is now restricted to the values {values}")
            return
        if after is None:
            self.add(Level.BREAKING, f"{label} is no longer an enum")
            return
        for value in before:
            if value not in after:
                self.add(Level.BREAKING, f"Removed enum value {_fmt(value)} from {label}")
        for value in after:
            if value not in before:
                self.add(Level.FEATURE, f"Added enum value {_fmt(value)} to {label}")
        old_names = dict(zip(before, old.get("x-enum-varnames") or [], strict=False))
        new_names = dict(zip(after, new.get("x-enum-varnames") or [], strict=False))
        for value in before:
            if value in old_names and value in new_names and old_names[value] != new_names[value]:
                self.add(
                    Level.BREAKING,
                    f"Enum value {_fmt(value)} of {label} renamed from `{old_names[value]}` to `{new_names[value]}`",
                )

    def constraints(self, label: str, old: Mapping[str, Any], new: Mapping[str, Any], direction: str) -> None:
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
            self.add(level, f"Constraint `{keyword}` of {label} {_from_to(before, after)}")

    def nullable(self, label: str, old: bool, new: bool, direction: str) -> None:
        if old == new:
            return
        if direction == "request":
            level, text = (Level.FEATURE, "now accepts null") if new else (Level.BREAKING, "no longer accepts null")
        else:
            level, text = (Level.BREAKING, "may now be null") if new else (Level.FEATURE, "is never null any more")
        self.add(level, f"{label} {text}")

    def additional(self, label: str, old: Mapping[str, Any], new: Mapping[str, Any], direction: str) -> None:
        before, after = old.get("additionalProperties", True), new.get("additionalProperties", True)
        if isinstance(before, dict) and isinstance(after, dict):
            self.schema(_child(label, "*"), before, after, direction)
            return
        if before == after:
            return
        closed = after is False or (isinstance(after, dict) and before is True)
        if direction == "response":
            self.add(Level.FIX, f"Changed which undeclared fields {label} may carry")
        elif closed:
            self.add(Level.BREAKING, f"{label} no longer accepts undeclared fields")
        else:
            self.add(Level.FEATURE, f"{label} now accepts undeclared fields")

    def properties(self, label: str, old: Mapping[str, Any], new: Mapping[str, Any], direction: str) -> None:
        before, after = old.get("properties") or {}, new.get("properties") or {}
        old_required, new_required = set(old.get("required") or []), set(new.get("required") or [])
        for name in before:
            if name not in after:
                self.add(Level.BREAKING, f"Removed {direction} field {_child(label, name)}")
        for name in after:
            if name in before:
                continue
            field = _child(label, name)
            if direction == "response":
                self.add(Level.FEATURE, f"Added response field {field}")
            elif name in new_required:
                self.add(Level.BREAKING, f"Added required request field {field}")
            else:
                self.add(Level.FEATURE, f"Added optional request field {field}")
        for name in before:
            if name not in after:
                continue
            field = _child(label, name)
            was, now = name in old_required, name in new_required
            if was != now:
                if direction == "request":
                    level, text = (Level.BREAKING, "is now required") if now else (Level.FEATURE, "is now optional")
                else:
                    level, text = (Level.FEATURE, "is now always present") if now else (Level.BREAKING, "may be absent")
                self.add(level, f"{direction.capitalize()} field {field} {text}")
            self.schema(field, before[name] or {}, after[name] or {}, direction)

    def variants(self, label: str, keyword: str, old: Sequence[Any], new: Sequence[Any], direction: str) -> None:
        if not old and not new:
            return

        def keyed(branches: Sequence[Any]) -> dict[str, Any]:
            if all(isinstance(b, dict) and b.get(_NAME) for b in branches):
                return {f"`{b[_NAME]}`": b for b in branches}
            return {f"#{i + 1}": b for i, b in enumerate(branches)}

        before, after = keyed(old), keyed(new)
        for name in before:
            if name not in after:
                self.add(Level.BREAKING, f"Removed the {keyword} variant {name} from {label}")
        for name in after:
            if name not in before:
                level = Level.BREAKING if keyword == "allOf" and direction == "request" else Level.FEATURE
                self.add(level, f"Added the {keyword} variant {name} to {label}")
        for name in before:
            if name in after and isinstance(before[name], dict) and isinstance(after[name], dict):
                self.schema(f"{label} ({keyword} variant {name})", before[name], after[name], direction)


def compare(old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> Report:
    """Every API change from spec ``old`` to spec ``new`` (``None``: nothing released yet).

    A pure function of the two documents; see the module docstring for the classification.
    """
    comparer = _Comparer()
    comparer.document(resolve(old or {"paths": {}}), resolve(new))
    return comparer.report()


# ---------------------------------------------------------------------------------------------
# Versions and changelogs (take paths)
# ---------------------------------------------------------------------------------------------

_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")
_VERSION_LINE = re.compile(r"^package_version_override:[^\n#]*(#[^\n]*)?$", re.MULTILINE)
_ENTRY = re.compile(r"^## (\d+\.\d+\.\d+)\b", re.MULTILINE)


def _semver(version: str) -> tuple[int, int, int]:
    match = _SEMVER.match(version)
    if match is None:
        raise ValueError(f"{version!r} is not a MAJOR.MINOR.PATCH version")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def bump(version: str, level: Level) -> str:
    """``version`` bumped for a change of ``level``.

    From 1.0.0 on: breaking -> major, feature -> minor, fix -> patch. Before 1.0.0 (the API is not
    settled yet) the major digit stays 0: breaking -> minor, feature or fix -> patch.
    """
    major, minor, patch = _semver(version)
    if level == Level.NONE:
        return version
    if major == 0:
        return f"0.{minor + 1}.0" if level == Level.BREAKING else f"0.{minor}.{patch + 1}"
    if level == Level.BREAKING:
        return f"{major + 1}.0.0"
    if level == Level.FEATURE:
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def next_version(released: str, level: Level, current: str | None = None) -> str:
    """The version after a change of ``level`` since ``released``; a higher ``current`` (set by hand) is kept."""
    bumped = bump(released, level)
    if current is not None and _SEMVER.match(current) and _semver(current) > _semver(bumped):
        return current
    return bumped


def read_version(config: Path) -> str | None:
    """``package_version_override`` of a generator config, or None."""
    value = (yaml.safe_load(config.read_text(encoding="utf-8")) or {}).get("package_version_override")
    return None if value is None else str(value)


def write_version(config: Path, version: str) -> None:
    """Set ``package_version_override`` in a generator config, keeping every other line and its comment."""
    _semver(version)
    text = config.read_text(encoding="utf-8")
    match = _VERSION_LINE.search(text)
    line = f'package_version_override: "{version}"'
    if match is not None:
        comment = f"  {match.group(1)}" if match.group(1) else ""
        text = text[: match.start()] + line + comment + text[match.end() :]
    else:
        anchor = re.search(r"^package_name_override:[^\n]*\n", text, re.MULTILINE)
        at = anchor.end() if anchor else len(text)
        text = text[:at] + ("" if at == 0 or text[at - 1] == "\n" else "\n") + line + "\n" + text[at:]
    config.write_text(text, encoding="utf-8")


def changelog_entry(version: str, report: Report, since: str, today: dt.date) -> str | None:
    """The changelog entry for ``version`` (None when the API did not change)."""
    if report.level == Level.NONE:
        return None
    lines = [f"## {version} ({today.isoformat()})", "", f"API changes since {since}: {report.level.word}.", ""]
    for level, title in ((Level.BREAKING, "Breaking"), (Level.FEATURE, "Added"), (Level.FIX, "Fixed")):
        texts = report.texts(level)
        if texts:
            lines += [f"### {title}", "", *(f"- {text}" for text in texts), ""]
    return "\n".join(lines)


def write_changelog(path: Path, entry: str | None, released: str, title: str = "Changelog") -> None:
    """Put ``entry`` on top of the changelog at ``path``.

    Entries for versions above ``released`` are unreleased drafts of earlier runs and are replaced,
    so running the regeneration twice leaves one entry.
    """
    text = path.read_text(encoding="utf-8") if path.exists() else f"# {title}\n"
    starts = [m.start() for m in _ENTRY.finditer(text)]
    preamble = text[: starts[0]] if starts else text
    entries = [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    kept = [e for e in entries if _semver(_ENTRY.match(e).group(1)) <= _semver(released)]  # type: ignore[union-attr]
    fresh = [entry.rstrip("\n") + "\n\n"] if entry else []
    body = "".join(fresh + kept).rstrip("\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(preamble.rstrip("\n") + "\n\n" + (body + "\n" if body else ""), encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# The last release (git) and the commands
# ---------------------------------------------------------------------------------------------


def _git(root: Path, *args: str) -> str | None:
    try:
        proc = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False)
    except OSError:
        return None
    return proc.stdout if proc.returncode == 0 else None


@dataclass(frozen=True)
class Release:
    """The last released state of one vendor's client."""

    commit: str
    version: str | None
    spec: dict[str, Any] | None
    """The spec at ``commit`` (None: it did not exist yet)."""


def last_release(vendor: generate.Vendor, root: Path | None = None) -> Release | None:
    """The vendor's last release according to git in ``root`` (default: this repository; None: no git)."""
    root = root or generate.ROOT
    head = _git(root, "rev-parse", "HEAD")
    if head is None:
        return None
    config = vendor.config.relative_to(root).as_posix()
    found = _git(root, "log", "-1", "--format=%H", "-G", "package_version_override", "--", config)
    commit = (found or "").strip() or head.strip()
    spec_text = _git(root, "show", f"{commit}:{vendor.spec.relative_to(root).as_posix()}")
    config_text = _git(root, "show", f"{commit}:{config}")
    version = (yaml.safe_load(config_text) or {}).get("package_version_override") if config_text else None
    return Release(
        commit=commit,
        version=None if version is None else str(version),
        spec=yaml.safe_load(spec_text) if spec_text else None,
    )


@dataclass(frozen=True)
class Plan:
    """What regenerating one vendor does to its version and changelog."""

    vendor: generate.Vendor
    release: Release
    report: Report
    released_version: str
    current_version: str
    new_version: str
    entry: str | None

    def summary(self) -> list[str]:
        """The report as printed: classification, version change, change list."""
        name, since = self.vendor.name, f"{self.released_version} ({self.release.commit[:10]})"
        if self.report.level == Level.NONE:
            return [f"{name}: no API change since {since}; version {self.new_version}"]
        versions = f"version {self.current_version} -> {self.new_version}"
        lines = [f"{name}: {self.report.level.word} change since {since}; {versions}"]
        for level in (Level.BREAKING, Level.FEATURE, Level.FIX):
            lines += [f"  [{level.word}] {text}" for text in self.report.texts(level)]
        return lines


def plan(vendor: generate.Vendor, release: Release, today: dt.date) -> Plan:
    """Classify the vendor's spec against ``release`` and work out the new version and changelog entry."""
    current = read_version(vendor.config) or generate.package_version(vendor)
    released = release.version or current
    if not _SEMVER.match(released):
        raise ValueError(
            f"{vendor.name}: version {released!r} is not MAJOR.MINOR.PATCH; set package_version_override "
            f"in specs/generator/{vendor.config.name}"
        )
    report = compare(release.spec, yaml.safe_load(vendor.spec.read_text(encoding="utf-8")))
    new_version = next_version(released, report.level, current)
    since = f"{released} (`specs/{vendor.spec.name}` at {release.commit[:10]})"
    return Plan(
        vendor, release, report, released, current, new_version, changelog_entry(new_version, report, since, today)
    )


def regenerate(plan: Plan) -> None:
    """Write the plan's version and changelog entry, then regenerate the client and the mock models."""
    vendor = plan.vendor
    if read_version(vendor.config) != plan.new_version:
        write_version(vendor.config, plan.new_version)
    write_changelog(vendor.changelog, plan.entry, plan.released_version, f"Changelog of {vendor.name}-client")
    with tempfile.TemporaryDirectory(prefix=f"regen-{vendor.name}-") as tmp:
        client, models = generate.generate_into(vendor, Path(tmp))
        generate.install(vendor, client, models)


def _vendors(names: Iterable[str], parser: argparse.ArgumentParser) -> list[generate.Vendor]:
    known = {v.name: v for v in generate.all_vendors()}
    unknown = [name for name in names if name not in known]
    if unknown:
        parser.error(f"unknown vendor(s) {unknown}; known: {sorted(known)}")
    return [known[name] for name in names] or list(known.values())


def _report(vendors: Sequence[generate.Vendor], today: dt.date) -> int:
    """Print the change list of every vendor whose spec differs from its release. Never fails."""
    print("API changes against the last released spec of each client (informational):")
    for vendor in vendors:
        try:
            release = last_release(vendor)
            if release is None:
                print("  no git repository: nothing to compare with")
                return 0
            print("\n".join(plan(vendor, release, today).summary()))
        except Exception:  # an informational report must not fail CI
            print(f"{vendor.name}: the report failed (not a CI failure):")
            traceback.print_exc(file=sys.stdout)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("vendors", nargs="*", help="vendor names (default: all)")
    parser.add_argument("--dry-run", action="store_true", help="print the report and changelog entry; write nothing")
    parser.add_argument("--report", action="store_true", help="only print the change report (CI); never fails")
    args = parser.parse_args(argv)
    vendors = _vendors(args.vendors, parser)
    today = dt.date.today()
    if args.report:
        return _report(vendors, today)
    for vendor in vendors:
        release = last_release(vendor)
        if release is None:
            parser.error("regeneration needs the git history to find the last release")
        change = plan(vendor, release, today)
        print("\n".join(change.summary()))
        if args.dry_run:
            if change.entry:
                print(f"\n  changelog entry for specs/changelog/{vendor.changelog.name}:\n")
                print("\n".join(f"    {line}".rstrip() for line in change.entry.splitlines()) + "\n")
            continue
        regenerate(change)
        print(f"wrote {vendor.name} {change.new_version}: clients/{vendor.name}/, specs/changelog/{vendor.name}.md")
    ok, lines = inventory.run([v.name for v in vendors], generate.SPECS, generate.SPECS / "inventory")
    print("\ninventory: " + ("ok" if ok else "FAILED") + "\n" + "\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
