"""The tolerant-reader policy of ``specs/README.md``, as checks over a loaded spec.

* Every optional property of every schema reachable from a response accepts ``null``
  (``nullable: true`` on the property; for a ``$ref`` the form ``allOf: [$ref]`` + ``nullable``).
* Request schemas stay strict: a named schema may not be reachable from both a request body and a
  response (split it), so loosening a response never loosens what we send.
* Every operation that takes a JSON body declares ``415``; every authenticated one declares a
  ``401`` without ``content`` (its body may be empty or the vendor's error JSON).

``scripts/lint_specs.py`` fails on any :func:`violations`; ``scripts/apply_tolerant_reader.py``
uses :func:`optional_response_properties` to add the ``nullable`` markers.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import jsonschema

JSON = dict[str, Any]
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_REF = "#/components/schemas/"


def _deref(document: JSON, node: Any) -> Any:
    """``node`` itself, or what its (non-schema) local ``$ref`` points at."""
    while isinstance(node, dict) and "$ref" in node and not node["$ref"].startswith(_REF):
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _schema_refs(node: Any) -> Iterator[str]:
    """Names of every named schema ``node`` refers to, at any depth."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_REF):
            yield ref[len(_REF) :]
        for key, value in node.items():
            if not key.startswith("x-") and key not in ("example", "examples"):
                yield from _schema_refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _schema_refs(item)


def _closure(document: JSON, roots: set[str]) -> set[str]:
    schemas: JSON = document.get("components", {}).get("schemas", {})
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        todo.extend(_schema_refs(schemas[name]))
    return seen


def _operations(document: JSON) -> Iterator[tuple[str, str, JSON]]:
    for path, item in document.get("paths", {}).items():
        for method in _METHODS:
            if method in item:
                yield path, method, item[method]


def response_schemas(document: JSON) -> set[str]:
    """Named schemas reachable from any response (of an operation or of ``components/responses``)."""
    roots: set[str] = set()
    for _, _, op in _operations(document):
        for response in op.get("responses", {}).values():
            roots |= set(_schema_refs(_deref(document, response).get("content", {})))
    for response in document.get("components", {}).get("responses", {}).values():
        roots |= set(_schema_refs(response.get("content", {})))
    return _closure(document, roots)


def request_schemas(document: JSON) -> set[str]:
    """Named schemas reachable from any request body or parameter."""
    roots: set[str] = set()
    for path, _, op in _operations(document):
        body = _deref(document, op.get("requestBody", {}))
        roots |= set(_schema_refs(body.get("content", {})))
        shared = document["paths"][path].get("parameters", [])
        for parameter in [*shared, *op.get("parameters", [])]:
            roots |= set(_schema_refs(_deref(document, parameter).get("schema", {})))
    return _closure(document, roots)


def accepts_null(document: JSON, schema: Any) -> bool:
    """Whether ``schema`` (a property's schema) lets ``null`` through in OpenAPI 3.0 terms."""
    schema = _deref(document, schema)
    if not isinstance(schema, dict):
        return False
    if "$ref" in schema:
        name = schema["$ref"][len(_REF) :]
        return accepts_null(document, document["components"]["schemas"].get(name, {}))
    if schema.get("nullable") is True:
        return "enum" not in schema or None in schema["enum"]
    if not {"type", "allOf", "anyOf", "oneOf", "enum", "not"} & set(schema):
        return True  # an open schema ("any JSON value") takes null as it is
    return any(accepts_null(document, option) for option in schema.get("anyOf", []) + schema.get("oneOf", []))


def optional_response_properties(document: JSON) -> Iterator[tuple[str, str, JSON]]:
    """``(schema name, property name, property schema)`` of every optional property in a response schema."""
    schemas: JSON = document.get("components", {}).get("schemas", {})
    for name in sorted(response_schemas(document)):
        schema = schemas[name]
        parts = [schema, *[_deref(document, p) for p in schema.get("allOf", []) if "$ref" not in p]]
        for part in parts:
            required = set(part.get("required", [])) | set(schema.get("required", []))
            for prop, prop_schema in part.get("properties", {}).items():
                if prop not in required:
                    yield name, prop, prop_schema


def _is_authenticated(document: JSON, op: JSON) -> bool:
    requirements: list[JSON] = op.get("security", document.get("security")) or []
    return any(requirement for requirement in requirements)


def _json_schema(document: JSON, node: Any) -> Any:
    """``node`` with local ``$ref``s inlined and OpenAPI 3.0 ``nullable`` as JSON Schema."""
    if isinstance(node, list):
        return [_json_schema(document, item) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        return _json_schema(document, target)
    skip = ("example", "examples", "nullable", "discriminator", "readOnly", "writeOnly")
    out = {k: _json_schema(document, v) for k, v in node.items() if not k.startswith("x-") and k not in skip}
    if node.get("nullable") is True:
        if "type" in out and not {"allOf", "anyOf", "oneOf"} & set(out):
            out["type"] = [out["type"], "null"]
        else:
            out = {"anyOf": [{"type": "null"}, out]}
    return out


def _media_examples(document: JSON) -> Iterator[tuple[str, JSON, Any]]:
    """``(where, schema, example)`` of every example of a response or request media type."""
    for path, method, op in _operations(document):
        bodies = {"request": _deref(document, op.get("requestBody", {}))}
        bodies |= {status: _deref(document, r) for status, r in op.get("responses", {}).items()}
        for where, body in bodies.items():
            for media_type, media in body.get("content", {}).items():
                label = f"{method.upper()} {path} {where} {media_type}"
                if "example" in media:
                    yield label, media.get("schema", {}), media["example"]
                for name, example in media.get("examples", {}).items():
                    yield f"{label} example {name}", media.get("schema", {}), _deref(document, example)["value"]


def example_problems(document: JSON) -> list[str]:
    """Every media-type example that its schema rejects (Redocly's check, with ``nullable`` references)."""
    problems = []
    for where, schema, example in _media_examples(document):
        validator = jsonschema.Draft4Validator(_json_schema(document, schema))
        problems += [f"{where}: example does not match its schema: {e.message}" for e in validator.iter_errors(example)]
    return problems


def violations(document: JSON) -> list[str]:
    """Every breach of the tolerant-reader policy, each naming the schema property or operation."""
    problems = [
        f"{name}.{prop}: optional response property must accept null"
        for name, prop, prop_schema in optional_response_properties(document)
        if not accepts_null(document, prop_schema)
    ]
    schemas: JSON = document.get("components", {}).get("schemas", {})
    both = response_schemas(document) & request_schemas(document)
    shared = sorted(name for name in both if schemas[name].get("properties"))
    split = "schema is used by a request and a response; split it (requests stay strict)"
    problems += [f"{name}: {split}" for name in shared]
    for path, method, op in _operations(document):
        label = f"{method.upper()} {path}"
        responses: JSON = op.get("responses", {})
        body = _deref(document, op.get("requestBody", {}))
        if "application/json" in body.get("content", {}) and "415" not in responses:
            problems.append(f"{label}: takes a JSON body but declares no 415")
        if _is_authenticated(document, op):
            unauthorized = _deref(document, responses.get("401"))
            if unauthorized is None:
                problems.append(f"{label}: authenticated but declares no 401")
            elif unauthorized.get("content"):
                problems.append(f"{label}: the 401 declares content; its body may be empty, so declare none")
    return problems + example_problems(document)
