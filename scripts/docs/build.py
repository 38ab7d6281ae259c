"""Build the docs site: `python scripts/docs/build.py --out build/docs` (run by `nox -s docs`).

The site, all static files that work offline (opened as files, no CDN):

    index.html                  one row per vendor, linking its references
    <vendor>/http.html          the HTTP reference: Redocly `build-docs` of specs/<vendor>.yaml, bundle inlined
    python/...                  the Python reference (pdoc): the resource clients (when generated), the
                                adapters (`erp_adapters`) and every generated client package
    manifest.json               per vendor: its HTTP page, its Python pages and which Python layer they show
                                (read by scripts/check_docs.py)

Which Python layer a vendor's reference shows: the resource client (``Wisedat``, ``GKS4``, ... exported by
``erp_adapters.<vendor>``) when it exists, otherwise the functional layer (the generated client's
one-module-per-operation API). scripts/check_docs.py decides the same thing on its own and fails on a
mismatch, so a missing resource client cannot pass silently.
"""

from __future__ import annotations

import argparse
import html
import importlib
import json
import os
import pkgutil
import shutil
import subprocess
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TypedDict

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
TEMPLATE = Path(__file__).resolve().parent / "redoc.hbs"
PDOC_TEMPLATES = Path(__file__).resolve().parent / "pdoc"
REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"


@dataclass(frozen=True)
class Vendor:
    """One vendor of specs/: its name, the title and operationIds of its spec."""

    name: str
    title: str
    operations: tuple[str, ...]

    @property
    def client_package(self) -> str:
        """The generated client's import name (``wisedat_client``)."""
        return f"{self.name}_client"

    @property
    def adapter_module(self) -> str:
        """The vendor's adapter module (``erp_adapters.wisedat``)."""
        return f"erp_adapters.{self.name}"


class ManifestEntry(TypedDict):
    """One vendor in the site's manifest.json."""

    http: str
    python: list[str]
    mode: str


@dataclass(frozen=True)
class _Row:
    """One vendor on the index page."""

    vendor: Vendor
    mode: str
    links: list[tuple[str, str]]


def vendors(specs: Path = SPECS) -> list[Vendor]:
    """Every vendor with a spec in ``specs``, in name order."""
    found = []
    for spec in sorted(specs.glob("*.yaml")):
        document = yaml.safe_load(spec.read_text(encoding="utf-8"))
        found.append(Vendor(spec.stem, str(document["info"]["title"]), tuple(operation_ids(document))))
    return found


def operation_ids(document: dict[str, object]) -> list[str]:
    """The operationIds of an OpenAPI document, in path order (callbacks and webhooks are not operations here)."""
    methods = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
    paths = document.get("paths") or {}
    assert isinstance(paths, dict)
    return [
        str(operation["operationId"])
        for item in paths.values()
        for method, operation in item.items()
        if method in methods and isinstance(operation, dict) and "operationId" in operation
    ]


def resource_client(vendor: str) -> type | None:
    """The vendor's resource client class (``erp_adapters.wisedat.Wisedat``), or None while it does not exist.

    The class is the attribute of ``erp_adapters.<vendor>`` whose name is the vendor's name in any case.
    """
    module = importlib.import_module(f"erp_adapters.{vendor}")
    for name in dir(module):
        candidate = getattr(module, name)
        if name.lower() == vendor and isinstance(candidate, type):
            return candidate
    return None


def _resource_modules(client: type) -> list[str]:
    """The modules to document for a resource client: where it, its async twin and its resources are defined."""
    module = sys.modules[client.__module__]
    names = {client.__module__}
    twin = getattr(sys.modules[f"erp_adapters.{client.__name__.lower()}"], f"Async{client.__name__}", None)
    if isinstance(twin, type):
        names.add(twin.__module__)
    for value in vars(module).values():
        if isinstance(value, type) and value.__module__.startswith(client.__module__.rsplit(".", 1)[0]):
            names.add(value.__module__)
    return sorted(names)


def build_http(vendor: Vendor, out: Path, redocly: Path) -> subprocess.Popen[bytes]:
    """Start Redocly's build-docs for one vendor (the Redoc bundle inlined: no CDN at view time)."""
    target = out / vendor.name / "http.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    command = [
        str(redocly),
        "build-docs",
        str(SPECS / f"{vendor.name}.yaml"),
        "--inlineBundle",
        "--template",
        str(TEMPLATE),
        "--title",
        f"{vendor.title} — HTTP reference",
        "--output",
        str(target),
    ]
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def build_python(modules: list[str], out: Path) -> None:
    """Render the Python reference of ``modules`` (and their public submodules) with pdoc into ``out``."""
    import pdoc
    import pdoc.render

    pdoc.render.configure(
        docformat="google",
        search=True,
        show_source=False,
        math=False,
        mermaid=False,
        footer_text="ERP clients — Python reference",
        template_directory=PDOC_TEMPLATES,
    )
    names = _with_submodules(modules)
    exposed = _hidden_classes(names)
    _expose(exposed)
    pdoc.render.env.globals["exposed_bases"] = {f"{cls.__module__}.{cls.__qualname__}" for cls in exposed}
    with warnings.catch_warnings():
        # A package named next to its own submodules is reported as "repeated" by pdoc: harmless here.
        warnings.filterwarnings("ignore", message="The module specification", category=UserWarning)
        pdoc.pdoc(*names, output_directory=out)


def _hidden_classes(modules: list[str]) -> list[type]:
    """Classes of ``modules`` that pdoc would hide although the documented API links to them.

    - public classes left out of their module's ``__all__``: the resource classes of a resource client
      (``CustomersResource``), reached as attributes of the client (``client.customers``);
    - private classes that a documented class inherits from (``erp_adapters.errors._HTTPFailure``): pdoc
      links a class's bases and inherited members, and those links would dangle.
    """
    documented = set(modules)
    public = [
        value
        for name in modules
        for attribute, value in vars(importlib.import_module(name)).items()
        if isinstance(value, type) and value.__module__ == name and not attribute.startswith("_")
    ]
    found: dict[type, None] = {}
    for cls in public:
        exported = getattr(sys.modules[cls.__module__], "__all__", None)
        if exported is not None and cls.__name__ not in exported:
            found[cls] = None
        for base in cls.__mro__[1:]:
            if base.__module__ in documented and base.__name__.startswith("_"):
                found[base] = None
    return list(found)


def _expose(classes: list[type]) -> None:
    """Add ``classes`` to their module's ``__all__`` (in this process only) so that pdoc renders them."""
    for cls in classes:
        module = sys.modules[cls.__module__]
        exported = getattr(module, "__all__", None)
        if exported is not None and cls.__name__ not in exported:
            setattr(module, "__all__", [*exported, cls.__name__])  # noqa: B010 - mypy: ModuleType has no __all__


def _with_submodules(modules: list[str]) -> list[str]:
    """``modules`` and every public submodule of them (pdoc itself stops at a package's ``__all__``)."""
    found: dict[str, None] = {}
    for name in modules:
        found[name] = None
        module = importlib.import_module(name)
        if hasattr(module, "__path__"):
            for info in pkgutil.walk_packages(module.__path__, prefix=f"{name}."):
                if not any(part.startswith("_") for part in info.name.split(".")):
                    found[info.name] = None
    return list(found)


def _page(module: str) -> str:
    """The pdoc page of a module, relative to the python/ folder."""
    return module.replace(".", "/") + ".html"


def python_pages(python: Path, vendor: Vendor, modules: list[str]) -> list[str]:
    """The pages of one vendor's Python reference, relative to the site root."""
    pages = {f"python/{_page(module)}" for module in modules}
    for package in (vendor.client_package, *modules):
        folder = python / package.replace(".", "/")
        pages.update(f"python/{p.relative_to(python).as_posix()}" for p in folder.rglob("*.html"))
    return sorted(page for page in pages if (python.parent / page).exists())


_MODE_NOTE = {
    "resource": "one typed method per operation in the resource client",
    "functional": "no resource client yet: the Python reference is the generated one-module-per-operation API",
}


def write_index(out: Path, rows: list[_Row]) -> None:
    """The site's index page: per vendor, its HTTP reference and its Python reference entry points."""
    body = []
    for row in rows:
        links = "".join(f'<li><a href="{html.escape(href)}">{html.escape(label)}</a></li>' for label, href in row.links)
        body.append(
            f'<section><h2 id="{row.vendor.name}">{html.escape(row.vendor.title)}</h2>'
            f"<p>{len(row.vendor.operations)} operations · {_MODE_NOTE[row.mode]}</p>"
            f"<ul>{links}</ul></section>"
        )
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ERP clients — API reference</title>
<style>
body {{ font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem auto; max-width: 52rem;
  padding: 0 1rem; color: #222; }}
h1 {{ font-size: 1.8rem; margin-bottom: .2rem; }}
section {{ border: 1px solid #ddd; border-radius: 6px; padding: .2rem 1.2rem .6rem; margin: 1rem 0; }}
h2 {{ font-size: 1.25rem; margin: .8rem 0 .2rem; }}
p {{ margin: .2rem 0; color: #555; }}
a {{ color: #0b5cad; }}
code {{ background: #f3f3f3; padding: 0 .25rem; border-radius: 3px; }}
</style>
</head>
<body>
<h1>ERP clients — API reference</h1>
<p>Built by <code>nox -s docs</code> from <code>specs/</code> and the Python packages of this repository.
Per vendor: the HTTP API (Redocly) and the Python client (pdoc).</p>
{"".join(body)}
<p><a href="python/index.html">All Python modules</a></p>
</body>
</html>
"""
    (out / "index.html").write_text(page, encoding="utf-8")


def _index_links(vendor: Vendor) -> list[tuple[str, str]]:
    """The index page's links of one vendor: HTTP reference, resource client (if any), adapter, generated client."""
    links = [("HTTP reference (Redocly)", f"{vendor.name}/http.html")]
    client = resource_client(vendor.name)
    if client is not None:  # the page of the module that defines it: its resources and their methods
        links.append(
            (f"Python: {client.__name__} resource client", f"python/{_page(client.__module__)}#{client.__name__}")
        )
    links.append(
        (f"Python: {vendor.adapter_module} (connect, call, paginate)", f"python/{_page(vendor.adapter_module)}")
    )
    links.append(
        (
            f"Python: {vendor.client_package} (generated, one module per operation)",
            f"python/{_page(vendor.client_package)}",
        )
    )
    return links


def _stop(runs: list[subprocess.Popen[bytes]]) -> None:
    """Kill and reap every process of ``runs`` still running (a build that failed half way)."""
    for run in runs:
        if run.poll() is None:
            run.kill()
            run.communicate()


def build(out: Path, redocly: Path = REDOCLY) -> dict[str, ManifestEntry]:
    """Build the whole site into ``out`` (emptied first); return the manifest it writes."""
    if not redocly.exists():
        raise SystemExit(f"{redocly} is missing: run `npm ci` (nox -s docs does)")
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    all_vendors = vendors()
    redoc_runs: list[tuple[Vendor, subprocess.Popen[bytes]]] = []
    try:
        for vendor in all_vendors:
            redoc_runs.append((vendor, build_http(vendor, out, redocly)))

        per_vendor: dict[str, list[str]] = {}
        modes: dict[str, str] = {}
        for vendor in all_vendors:
            client = resource_client(vendor.name)
            modes[vendor.name] = "resource" if client else "functional"
            per_vendor[vendor.name] = [vendor.adapter_module, *(_resource_modules(client) if client else [])]
        extra = sorted({m for mods in per_vendor.values() for m in mods if "._" in m})  # private modules pdoc skips
        build_python(["erp_adapters", *extra, *(v.client_package for v in all_vendors)], out / "python")

        failed = []
        for vendor, run in redoc_runs:
            _, stderr = run.communicate()
            if run.returncode != 0:
                failed.append(f"{vendor.name}: redocly build-docs failed:\n{stderr.decode(errors='replace')}")
        if failed:
            raise SystemExit("\n".join(failed))
    finally:
        _stop([run for _, run in redoc_runs])

    manifest: dict[str, ManifestEntry] = {}
    rows: list[_Row] = []
    for vendor in all_vendors:
        modules = per_vendor[vendor.name]
        pages = python_pages(out / "python", vendor, modules)
        manifest[vendor.name] = {"http": f"{vendor.name}/http.html", "python": pages, "mode": modes[vendor.name]}
        rows.append(_Row(vendor, modes[vendor.name], _index_links(vendor)))
    write_index(out, rows)
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":
        # Default values such as frozenset({...}) are rendered from their repr: fix the hash seed so the
        # pages are byte-identical from one build to the next.
        given = sys.argv[1:] if argv is None else argv  # the arguments given, not necessarily the process's
        command = [sys.executable, str(Path(__file__).resolve()), *given]
        os.execve(sys.executable, command, {**os.environ, "PYTHONHASHSEED": "0"})  # noqa: S606
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "docs")
    parser.add_argument("--redocly", type=Path, default=REDOCLY)
    args = parser.parse_args(argv)
    manifest = build(args.out.resolve(), args.redocly)
    pages = sum(len(entry["python"]) for entry in manifest.values())
    print(f"docs: {len(manifest)} vendors, {pages} Python pages -> {args.out}/index.html")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
