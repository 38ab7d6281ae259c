"""Read an OpenAPI document into the pieces a mock needs: operations, parameters, bodies, security."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

JSON = dict[str, Any]

_REPO_SPECS = Path(__file__).resolve().parents[3] / "specs"
"""The repo's ``specs/`` (the single source): read from there in a development (editable) install."""


def spec_path(vendor: str) -> Path:
    """The OpenAPI document of ``vendor``'s mock.

    An installed wheel ships the specs as package data (``erp_mocks/specs/<vendor>.yaml``, copied
    from the repo's ``specs/`` at build time by ``mocks/pdm_build.py``); an editable install has no
    such copy and reads the repo's file. Raises ``FileNotFoundError`` naming both places otherwise.
    """
    packaged = resources.files("erp_mocks").joinpath("specs", f"{vendor}.yaml")
    if packaged.is_file():
        return Path(str(packaged))
    repo = _REPO_SPECS / f"{vendor}.yaml"
    if repo.is_file():
        return repo
    raise FileNotFoundError(f"no spec for {vendor!r}: neither the package data ({packaged}) nor {repo} exists")


@dataclass(frozen=True)
class Parameter:
    """One path, query or header parameter, with its schema (local ``$ref``s resolved)."""

    name: str
    location: str
    required: bool
    schema: JSON
    style: str | None = None
    explode: bool | None = None


@dataclass(frozen=True)
class Operation:
    """One method + path of the spec."""

    operation_id: str
    method: str
    path: str
    parameters: tuple[Parameter, ...]
    body_schema_name: str | None
    body_required: bool
    body_media_types: tuple[str, ...]
    security: tuple[tuple[str, ...], ...]
    """Alternatives (OR) of scheme-name sets (AND); empty: no auth."""
    responses: JSON = field(repr=False)

    @property
    def path_regex(self) -> re.Pattern[str]:
        """The path as a regex (use ``fullmatch``): literal parts escaped, one named group per ``{name}``.

        A placeholder takes any characters but ``/``, newlines included (``/a%0Ab`` decodes to one).
        """
        parts = re.split(r"\{([^}/]+)\}", self.path)
        pattern = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>[^/]+)" for i, part in enumerate(parts))
        return re.compile(pattern, re.DOTALL)


_NOT_JSON_SCHEMA = ("example", "nullable", "discriminator", "readOnly", "writeOnly")


def to_json_schema(schema: Any) -> Any:
    """An OpenAPI 3.0 schema as plain JSON Schema (draft 4): honours ``nullable``, drops extensions.

    A nullable schema with a plain ``type`` gets ``null`` added to it; any other nullable schema
    (``allOf: [$ref]`` + ``nullable``, the specs' nullable reference) becomes ``anyOf: [null, it]``.
    """
    if isinstance(schema, dict):
        out = {k: to_json_schema(v) for k, v in schema.items() if not k.startswith("x-") and k not in _NOT_JSON_SCHEMA}
        if schema.get("nullable"):
            if "type" in out and not {"allOf", "anyOf", "oneOf"} & set(out):
                out["type"] = [out["type"], "null"]
            else:
                out = {"anyOf": [{"type": "null"}, out]}
        return out
    if isinstance(schema, list):
        return [to_json_schema(v) for v in schema]
    return schema


class Spec:
    """A loaded OpenAPI 3.0 document."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.document: JSON = yaml.safe_load(path.read_text())
        self.security_schemes: JSON = self.document.get("components", {}).get("securitySchemes", {})
        self.operations = self._operations()
        self.by_id = {op.operation_id: op for op in self.operations}

    def resolve(self, node: Any) -> Any:
        """``node`` with every local ``$ref`` inlined (the specs have no recursive schemas)."""
        if isinstance(node, dict):
            if "$ref" in node:
                target: Any = self.document
                for part in node["$ref"].removeprefix("#/").split("/"):
                    target = target[part.replace("~1", "/").replace("~0", "~")]
                return self.resolve(target)
            return {key: self.resolve(value) for key, value in node.items()}
        if isinstance(node, list):
            return [self.resolve(item) for item in node]
        return node

    def body_schema(self, op: Operation) -> JSON:
        """The resolved JSON schema of ``op``'s request body (first media type)."""
        body = self.resolve(self.document["paths"][op.path][op.method.lower()]["requestBody"])
        media: JSON = next(iter(body["content"].values()))
        schema: JSON = media.get("schema", {})
        return schema

    def _operations(self) -> list[Operation]:
        root_security = self.document.get("security", [])
        result = []
        for path, item in self.document["paths"].items():
            shared = item.get("parameters", [])
            for method in ("get", "post", "put", "patch", "delete"):
                op = item.get(method)
                if op is None:
                    continue
                params = tuple(
                    Parameter(
                        name=p["name"],
                        location=p["in"],
                        required=bool(p.get("required", False)),
                        schema=p.get("schema", {}),
                        style=p.get("style"),
                        explode=p.get("explode"),
                    )
                    for p in (self.resolve(raw) for raw in [*shared, *op.get("parameters", [])])
                )
                body = op.get("requestBody")
                body_name: str | None = None
                body_required = False
                media: tuple[str, ...] = ()
                if body is not None:
                    body = body if "$ref" not in body else self.resolve(body)
                    content: JSON = body.get("content", {})
                    media = tuple(content)
                    first: JSON = next(iter(content.values()), {})
                    schema: JSON = first.get("schema", {})
                    body_name = schema["$ref"].rsplit("/", 1)[-1] if "$ref" in schema else None
                    body_required = bool(body.get("required", False))
                security = op.get("security", root_security)
                result.append(
                    Operation(
                        operation_id=op["operationId"],
                        method=method.upper(),
                        path=path,
                        parameters=params,
                        body_schema_name=body_name,
                        body_required=body_required,
                        body_media_types=media,
                        security=tuple(tuple(req) for req in security),
                        responses=op.get("responses", {}),
                    )
                )
        return result
