"""Generate a vendor's resource client (``adapters/erp_adapters/_generated/<vendor>_resources.py``).

Called by ``scripts/generate.py`` after the vendor's client package was generated: the spec and
that package (read as source) are turned into a :class:`~resource_client.model.VendorClient`,
rendered with the jinja template ``specs/generator/templates/resources/resources.py.jinja`` and
formatted with the pinned ruff. The output depends on nothing else, so it is deterministic.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import jinja2

from resource_client.model import Config, Method, Param, VendorClient, read_vendor

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "specs" / "generator" / "templates" / "resources"
TEMPLATE = "resources.py.jinja"
OUTPUT_DIR = ROOT / "adapters" / "erp_adapters" / "_generated"

CONFIGS = {
    "egestor": Config("Egestor", "eGestor", 'Egestor(personal_token="...")'),
    "gestix": Config("Gestix", "Gestix", 'Gestix("my-account", api_token="...")'),
    "gks4": Config("GKS4", "GKS4", 'GKS4("https://gks4.example.se", client_id="...", client_secret="...")'),
    "quickstart": Config(
        "Quickstart",
        "Quickstart",
        'Quickstart("https://quickstart.example.com", client_id="...", client_secret="...", code="...", '
        'redirect_uri="https://app.example.com/callback")',
    ),
    "wisedat": Config(
        "Wisedat", "Wisedat", 'Wisedat("https://erp.example.pt:8443", api_key="...", user="api", password="...")'
    ),
}
"""Class name, display name and the connection line of the docstring examples, per vendor."""

WIDTH = 100


def config(vendor: str) -> Config:
    """The vendor's :data:`CONFIGS` entry; a vendor without one gets its name in PascalCase and a generic example."""
    if vendor in CONFIGS:
        return CONFIGS[vendor]
    name = "".join(part.capitalize() for part in vendor.split("_"))
    return Config(name, name, f'{name}("https://api.example.com", ...)')


def output_path(vendor: str) -> Path:
    """Where the resource client of ``vendor`` lives in the repository."""
    return OUTPUT_DIR / f"{vendor}_resources.py"


def template_files() -> list[Path]:
    """The template files (hashed into the provenance)."""
    return sorted(p for p in TEMPLATES.rglob("*") if p.is_file())


def _wrap(text: str, indent: str = "") -> list[str]:
    return textwrap.wrap(text, WIDTH - len(indent), break_on_hyphens=False, break_long_words=False) or [""]


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


_SIMPLE = {"str": '"text"', "int": "1", "float": "1.0", "bool": "False", "None": "None", "Any": "None"}


def _class_node(models: Path, name: str) -> ast.ClassDef | None:
    """The class ``name`` as defined in the generated ``models`` package (found by the file that defines it)."""
    index = _CLASS_FILES.get(models)
    if index is None:
        index = _CLASS_FILES[models] = {
            match.group(1): path
            for path in sorted(models.glob("*.py"))
            for match in re.finditer(r"^class (\w+)\b", path.read_text(encoding="utf-8"), re.M)
        }
    path = index.get(name)
    if path is None:
        return None
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return next((n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == name), None)


_CLASS_FILES: dict[Path, dict[str, Path]] = {}


def _model_fields(models: Path, name: str) -> list[tuple[str, str]] | None:
    """The required fields (name, annotation) of generated model ``name``; None if it is not an attrs model."""
    cls = _class_node(models, name)
    if cls is None or not any(isinstance(d, ast.Name | ast.Call) for d in cls.decorator_list):
        return None
    return [
        (n.target.id, ast.unparse(n.annotation))
        for n in cls.body
        if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name) and n.value is None
    ]


def _enum_member(models: Path, name: str) -> str | None:
    cls = _class_node(models, name)
    if cls is None:
        return None
    member = next((n.targets[0] for n in cls.body if isinstance(n, ast.Assign)), None)
    return f"{name}.{member.id}" if isinstance(member, ast.Name) else None


def _value(annotation: str, models: Path, used: set[str], depth: int = 0) -> str:
    """A value of type ``annotation`` for an example (required fields filled, recursively)."""
    members = [m for m in annotation.split(" | ") if m != "Unset"]
    if "None" in members:
        return "None"
    first = members[0]
    if first in _SIMPLE:
        return _SIMPLE[first]
    if first.startswith("list["):
        return "[]"
    if first in ("datetime.datetime", "datetime.date"):
        used.add("datetime")
        return (
            "datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)"
            if first.endswith("datetime")
            else ("datetime.date(2030, 1, 1)")
        )
    enum = _enum_member(models, first)
    fields = _model_fields(models, first)
    if fields is not None and depth < 3:
        used.add(first)
        args = ", ".join(f"{name}={_value(a, models, used, depth + 1)}" for name, a in fields)
        return f"{first}({args})"
    if enum is not None:
        used.add(first)
        return enum
    return "..."


