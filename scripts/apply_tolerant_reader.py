"""Mark every optional response property of a spec nullable, editing the YAML text in place.

``python scripts/apply_tolerant_reader.py [vendor ...]`` (default: every spec). Only the lines of
the properties concerned change, so the handwritten layout and comments stay as they are:

* a ``$ref`` property becomes ``nullable: true`` + ``allOf: [$ref]``, the OpenAPI 3.0.3 form of a
  nullable reference that openapi-python-client 0.29, datamodel-code-generator, schemathesis and
  Prism all read as "that schema or null" (no ``type`` beside it: openapi-python-client would then
  drop the null; Redocly's nullable-type-sibling is off for this, see redocly.yaml). A reference
  to a ``oneOf`` schema stops the script, naming it: give that schema a nullable branch by hand
  (see ``IntOrStringOrNull`` in egestor.yaml);
* any other property gets ``nullable: true`` (and ``null`` joins an inline ``enum``, as 3.0.3 asks).

It is idempotent; ``scripts/lint_specs.py`` checks the result (see ``tolerant_reader.violations``).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import yaml
from tolerant_reader import accepts_null, optional_response_properties

ROOT = Path(__file__).resolve().parent.parent


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _block_end(lines: list[str], start: int) -> int:
    """Index after the block whose header is ``lines[start]`` (the lines indented deeper than it)."""
    level = _indent(lines[start])
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or _indent(lines[end]) > level):
        end += 1
    return end


def _find(lines: list[str], key: str, start: int, end: int, level: int | None = None) -> int | None:
    pattern = re.compile(rf"^( *){re.escape(key)}:\s*$")
    for index in range(start, end):
        found = pattern.match(lines[index])
        if found and (level is None or len(found.group(1)) == level):
            return index
    return None


def _property_line(lines: list[str], schema: str, prop: str) -> int:
    components = _find(lines, "components", 0, len(lines), 0)
    schemas = _find(lines, "schemas", components or 0, len(lines), 2)
    if schemas is None:
        raise LookupError("no components/schemas")
    header = _find(lines, schema, schemas + 1, _block_end(lines, schemas), 4)
    if header is None:
        raise LookupError(f"schema {schema} not found")
    end = _block_end(lines, header)
    index = header + 1
    while (properties := _find(lines, "properties", index, end)) is not None:
        level = _indent(lines[properties]) + 2
        found = _find(lines, prop, properties + 1, _block_end(lines, properties), level)
        if found is not None:
            return found
        index = properties + 1
    raise LookupError(f"{schema}.{prop} not found as a block property")


_FLOW_ENUM = re.compile(r"^enum:\s*\[(.*)\](\s*(?:#.*)?)$")
"""A flow-style ``enum: [a, b]`` line (stripped); group 1 is the items, group 2 a trailing comment."""


def _make_nullable(lines: list[str], at: int, schemas: dict[str, Any]) -> None:
    level = _indent(lines[at]) + 2
    end = _block_end(lines, at)
    pad = " " * level
    for index in range(at + 1, end):
        if _indent(lines[index]) != level:
            continue
        text = lines[index].strip()
        if text.startswith("$ref:"):
            target = schemas[text.split("/")[-1].strip("'\"")]
            if "type" not in target:
                raise LookupError(f"{lines[at].strip()} refers to a schema without a type: make it nullable by hand")
            lines[index : index + 1] = [f"{pad}nullable: true", f"{pad}allOf:", f"{pad}  - {text}"]
            return
        if text == "enum:":
            last = _block_end(lines, index)
            item_pad = " " * _indent(lines[index + 1])
            lines.insert(last, f"{item_pad}- null")
        elif flow := _FLOW_ENUM.match(text):
            items = flow.group(1).strip()
            lines[index] = f"{pad}enum: [{items + ', ' if items else ''}null]{flow.group(2)}"
    if any(_indent(lines[i]) == level and lines[i].strip() == "nullable: true" for i in range(at + 1, end)):
        return
    type_line = _find_type(lines, at + 1, end, level)
    lines.insert(type_line + 1 if type_line is not None else at + 1, f"{pad}nullable: true")


def _find_type(lines: list[str], start: int, end: int, level: int) -> int | None:
    for index in range(start, end):
        if _indent(lines[index]) == level and lines[index].strip().startswith("type:"):
            return index
    return None


def apply(path: Path) -> int:
    """Make every optional response property of the spec at ``path`` nullable; return how many changed."""
    todo = _not_nullable(path)
    bound = len(todo)
    changed = 0
    while todo:
        if changed == bound:
            raise LookupError(f"{todo[0][0]}.{todo[0][1]}: still not nullable after {bound} edits")
        document = yaml.safe_load(path.read_text())
        lines = path.read_text().split("\n")
        schema, prop = todo[0]
        _make_nullable(lines, _property_line(lines, schema, prop), document["components"]["schemas"])
        path.write_text("\n".join(lines))
        changed += 1
        todo = _not_nullable(path)
        if (schema, prop) in todo:
            raise LookupError(f"{schema}.{prop}: the edit left it not nullable; make it nullable by hand")
    return changed


def _not_nullable(path: Path) -> list[tuple[str, str]]:
    """``(schema, property)`` of every optional response property of the spec that refuses null."""
    document = yaml.safe_load(path.read_text())
    return [(s, p) for s, p, schema in optional_response_properties(document) if not accepts_null(document, schema)]


_EMPTY_401_NOTE = [
    "A 401 may come with an empty body (often with a WWW-Authenticate header) or with the error",
    "JSON the other statuses use, depending on the server; so no content is declared and neither",
    "the generated client nor the fuzzer rejects either. The adapter reads the vendor's message",
    "from the raw body when it is the error JSON (tolerant-reader policy, specs/README.md).",
]


def unauthorized_without_content(path: Path) -> bool:
    """Drop the ``content`` of ``components/responses/Unauthorized`` and say why; True if it changed."""
    lines = path.read_text().split("\n")
    responses = _find(lines, "responses", _find(lines, "components", 0, len(lines), 0) or 0, len(lines), 2)
    if responses is None:
        return False
    header = _find(lines, "Unauthorized", responses + 1, _block_end(lines, responses), 4)
    if header is None:
        return False
    end = _block_end(lines, header)
    content = _find(lines, "content", header + 1, end, 6)
    if content is None:
        return False
    del lines[content : _block_end(lines, content)]
    notes = [i for i in range(header + 1, _block_end(lines, header)) if lines[i] == "      x-doc-note: >-"]
    if notes:
        note = notes[0]
        lines[_block_end(lines, note) : _block_end(lines, note)] = [" " * 8 + text for text in _EMPTY_401_NOTE]
    else:
        lines[content:content] = ["      x-doc-note: >-", *(" " * 8 + text for text in _EMPTY_401_NOTE)]
    path.write_text("\n".join(lines))
    return True


def _body_content(document: dict[str, Any], op: dict[str, Any]) -> dict[str, Any]:
    body: dict[str, Any] = op.get("requestBody", {})
    if "$ref" in body:
        body = document["components"]["requestBodies"][body["$ref"].rsplit("/", 1)[-1]]
    content: dict[str, Any] = body.get("content", {})
    return content


def declare_415(path: Path) -> int:
    """Add ``UnsupportedMediaType`` (the vendor's 400 body) and a ``415`` to every JSON-body operation."""
    document = yaml.safe_load(path.read_text())
    lines = path.read_text().split("\n")
    responses = _find(lines, "responses", _find(lines, "components", 0, len(lines), 0) or 0, len(lines), 2)
    if responses is None:
        raise LookupError("no components/responses")
    needed = any(
        "415" not in op.get("responses", {}) and "application/json" in _body_content(document, op)
        for item in document["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
    )
    if needed and _find(lines, "UnsupportedMediaType", responses + 1, _block_end(lines, responses), 4) is None:
        bad = _find(lines, "BadRequest", responses + 1, _block_end(lines, responses), 4)
        if bad is None:
            raise LookupError("no components/responses/BadRequest to copy the error body from")
        content = _find(lines, "content", bad + 1, _block_end(lines, bad), 6)
        if content is None:
            raise LookupError("BadRequest has no content")
        block = [
            "    UnsupportedMediaType:",
            "      description: The request body was sent with a content type the operation does not accept.",
            "      x-doc-note: >-",
            "        The doc does not say how a body with another content type than JSON is answered;",
            "        servers commonly answer 415, so it is declared with the error body of a 400.",
            *lines[content : _block_end(lines, content)],
        ]
        end = _block_end(lines, responses)
        while not lines[end - 1].strip():
            end -= 1
        lines[end:end] = block
    added = 0
    for route, item in document["paths"].items():
        for method, op in item.items():
            if not isinstance(op, dict) or "responses" not in op or "415" in op["responses"]:
                continue
            if "application/json" not in _body_content(document, op):
                continue
            paths = _find(lines, "paths", 0, len(lines), 0) or 0
            at = _find(lines, route, paths + 1, _block_end(lines, paths), 2)
            at = _find(lines, method, (at or 0) + 1, _block_end(lines, at or 0), 4)
            at = _find(lines, "responses", (at or 0) + 1, _block_end(lines, at or 0), 6)
            if at is None:
                raise LookupError(f"{method} {route}: responses not found")
            insert = _block_end(lines, at)
            for index in range(at + 1, _block_end(lines, at)):
                key = lines[index].strip().strip(":").strip("'\"")
                if _indent(lines[index]) == 8 and key.isdigit() and int(key) > 415:
                    insert = index
                    break
            lines[insert:insert] = ["        '415':", "          $ref: '#/components/responses/UnsupportedMediaType'"]
            added += 1
    path.write_text("\n".join(lines))
    return added


def main(argv: list[str]) -> int:
    vendors = argv or sorted(p.stem for p in (ROOT / "specs").glob("*.yaml"))
    for vendor in vendors:
        spec = ROOT / "specs" / f"{vendor}.yaml"
        print(f"{vendor}: {apply(spec)} properties made nullable", end="")
        print(f", 401 body optional: {unauthorized_without_content(spec)}, 415 added: {declare_415(spec)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
