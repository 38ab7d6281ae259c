"""Generate a vendor's resource client (``adapters/erp_adapters/_generated/<vendor>_resources.py``).

Called by ``scripts/generate.py`` after the vendor's client package was generated: the spec and
that package (read as source) are turned into a :class:`~resource_client.model.VendorClient`,
rendered with the jinja template ``specs/generator/templates/resources/resources.py.jinja`` and
formatted with the pinned ruff. The output depends on nothing else, so it is deterministic.
"""

from __future__ import annotations

import re
import subprocess
import sys
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


def _example_value(param: Param) -> str:
    if param.name == "body":
        return "body"
    first = param.annotation.split(" | ")[0]
    return {"int": "1", "str": '"1"', "float": "1.0", "bool": "True"}.get(first, "...")


def _example(client: VendorClient, resource: str, method: Method, is_async: bool) -> list[str]:
    required = [p for p in method.params if p.default is None]
    args = ", ".join(
        _example_value(p) if p.positional or p.name == "body" else f"{p.name}={_example_value(p)}" for p in required
    )
    call = f"client.{resource}.{method.name}({args})"
    cls = ("Async" if is_async else "") + client.client_class
    opener = f"async with {cls}(" if is_async else f"with {cls}("
    lines = [f"from erp_adapters.{client.vendor} import {cls}", ""]
    if any(p.name == "body" for p in required):
        body = next(p for p in required if p.name == "body")
        lines[0:0] = [f"from {client.package}.models import {body.annotation.split(' | ')[0]}"]
        lines.append(f"body = {body.annotation.split(' | ')[0]}(...)  # the fields to send")
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
    client = read_vendor(vendor, spec, client_dir, CONFIGS[vendor])
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


def _format(source: str) -> str:
    """Sort imports and format with the pinned ruff and the repository's settings (as for handwritten code)."""
    ruff = str(Path(sys.executable).parent / "ruff")
    name = ["--stdin-filename", "adapters/erp_adapters/_generated/resources.py"]
    fixed = subprocess.run(
        [ruff, "check", "--fix-only", "--select", "I,F401,RUF022", *name, "-"],
        input=source,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    return subprocess.run(
        [ruff, "format", *name, "-"], input=fixed, capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout
