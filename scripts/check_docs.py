"""Check the built docs site: `python scripts/check_docs.py build/docs` (run by `nox -s docs` and `nox -s ci`).

Fails (exit 1, one line per problem) on:

- a broken internal link: every ``href``/``src`` of every HTML page that is not an external URL must name
  an existing file, and its ``#fragment`` an ``id`` (or ``name``) in that file;
- an asset fetched from the network at view time (a ``<script src>``, stylesheet, image or frame on
  ``http(s)://``): the site must work offline;
- a missing operation: every operationId of every spec must be in its vendor's HTTP reference (the spec
  Redocly embeds in the page) and in its Python reference. The Python reference must show the resource
  client (a method docstring line ``Operation: `<operationId>` ``) when ``erp_adapters.<vendor>`` exports
  it, and the functional layer (a ``<vendor>_client.api.<tag>.<operationId>`` page with ``sync_detailed``)
  only while it does not. Neither found is a failure, never a silent pass.

Redoc 3 pages link their own sections as client-side routes (``href="/customers"``); those are accepted
when the route's first segment is a tag of the page's spec.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

import yaml

ROOT = Path(__file__).resolve().parents[1]
_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
_EXTERNAL_SCHEMES = {"http", "https", "mailto", "tel", "data", "javascript", "ftp"}
_REDOC_DEFINITION = re.compile(r"const __redoc_definition = (\{.*?\});\s*\n", re.DOTALL)
# A module import or CSS @import from the network inside an inline <script>/<style> (not seen as an attribute)
_REMOTE_IMPORT = re.compile(
    r"""(?:\bimport\s*(?:[\w{},*\s]+\bfrom\s*)?|@import\s+(?:url\()?)["']((?:https?:)?//[^"']+)"""
)
_OPERATION_LINE = re.compile(r"Operation:\s*<code>(?:<a [^>]*>)?([^<]+)(?:</a>)?</code>")


@dataclass
class _Page:
    """What the checker needs from one HTML page: its anchors, its links and its external assets."""

    anchors: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)
    remote_assets: list[str] = field(default_factory=list)
    text: str = ""


class _Parser(HTMLParser):
    """Collect ``id``/``name`` anchors, link targets (href, src) and remote assets of one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = _Page()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value for name, value in attrs if value is not None}
        for name in ("id", "name") if tag in ("a", "span", "div", "section", "h1", "h2", "h3") else ("id",):
            if name in values:
                self.page.anchors.add(values[name])
        if tag in ("a", "area", "link") and "href" in values:
            self.page.links.append(values["href"])
            if tag == "link" and _is_remote(values["href"]) and values.get("rel", "") != "canonical":
                self.page.remote_assets.append(values["href"])
        if tag in ("script", "img", "iframe", "source", "audio", "video", "embed") and "src" in values:
            self.page.links.append(values["src"])
            if _is_remote(values["src"]):
                self.page.remote_assets.append(values["src"])


def _is_remote(url: str) -> bool:
    return urlsplit(url).scheme in ("http", "https") or url.startswith("//")


def parse_page(path: Path) -> _Page:
    """Parse one HTML file."""
    text = path.read_text(encoding="utf-8", errors="replace")
    parser = _Parser()
    parser.feed(text)
    parser.close()
    parser.page.text = text
    parser.page.remote_assets.extend(_REMOTE_IMPORT.findall(text))
    return parser.page


def spec_operations(specs: Path) -> dict[str, list[str]]:
    """The operationIds of every spec in ``specs`` (``<vendor>.yaml``), per vendor."""
    found: dict[str, list[str]] = {}
    for spec in sorted(specs.glob("*.yaml")):
        document = yaml.safe_load(spec.read_text(encoding="utf-8"))
        found[spec.stem] = _operation_ids(document)
    return found


def _operation_ids(document: dict[str, object]) -> list[str]:
    """The operationIds of a spec, or of the definition a Redoc page embeds.

    Deliberately not ``docs.build.operation_ids``: the check counts operations on its own, so a
    builder that skips some cannot also hide that it did.
    """
    paths = document.get("paths") or {}
    assert isinstance(paths, dict)
    return [
        str(operation["operationId"])
        for item in paths.values()
        for method, operation in item.items()
        if method in _METHODS and isinstance(operation, dict) and "operationId" in operation
    ]


def has_resource_client(vendor: str) -> bool:
    """Whether ``erp_adapters.<vendor>`` exports the vendor's resource client class (``Wisedat``, ``GKS4``)."""
    try:
        module = importlib.import_module(f"erp_adapters.{vendor}")
    except ModuleNotFoundError as error:
        if error.name != f"erp_adapters.{vendor}":
            raise
        return False  # no adapter module at all: its Python reference must then show the functional layer
    return any(name.lower() == vendor and isinstance(getattr(module, name), type) for name in dir(module))


def check_links(site: Path, pages: dict[str, _Page]) -> list[str]:
    """Broken relative links and anchors, and remote assets, over every page of the site."""
    problems = []
    for name, page in sorted(pages.items()):
        routes = _redoc_routes(page)
        for url in page.remote_assets:
            problems.append(f"{name}: fetches {url} from the network (the site must work offline)")
        for link in page.links:
            problem = _check_link(site, name, link, pages, routes)
            if problem:
                problems.append(f"{name}: {problem}")
    return problems