def _example_value(param: Param, models: Path, used: set[str]) -> str:
    if param.name == "body":
        return "body"
    first = param.annotation.split(" | ")[0]
    return {"int": "1", "str": '"1"'}.get(first) or _value(param.annotation, models, used)


def _example(client: VendorClient, resource: str, method: Method, is_async: bool) -> list[str]:
    required = [p for p in method.params if p.default is None]
    used: set[str] = set()
    values = [_example_value(p, client.models_dir, used) for p in required]
    args = ", ".join(
        v if p.positional or p.name == "body" else f"{p.name}={v}" for p, v in zip(required, values, strict=True)
    )
    call = f"client.{resource}.{method.name}({args})"
    cls = ("Async" if is_async else "") + client.client_class
    opener = f"async with {cls}(" if is_async else f"with {cls}("
    lines = []
    body = next((p for p in required if p.name == "body"), None)
    if body is not None:
        lines.append(f"body = {_value(body.annotation, client.models_dir, used)}")
    head = [f"from erp_adapters.{client.vendor} import {cls}"]
    models = sorted(used - {"datetime"})
    if models:
        head.insert(0, f"from {client.package}.models import {', '.join(models)}")
    if "datetime" in used:
        head.insert(0, "import datetime")
    lines = [*head, "", *lines]
    lines.append(opener + client.connect_example.split("(", 1)[1] + " as client:")
    if method.kind == "pages":
        lines += [f"    {'async ' if is_async else ''}for item in {call}:", "        print(item)"]
    elif method.kind == "none":
        lines.append(f"    {'await ' if is_async else ''}{call}")
    else:
        lines += [f"    result = {'await ' if is_async else ''}{call}", "    print(result)"]
    return lines


def docstring(client: VendorClient, resource: str, method: Method, is_async: bool, raw: bool) -> str:
    """The docstring of one generated method (summary, description, arguments, notes, operation, example)."""
    summary = method.summary or method.operation_id
    lines = _wrap(summary if summary[-1:] in ".!?" else summary + ".")
    if method.description and method.description != method.summary:
        lines += ["", *_wrap(method.description)]
    if raw:
        lines += ["", "Answers with a RawResponse (status, headers, parsed body)."]
        if method.kind == "pages":
            lines += ["For a list: the first page as received, its items as ``parsed``."]
    args: list[str] = []
    for param in method.params:
        text = param.description or "(not described in the spec)"
        wrapped = _wrap(f"{param.name}: {text}", "        ")
        args += ["    " + wrapped[0], *("        " + w for w in wrapped[1:])]
    args.append("    timeout: this call's timeout (seconds or httpx.Timeout); None keeps the client's.")
    args.append("    extra_headers: headers added to this request only.")
    if method.kind == "pages" and not raw:
        args.append("    on_page: called after each page with (page_number, items_so_far, last_page_or_None).")
    lines += ["", "Args:", *args]
    notes = [*method.notes, *(f"{p.name}: {n}" for p in method.params for n in p.notes)]
    if notes:
        lines += ["", "Notes:"]
        for note in notes:
            wrapped = _wrap(note, "      ")
            lines += ["    - " + wrapped[0], *("      " + w for w in wrapped[1:])]
    lines += ["", f"Operation: `{method.operation_id}` ({method.http_method} {method.path})"]
    lines += ["", "Example:", "    ```python"]
    lines += [("    " + line).rstrip() for line in _example(client, resource, method, is_async)]
    lines += ["    ```", ""]
    return _escape("\n".join(lines))


def _builtin_list(annotation: str) -> str:
    """``list[...]`` spelled ``builtins.list[...]``: inside a resource class, ``list`` is a method."""
    return re.sub(r"(?<![\w.])list\[", "builtins.list[", annotation)


def _signature(method: Method, raw: bool) -> str:
    params = method.params
    first = [p for p in params if p.positional or p.name == "body"]
    rest = [p for p in params if p not in first]

    def one(p: Param) -> str:
        return f"{p.name}: {_builtin_list(p.annotation)}" + (f" = {p.default}" if p.default is not None else "")

    parts = ["self", *(one(p) for p in first), "*", *(one(p) for p in rest)]
    parts += ["timeout: Timeout = None", "extra_headers: Mapping[str, str] | None = None"]
    if method.kind == "pages" and not raw:
        parts.append("on_page: OnPage | None = None")
    return ", ".join(parts)


def _returns(method: Method, raw: bool, is_async: bool) -> str:
    inner = {
        "one": method.result,
        "none": "None",
        "many": f"list[{method.result}]",
        "pages": f"list[{method.result}]" if raw else f"{'Async' if is_async else 'Sync'}Page[{method.result}]",
    }[method.kind]
    return _builtin_list(f"RawResponse[{inner}]" if raw else inner)


