"""What a vendor's resource client is made of, read from its spec and its generated client package.

The spec gives the operations (tag, operationId, method, path, summary, description, parameter
descriptions, ``x-doc-note``s); the generated package (read as source, never imported) gives the
exact Python signature of each operation's ``sync_detailed`` and the types its 2xx answer parses
into, so the resource methods take exactly the generated parameters and return exactly the
generated success model.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

METHODS = ("get", "put", "post", "delete", "patch")

VERBS = {"list": "list", "create": "create", "update": "update", "delete": "delete"}
"""Verbs renamed as the contract says (``get`` depends on the identifier; any other verb is kept)."""

ENVELOPE_FIELDS = ("pagination", "last_page")
"""A model with one of these fields is a page envelope (Wisedat, eGestor/Quickstart); its list field holds the items."""


@dataclass(frozen=True)
class Param:
    """One parameter of a generated ``sync_detailed`` (``client`` excluded)."""

    name: str
    annotation: str
    default: str | None
    positional: bool
    description: str = ""
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Method:
    """One method of a resource: an operation, or half of a list-or-record GET."""

    name: str
    operation_id: str
    http_method: str
    path: str
    module: str
    """Import alias of the generated endpoint module (``_list_products``)."""
    kind: str
    """``one`` (a model), ``none`` (no body), ``many`` (a JSON array) or ``pages`` (a paged list)."""
    result: str
    """The model (``one``), or the item type (``many``, ``pages``)."""
    params: tuple[Param, ...]
    summary: str
    description: str
    notes: tuple[str, ...]
    body_description: str = ""
    fixed: dict[str, str] = field(default_factory=dict)
    """Arguments always passed to the generated function (none today)."""


@dataclass
class Resource:
    """One spec tag: its attribute name, class name and methods."""

    tag: str
    attribute: str
    class_name: str
    description: str
    methods: list[Method] = field(default_factory=list)


@dataclass
class VendorClient:
    """Everything the template renders for one vendor."""

    vendor: str
    package: str
    client_class: str
    title: str
    connect_example: str
    spec_name: str
    resources: list[Resource]
    imports: dict[str, set[str]]
    endpoint_modules: list[tuple[str, str]]
    """(absolute module, alias) of every generated endpoint module used."""


def _snake(name: str) -> str:
    name = re.sub(r"[^0-9A-Za-z]+", "_", name)
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    return name.strip("_").lower()


def _pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in _snake(name).split("_"))


def _plurals(word: str) -> set[str]:
    forms = {word, word + "s", word + "es"}
    if word.endswith("y"):
        forms.add(word[:-1] + "ies")
    if word.endswith("man"):
        forms.add(word[:-3] + "men")
    return forms


def split_operation_id(operation_id: str, tag: str) -> tuple[str, str]:
    """``(verb, remainder)``: the verb and what follows the tag's noun (``""`` if nothing does).

    When the words after the verb do not start with the tag's noun (singular or plural, underscores
    ignored), the remainder is everything after the verb (``oauth.create_access_token``).
    """
    words = operation_id.split("_")
    verb, rest = words[0], words[1:]
    flat_tag = tag.replace("_", "").lower()
    for cut in range(len(rest), 0, -1):
        noun = "".join(rest[:cut]).lower()
        if flat_tag in _plurals(noun):
            return verb, "_".join(rest[cut:])
    return verb, "_".join(rest)


def method_name(verb: str, remainder: str, identified: bool) -> str:
    """The contract's method name for ``verb`` + ``remainder`` (``identified``: the GET has an identifier)."""
    base = ("retrieve" if identified else "get") if verb == "get" else VERBS.get(verb, verb)
    if not remainder:
        return base
    if verb not in VERBS and verb != "get":
        return f"{verb}_{remainder}"
    return f"{base}_{remainder}"


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def _notes(node: Any) -> list[str]:
    """Every ``x-doc-note`` inside ``node`` (``$ref``s not followed), in document order."""
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "x-doc-note" and isinstance(value, str):
                found.append(" ".join(value.split()))
            else:
                found.extend(_notes(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(_notes(value))
    return found


def _text(value: Any) -> str:
    return " ".join(str(value or "").split())


@dataclass
class _Endpoint:
    """What the generated endpoint module says about an operation."""

    params: list[tuple[str, str, str | None, bool]]
    success: str
    imports: dict[str, str]
    """Name -> absolute module it is imported from."""


def _absolute(package: str, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    parent = package  # endpoint modules live at <package>.api.<tag>.<op>: level 3 is the package
    return parent + ("." + node.module if node.module else "")


def read_endpoint(path: Path, package: str) -> _Endpoint:
    """The signature of ``sync_detailed`` and the 2xx type of ``_parse_response`` in a generated module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imports: dict[str, str] = {}
    params: list[tuple[str, str, str | None, bool]] = []
    success = ""
    for node in tree.body:
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                imports[alias.asname or alias.name] = _absolute(package, node)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                imports[alias.asname or alias.name] = ""
        elif isinstance(node, ast.FunctionDef) and node.name == "sync_detailed":
            params = _signature(node)
        elif isinstance(node, ast.FunctionDef) and node.name == "_parse_response":
            success = _success_type(node)
    return _Endpoint(params, success, imports)


def _signature(node: ast.FunctionDef) -> list[tuple[str, str, str | None, bool]]:
    found: list[tuple[str, str, str | None, bool]] = []
    args = node.args
    positional_defaults = [None] * (len(args.args) - len(args.defaults)) + list(args.defaults)
    for arg, default in zip(args.args, positional_defaults, strict=True):
        found.append((arg.arg, ast.unparse(arg.annotation) if arg.annotation else "Any", _src(default), True))
    for arg, default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        if arg.arg == "client":
            continue
        found.append((arg.arg, ast.unparse(arg.annotation) if arg.annotation else "Any", _src(default), False))
    return found


def _src(node: ast.expr | None) -> str | None:
    return None if node is None else ast.unparse(node)


def _success_type(node: ast.FunctionDef) -> str:
    types: list[str] = []
    for stmt in node.body:
        if not (isinstance(stmt, ast.If) and isinstance(stmt.test, ast.Compare)):
            continue
        status = ast.unparse(stmt.test.comparators[0])
        if not status.startswith("2"):
            continue
        annotated = [
            ast.unparse(x.annotation)
            for x in ast.walk(stmt)
            if isinstance(x, ast.AnnAssign) and isinstance(x.target, ast.Name) and x.target.id == f"response_{status}"
        ]
        if annotated:
            types.append(annotated[0])
            continue
        assigned = next(x for x in stmt.body if isinstance(x, ast.Assign))
        value = ast.unparse(assigned.value)
        types.append("None" if value == "cast(Any, None)" else "str" if value == "response.text" else value)
    if len(set(types)) != 1:
        raise SystemExit(f"cannot tell the success type of {node.name}: {types}")
    return types[0]


def _members(union: str) -> list[str]:
    return [m.strip() for m in union.split(" | ")]


def _list_item(annotation: str) -> str | None:
    match = re.fullmatch(r"list\[(\w+)\]", annotation)
    return match.group(1) if match else None


def _envelope_item(models: Path, name: str) -> str | None:
    """The item type of the page envelope model ``name``, or None when ``name`` is not an envelope."""
    path = models / f"{_snake(name)}.py"
    if not path.exists():
        return None
    tree = ast.parse(path.read_text(encoding="utf-8"))
    cls = next((n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == name), None)
    if cls is None:
        return None
    fields = {
        n.target.id: ast.unparse(n.annotation)
        for n in cls.body
        if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)
    }
    if not any(f in fields for f in ENVELOPE_FIELDS):
        return None
    return next((item for a in fields.values() if (item := _list_item(a))), None)


def _find_module(api: Path, operation_id: str) -> Path:
    found = sorted(api.glob(f"*/{operation_id}.py"))
    if len(found) != 1:
        raise SystemExit(f"expected one generated module for {operation_id}, found {found}")
    return found[0]


def _spec_params(spec: dict[str, Any], item: dict[str, Any], op: dict[str, Any]) -> dict[str, dict[str, Any]]:
    params: dict[str, dict[str, Any]] = {}
    for raw in [*item.get("parameters", []), *op.get("parameters", [])]:
        param = _resolve(spec, raw)
        params[_snake(param["name"])] = param
    return params


def _param_doc(python_name: str, spec_params: dict[str, dict[str, Any]]) -> tuple[str, tuple[str, ...]]:
    param = spec_params.get(python_name.rstrip("_")) or spec_params.get(python_name)
    if param is None:
        return "", ()
    schema = param.get("schema") or {}
    return _text(param.get("description") or schema.get("description")), tuple(_notes(param))


@dataclass(frozen=True)
class Config:
    """Per-vendor settings of the resource client (names, and the example's connection line)."""

    client_class: str
    title: str
    connect_example: str


def read_vendor(vendor: str, spec_path: Path, client_dir: Path, config: Config) -> VendorClient:
    """Read ``vendor``'s spec and generated client package into a :class:`VendorClient`."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    spec = yaml.load(spec_path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 - a safe loader
    package = f"{vendor}_client"
    api = client_dir / package / "api"
    models = client_dir / package / "models"
    tag_docs = {t["name"]: _text(t.get("description")) for t in spec.get("tags", [])}
    resources: dict[str, Resource] = {}
    imports: dict[str, set[str]] = {}
    modules: list[tuple[str, str]] = []
    sources: dict[str, str] = {}
    for path, item in spec["paths"].items():
        for http_method in METHODS:
            op = item.get(http_method)
            if op is None:
                continue
            tag = op["tags"][0]
            resource = resources.get(tag)
            if resource is None:
                resource = resources[tag] = Resource(tag, _snake(tag), _pascal(tag) + "Resource", tag_docs.get(tag, ""))
            module_path = _find_module(api, op["operationId"])
            endpoint = read_endpoint(module_path, package)
            alias = f"_{op['operationId']}"
            modules.append((f"{package}.api.{module_path.parent.name}.{module_path.stem}", alias))
            methods = _methods(spec, item, op, path, http_method, alias, endpoint, models)
            resource.methods.extend(methods)
            for method in methods:
                for name in _names_used(method):
                    if name in endpoint.imports:
                        sources.setdefault(name, endpoint.imports[name])
                    elif name not in _BUILTIN_NAMES:
                        sources.setdefault(name, f"{package}.models")
    for name, module in sources.items():
        imports.setdefault(module, set()).add(name)
    return VendorClient(
        vendor=vendor,
        package=package,
        client_class=config.client_class,
        title=config.title,
        connect_example=config.connect_example,
        spec_name=spec_path.name,
        resources=list(resources.values()),
        imports=imports,
        endpoint_modules=modules,
    )


_BUILTIN_NAMES = {"int", "str", "float", "bool", "list", "dict", "None", "Any", "True", "False"}


def _names_used(method: Method) -> set[str]:
    names: set[str] = set()
    sources = [method.result, *(p.annotation for p in method.params), *(p.default or "None" for p in method.params)]
    for source in sources:
        for node in ast.walk(ast.parse(source, mode="eval")):
            if isinstance(node, ast.Name):
                names.add(node.id)
    return names


def _methods(
    spec: dict[str, Any],
    item: dict[str, Any],
    op: dict[str, Any],
    path: str,
    http_method: str,
    alias: str,
    endpoint: _Endpoint,
    models: Path,
) -> list[Method]:
    operation_id = op["operationId"]
    verb, remainder = split_operation_id(operation_id, op["tags"][0])
    spec_params = _spec_params(spec, item, op)
    params = []
    for name, annotation, default, positional in endpoint.params:
        description, notes = _param_doc(name, spec_params)
        if name == "body":
            body = _resolve(spec, op.get("requestBody") or {})
            description, notes = _text(body.get("description")), tuple(_notes(body))
        params.append(Param(name, annotation, default, positional, description, notes))
    body_notes = [n for p in params for n in p.notes]
    notes = tuple(n for n in _notes({k: v for k, v in op.items() if k != "parameters"}) if n not in body_notes)
    common = {
        "operation_id": operation_id,
        "http_method": http_method.upper(),
        "path": path,
        "module": alias,
        "summary": _text(op.get("summary")),
        "description": _text(op.get("description")),
        "notes": notes,
    }
    success = endpoint.success
    members = _members(success)
    names = [p.name for p in params]
    has_path_id = any(p.positional for p in params)
    if verb == "list":
        items = sorted({i for m in members if (i := _list_item(m) or _envelope_item(models, m))})
        if len(items) != 1:
            raise SystemExit(f"{operation_id}: cannot tell the item type of {success}")
        records = [m for m in members if not _list_item(m) and not _envelope_item(models, m)]
        listed = tuple(p for p in params if p.name not in ("page", "id") or (p.name == "id" and not records))
        kind = "pages"
        result = [Method(name=method_name(verb, remainder, False), kind=kind, result=items[0], params=listed, **common)]
        if records:
            if "id" not in names or len(records) != 1:
                raise SystemExit(f"{operation_id}: a list-or-record GET needs an `id` parameter and one record type")
            id_param = next(p for p in params if p.name == "id")
            required = " | ".join(m for m in _members(id_param.annotation) if m != "Unset")
            retrieve = Param("id", required, None, True, id_param.description, id_param.notes)
            name = method_name("get", remainder, True)
            result.append(Method(name=name, kind="one", result=records[0], params=(retrieve,), **common))
        return result
    if success == "None":
        kind, result_type = "none", "None"
    elif _list_item(success):
        kind, result_type = "many", _list_item(success) or ""
    elif len(members) == 1:
        kind, result_type = "one", success
    else:
        raise SystemExit(f"{operation_id}: a union success type {success} outside a list")
    return [
        Method(
            name=method_name(verb, remainder, has_path_id),
            kind=kind,
            result=result_type,
            params=tuple(params),
            **common,
        )
    ]