def _check_link(site: Path, name: str, link: str, pages: dict[str, _Page], routes: set[str] | None) -> str | None:
    parts = urlsplit(link)
    if parts.scheme in _EXTERNAL_SCHEMES or link.startswith("//") or "{{" in link:
        return None
    if parts.scheme:
        return f"link {link!r} has an unknown scheme"
    path = unquote(parts.path)
    if path.startswith("/"):
        first = path.strip("/").split("/")[0]
        if routes is not None and (first == "" or first.lower() in routes):
            return None
        return f"link {link!r} is absolute: it leaves the site when opened as files"
    if path == "":
        target = name
    else:
        normalised = _normalise(PurePosixPath(name).parent / path)
        if normalised is None:
            return f"link {link!r} points outside the site"
        target = normalised
        if (site / target).is_dir():
            target = f"{target}/index.html".lstrip("/")
        if not (site / target).exists():
            return f"broken link {link!r} ({target} does not exist)"
    fragment = unquote(parts.fragment)
    if fragment and target.endswith(".html"):
        if target not in pages:
            pages[target] = parse_page(site / target)
        if fragment not in pages[target].anchors:
            return f"broken anchor {link!r} (no id {fragment!r} in {target})"
    return None


def _normalise(path: PurePosixPath) -> str | None:
    """``a/b/../c`` -> ``a/c``; None when the path climbs above the site root."""
    parts: list[str] = []
    for part in path.parts:
        if part in ("", "."):
            continue
        if part == "..":
            if not parts:
                return None
            parts.pop()
        else:
            parts.append(part)
    return "/".join(parts)


def _redoc_definition(page: _Page) -> dict[str, object] | None:
    match = _REDOC_DEFINITION.search(page.text)
    if match is None:
        return None
    definition = json.loads(match.group(1))
    return definition if isinstance(definition, dict) else None


def _redoc_routes(page: _Page) -> set[str] | None:
    """The client-side route roots of a Redoc page (its tags, lower case), None for any other page."""
    definition = _redoc_definition(page)
    if definition is None:
        return None
    tags = definition.get("tags") or []
    assert isinstance(tags, list)
    return {str(tag["name"]).lower() for tag in tags if isinstance(tag, dict)}


def check_operations(
    site: Path,
    pages: dict[str, _Page],
    operations: dict[str, list[str]],
    resource_client: Callable[[str], bool],
) -> tuple[list[str], dict[str, dict[str, int]]]:
    """Missing operations per vendor, and how many were found in each reference (for the summary)."""
    problems: list[str] = []
    counts: dict[str, dict[str, int]] = {}
    manifest_path = site / "manifest.json"
    if not manifest_path.exists():
        return [f"{manifest_path} is missing: build the site with scripts/docs/build.py"], counts
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    for vendor, wanted in sorted(operations.items()):
        entry = manifest.get(vendor)
        if not isinstance(entry, dict):
            problems.append(f"{vendor}: not in the site's manifest (no reference built)")
            continue
        http = _http_operations(site, pages, str(entry.get("http", "")))
        mode = "resource" if resource_client(vendor) else "functional"
        if entry.get("mode") != mode:
            problems.append(f"{vendor}: the site shows the {entry.get('mode')} layer, but the {mode} layer exists")
        python_pages = [str(p) for p in entry.get("python", [])]
        python = _python_operations(site, pages, vendor, python_pages, mode)
        counts[vendor] = {"spec": len(wanted), "http": len(set(wanted) & http), "python": len(set(wanted) & python)}
        for operation in wanted:
            if operation not in http:
                problems.append(f"{vendor}: operation {operation} missing from the HTTP reference")
            if operation not in python:
                problems.append(f"{vendor}: operation {operation} missing from the Python reference ({mode} layer)")
    return problems, counts


def _http_operations(site: Path, pages: dict[str, _Page], name: str) -> set[str]:
    page = pages.get(name) or (parse_page(site / name) if name and (site / name).is_file() else None)
    definition = _redoc_definition(page) if page else None
    if definition is None:
        return set()
    return set(_operation_ids(definition))


def _python_operations(site: Path, pages: dict[str, _Page], vendor: str, names: Iterable[str], mode: str) -> set[str]:
    found: set[str] = set()
    prefix = f"python/{vendor}_client/api/"
    for name in names:
        page = pages.get(name) or (parse_page(site / name) if (site / name).is_file() else None)
        if page is None:
            continue
        if mode == "resource":
            found.update(_OPERATION_LINE.findall(page.text))
        elif name.startswith(prefix) and name.count("/") == prefix.count("/") + 1 and "sync_detailed" in page.anchors:
            found.add(PurePosixPath(name).stem)
    return found


def check_site(
    site: Path, operations: dict[str, list[str]], resource_client: Callable[[str], bool] = has_resource_client
) -> tuple[list[str], dict[str, dict[str, int]]]:
    """Every problem of the site (links, anchors, remote assets, missing operations) and the operation counts."""
    if not (site / "index.html").is_file():
        return [f"{site}/index.html is missing: the site is not built"], {}
    pages = {path.relative_to(site).as_posix(): parse_page(path) for path in sorted(site.rglob("*.html"))}
    problems = check_links(site, pages)
    missing, counts = check_operations(site, pages, operations, resource_client)
    return problems + missing, counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, nargs="?", default=ROOT / "build" / "docs")
    parser.add_argument("--specs", type=Path, default=ROOT / "specs")
    args = parser.parse_args(argv)
    problems, counts = check_site(args.site, spec_operations(args.specs))
    for vendor, count in counts.items():
        print(
            f"{vendor}: {count['spec']} operations; HTTP reference {count['http']}, Python reference {count['python']}"
        )
    for problem in problems:
        print(problem, file=sys.stderr)
    pages = len(list(args.site.rglob("*.html")))
    print(f"check_docs: {pages} pages, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