def _body(method: Method, raw: bool, is_async: bool) -> str:
    fn = f"{method.module}.{'asyncio_detailed' if is_async else 'sync_detailed'}"
    kwargs = "{" + ", ".join(f'"{p.name}": {p.name}' for p in method.params) + "}"
    helper = {"one": "_one", "none": "_none", "many": "_many", "pages": "_page" if raw else "_pages"}[method.kind]
    awaited = "await " if is_async and not (method.kind == "pages" and not raw) else ""
    typed = "" if method.kind == "none" else f"{method.result}, "
    extra = ", on_page" if method.kind == "pages" and not raw else ""
    return f"return {awaited}self.{helper}({fn}, {typed}{kwargs}, timeout, extra_headers{extra})"


def render(vendor: str, spec: Path, client_dir: Path) -> str:
    """The formatted source of ``vendor``'s resource client (without the generated-file header)."""
    client = read_vendor(vendor, spec, client_dir, config(vendor))
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,  # noqa: S701 - Python source, not HTML
    )
    env.filters["pydoc"] = lambda text: _escape("\n".join(_wrap(text)))
    env.globals.update(docstring=docstring, signature=_signature, returns=_returns, body=_body)
    source = env.get_template(TEMPLATE).render(client=client)
    return _format(source)


TABLE_MARKER = "<!-- resource-methods -->"
"""Where :func:`fill_table` puts the method table in a generated client README."""


def methods_table(vendor: str, spec: Path, client_dir: Path) -> str:
    """A markdown table: every operation and the resource client method that calls it."""
    client = read_vendor(vendor, spec, client_dir, config(vendor))
    rows = ["| operation | method | returns |", "|---|---|---|"]
    for resource in client.resources:
        for method in resource.methods:
            returns = _returns(method, raw=False, is_async=False).replace("builtins.", "")
            rows.append(
                f"| `{method.operation_id}` (`{method.http_method} {method.path}`) "
                f"| `client.{resource.attribute}.{method.name}()` | `{returns}` |"
            )
    return "\n".join(rows) + "\n"


def fill_table(readme: Path, vendor: str, spec: Path, client_dir: Path) -> None:
    """Replace :data:`TABLE_MARKER` in a generated README with :func:`methods_table` (no marker: unchanged)."""
    text = readme.read_text(encoding="utf-8")
    if TABLE_MARKER in text:
        readme.write_text(text.replace(TABLE_MARKER, methods_table(vendor, spec, client_dir)), encoding="utf-8")


def methods(source: str) -> dict[str, str]:
    """``Resource.method -> signature`` of the sync methods in a generated resource client's source."""
    found: dict[str, str] = {}
    for node in ast.parse(source).body:
        if not isinstance(node, ast.ClassDef) or not node.name.endswith("Resource") or node.name.startswith("Async"):
            continue
        for fn in node.body:
            if isinstance(fn, ast.FunctionDef) and not fn.name.startswith("_") and fn.name != "with_raw_response":
                returns = ast.unparse(fn.returns) if fn.returns else "None"
                found[f"{node.name}.{fn.name}"] = f"({ast.unparse(fn.args)}) -> {returns}"
    return found


def change_report(old: str | None, new: str) -> list[str]:
    """What a regeneration changes in the resource client: methods added, removed or re-typed."""
    before, after = methods(old) if old else {}, methods(new)
    lines = [f"  + {name}{after[name]}" for name in sorted(after.keys() - before.keys())]
    lines += [f"  - {name}{before[name]}" for name in sorted(before.keys() - after.keys())]
    lines += [
        f"  ~ {name}{after[name]} (was {before[name]})"
        for name in sorted(before.keys() & after.keys())
        if before[name] != after[name]
    ]
    return lines


_RUFF_SETTINGS = [
    "--isolated",
    "--config",
    "line-length = 120",
    "--config",
    'target-version = "py311"',
    "--config",
    'lint.isort.known-first-party = ["erp_adapters"]',
]
"""The ruff settings the output is formatted with: fixed here (hashed into the provenance with this
file), no configuration file read, so the repository's ``[tool.ruff]`` cannot shape the output."""


def _format(source: str) -> str:
    """Sort imports and format with the pinned ruff and :data:`_RUFF_SETTINGS` (run outside the repository)."""
    ruff = str(Path(sys.executable).parent / "ruff")
    name = ["--stdin-filename", "resources.py"]
    with tempfile.TemporaryDirectory(prefix="resource-client-format-") as work:
        fixed = subprocess.run(
            [ruff, "check", *_RUFF_SETTINGS, "--fix-only", "--select", "I,F401,RUF022", *name, "-"],
            input=source,
            capture_output=True,
            text=True,
            check=True,
            cwd=work,
        ).stdout
        return subprocess.run(
            [ruff, "format", *_RUFF_SETTINGS, *name, "-"],
            input=fixed,
            capture_output=True,
            text=True,
            check=True,
            cwd=work,
        ).stdout
