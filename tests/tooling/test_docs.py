"""scripts/check_docs.py (and the parts of scripts/docs/build.py that need no Node): the docs site checker.

Each test builds a tiny site in a temporary folder, shaped like the real one (an index, a Redoc page with
its embedded spec, pdoc pages, manifest.json), checks that it passes, then plants one fault and checks
that exactly that fault is reported.
"""

from __future__ import annotations

import html
import importlib.util
import json
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import check_docs
import pytest

ROOT = Path(__file__).resolve().parents[2]
OPERATIONS = {"acme": ["list_widgets", "get_widget"]}

_spec = importlib.util.spec_from_file_location("docs_build", ROOT / "scripts" / "docs" / "build.py")
assert _spec is not None and _spec.loader is not None
docs_build = importlib.util.module_from_spec(_spec)
sys.modules["docs_build"] = docs_build
_spec.loader.exec_module(docs_build)


def _redoc_page(operations: list[str]) -> str:
    definition = {
        "openapi": "3.1.0",
        "tags": [{"name": "widgets"}],
        "paths": {
            f"/widgets/{i}": {"get": {"operationId": op, "tags": ["widgets"]}} for i, op in enumerate(operations)
        },
    }
    return (
        '<html><body><a href="../index.html">home</a><div id="redoc"><a href="/">overview</a>'
        '<a href="/widgets">widgets</a></div><script type="module">\n'
        f"      const __redoc_definition = {json.dumps(definition)};\n"
        "      const __redoc_options = {};\n</script></body></html>"
    )


def _resource_page(operations: list[str]) -> str:
    # pdoc links a code span naming a documented member (the second method is named like its operation)
    methods = "".join(
        f'<div id="Widgets.{op}"><p>Operation: <code><a href="#Widgets.{op}">{op}</a></code> (GET /x)</p></div>'
        if i % 2
        else f'<div id="Widgets.m{i}"><p>Operation: <code>{op}</code> (GET /widgets)</p></div>'
        for i, op in enumerate(operations)
    )
    return f'<html><body><a href="#Widgets.m0">first</a><a href="../erp.html#Acme">client</a>{methods}</body></html>'


def _site(root: Path, *, mode: str = "functional", operations: dict[str, list[str]] | None = None) -> Path:
    """A valid site for the vendor `acme` showing the ``mode`` layer."""
    operations = operations or OPERATIONS
    site = root / "site"
    files = {
        "index.html": '<html><body><h2 id="acme">Acme</h2><a href="acme/http.html">HTTP</a>'
        '<a href="python/erp.html#Acme">Python</a><a href="python/acme_client/api/widgets/list_widgets.html'
        '#sync_detailed">list</a><a href="https://example.org/">external</a><a href="#acme">self</a></body></html>',
        "acme/http.html": _redoc_page(operations["acme"]),
        "python/erp.html": '<html><body><section id="Acme">Acme</section><a href="acme/resources.html">r</a>'
        "</body></html>",
        "python/acme/resources.html": _resource_page(operations["acme"]) if mode == "resource" else "<html></html>",
    }
    for op in operations["acme"]:
        files[f"python/acme_client/api/widgets/{op}.html"] = (
            '<html><body><section id="sync_detailed"></section><a href="../../../erp.html">up</a></body></html>'
        )
    for name, text in files.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(text, encoding="utf-8")
    pages = sorted(name for name in files if name.startswith("python/"))
    manifest = {"acme": {"http": "acme/http.html", "python": pages, "mode": mode}}
    (site / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return site


def _check(site: Path, resource: bool = False) -> list[str]:
    problems, _ = check_docs.check_site(site, OPERATIONS, lambda vendor: resource)
    return problems


def _edit(path: Path, edit: Callable[[str], str]) -> None:
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")


def test_a_valid_site_passes_and_counts_every_operation(tmp_path: Path) -> None:
    site = _site(tmp_path)
    problems, counts = check_docs.check_site(site, OPERATIONS, lambda vendor: False)
    assert problems == []
    assert counts == {"acme": {"spec": 2, "http": 2, "python": 2}}


def test_a_valid_site_with_the_resource_client_passes(tmp_path: Path) -> None:
    assert _check(_site(tmp_path, mode="resource"), resource=True) == []


def test_a_broken_link_fails(tmp_path: Path) -> None:
    site = _site(tmp_path)
    _edit(site / "index.html", lambda text: text.replace("acme/http.html", "acme/htp.html"))
    assert _check(site) == ["index.html: broken link 'acme/htp.html' (acme/htp.html does not exist)"]


def test_a_broken_anchor_fails(tmp_path: Path) -> None:
    site = _site(tmp_path)
    _edit(site / "python/erp.html", lambda text: text.replace('id="Acme"', 'id="Acme2"'))
    problems = _check(site)
    assert "index.html: broken anchor 'python/erp.html#Acme' (no id 'Acme' in python/erp.html)" in problems
    assert len(problems) == 1


def test_a_broken_fragment_on_the_same_page_fails(tmp_path: Path) -> None:
    site = _site(tmp_path)
    _edit(site / "index.html", lambda text: text.replace('href="#acme"', 'href="#acme-missing"'))
    assert _check(site) == ["index.html: broken anchor '#acme-missing' (no id 'acme-missing' in index.html)"]


def test_a_link_out_of_the_site_or_absolute_fails(tmp_path: Path) -> None:
    site = _site(tmp_path)
    _edit(site / "python/erp.html", lambda text: text.replace("acme/resources.html", "../../outside.html"))
    _edit(site / "index.html", lambda text: text.replace('href="#acme"', 'href="/etc/passwd"'))
    problems = _check(site)
    assert "python/erp.html: link '../../outside.html' points outside the site" in problems
    assert any("'/etc/passwd' is absolute" in problem for problem in problems)


def test_redoc_routes_must_be_tags_of_its_spec(tmp_path: Path) -> None:
    site = _site(tmp_path)
    _edit(site / "acme/http.html", lambda text: text.replace('href="/widgets"', 'href="/gadgets"'))
    assert _check(site) == ["acme/http.html: link '/gadgets' is absolute: it leaves the site when opened as files"]


def test_a_script_from_the_network_fails(tmp_path: Path) -> None:
    site = _site(tmp_path)
    _edit(site / "index.html", lambda text: text.replace("<body>", '<body><script src="https://cdn.example/x.js">'))
    assert _check(site) == [
        "index.html: fetches https://cdn.example/x.js from the network (the site must work offline)"
    ]


@pytest.mark.parametrize(
    "inline",
    [
        '<script type="module">import { hydrate } from "https://cdn.example/redoc.js";</script>',
        "<style>@import url('https://fonts.example/css?family=X');</style>",
    ],
)
def test_an_inline_import_from_the_network_fails(tmp_path: Path, inline: str) -> None:
    site = _site(tmp_path)
    _edit(site / "acme/http.html", lambda text: text.replace("<body>", f"<body>{inline}"))
    problems = _check(site)
    assert len(problems) == 1
    assert problems[0].startswith("acme/http.html: fetches ")
    assert "from the network" in problems[0]


def test_an_operation_missing_from_the_http_reference_fails(tmp_path: Path) -> None:
    site = _site(tmp_path)
    (site / "acme/http.html").write_text(_redoc_page(["list_widgets"]), encoding="utf-8")
    assert _check(site) == ["acme: operation get_widget missing from the HTTP reference"]


def test_an_operation_missing_from_the_functional_python_reference_fails(tmp_path: Path) -> None:
    site = _site(tmp_path)
    _edit(site / "python/acme_client/api/widgets/get_widget.html", lambda text: text.replace("sync_detailed", "x"))
    assert _check(site) == ["acme: operation get_widget missing from the Python reference (functional layer)"]


def test_an_operation_missing_from_the_resource_client_reference_fails(tmp_path: Path) -> None:
    site = _site(tmp_path, mode="resource")
    _edit(site / "python/acme/resources.html", lambda text: text.replace("Operation: <code><a", "Operation <code><a"))
    assert _check(site, resource=True) == [
        "acme: operation get_widget missing from the Python reference (resource layer)"
    ]


def test_a_resource_client_the_site_does_not_show_fails(tmp_path: Path) -> None:
    # The resource client exists, but the site was built from the functional layer: no silent pass.
    problems = _check(_site(tmp_path, mode="functional"), resource=True)
    assert "acme: the site shows the functional layer, but the resource layer exists" in problems
    assert "acme: operation list_widgets missing from the Python reference (resource layer)" in problems


def test_a_vendor_without_any_reference_fails(tmp_path: Path) -> None:
    site = _site(tmp_path)
    (site / "manifest.json").write_text("{}", encoding="utf-8")
    assert _check(site) == ["acme: not in the site's manifest (no reference built)"]


def test_an_unbuilt_site_fails(tmp_path: Path) -> None:
    problems, _ = check_docs.check_site(tmp_path / "nothing", OPERATIONS, lambda vendor: False)
    assert problems == [f"{tmp_path / 'nothing'}/index.html is missing: the site is not built"]


def test_main_exits_1_on_a_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = _site(tmp_path)
    specs = tmp_path / "specs"
    specs.mkdir()
    (specs / "acme.yaml").write_text(
        "paths:\n"
        "  /widgets:\n    get: {operationId: list_widgets}\n"
        "  /widgets/{id}:\n    get: {operationId: get_widget}\n"
        "  /widgets/{id}/parts:\n    get: {operationId: list_widget_parts}\n"
    )
    assert check_docs.main([str(site), "--specs", str(specs)]) == 1
    err = capsys.readouterr().err
    assert "acme: operation list_widget_parts missing from the HTTP reference" in err


def test_the_specs_operations_are_read_like_the_builder_reads_them() -> None:
    from_checker = check_docs.spec_operations(ROOT / "specs")
    from_builder = {vendor.name: list(vendor.operations) for vendor in docs_build.vendors()}
    assert from_checker == from_builder
    assert {vendor: len(ops) for vendor, ops in from_checker.items()} == {
        "egestor": 34,
        "gestix": 5,
        "gks4": 3,
        "quickstart": 6,
        "wisedat": 54,
    }


@pytest.mark.parametrize("vendor", ["wisedat", "egestor", "gestix", "gks4", "quickstart"])
def test_builder_and_checker_agree_on_the_resource_client(vendor: str) -> None:
    assert (docs_build.resource_client(vendor) is not None) == check_docs.has_resource_client(vendor)


def test_pdoc_renders_the_operation_line_and_example_the_checker_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The docstring shape the resource generator writes, rendered by pdoc, is what the checker finds."""
    module = tmp_path / "acme_resources.py"
    module.write_text(
        textwrap.dedent(
            '''
            """Resources of Acme."""


            class Widgets:
                """The widgets resource."""

                def retrieve(self, id: int) -> int:
                    """Get one widget.

                    Operation: `get_widget` (GET /widgets/{id})

                    Args:
                        id: the widget's identifier.

                    Example:
                        ```python
                        widget = client.widgets.retrieve(1)
                        ```
                    """
                    return id
            '''
        )
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    out = tmp_path / "out"
    docs_build.build_python(["acme_resources"], out)
    page = check_docs.parse_page(out / "acme_resources.html")
    assert check_docs._OPERATION_LINE.findall(page.text) == ["get_widget"]
    text = html.unescape(re.sub(r"<[^>]+>", "", page.text))
    assert "example" in page.anchors  # pdoc's heading of the Example: section
    assert "widget = client.widgets.retrieve(1)" in text
    assert "Widgets.retrieve" in page.anchors


def test_private_bases_and_classes_left_out_of_all_are_documented_so_links_resolve(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "acme_hidden.py").write_text(
        textwrap.dedent(
            '''
            """Hidden classes."""

            __all__ = ["Client"]


            class _Base:
                """A private base."""

                size: int = 1


            class WidgetsResource(_Base):
                """Reached as Client.widgets only."""


            class Client:
                """The client."""

                widgets: WidgetsResource
            '''
        )
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    hidden = docs_build._hidden_classes(["acme_hidden"])
    assert sorted(cls.__name__ for cls in hidden) == ["WidgetsResource", "_Base"]
    out = tmp_path / "out"
    docs_build.build_python(["acme_hidden"], out)
    page = check_docs.parse_page(out / "acme_hidden.html")
    assert {"Client", "WidgetsResource", "_Base"} <= page.anchors
    assert check_docs.check_links(out, {"acme_hidden.html": page}) == []


def test_a_failed_build_stops_the_redocly_runs_it_started(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[subprocess.Popen[bytes]] = []

    def fake_http(vendor: object, out: Path, redocly: Path) -> subprocess.Popen[bytes]:
        run = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"], stderr=subprocess.PIPE)
        started.append(run)
        return run

    def failing_python(modules: list[str], out: Path) -> None:
        raise RuntimeError("pdoc failed")

    monkeypatch.setattr(docs_build, "build_http", fake_http)
    monkeypatch.setattr(docs_build, "build_python", failing_python)
    redocly = tmp_path / "redocly"
    redocly.touch()
    try:
        with pytest.raises(RuntimeError, match="pdoc failed"):
            docs_build.build(tmp_path / "site", redocly)
        assert started
        assert [run.poll() for run in started if run.poll() is None] == []  # all ended (before the fix: still running)
    finally:
        for run in started:
            if run.poll() is None:
                run.kill()
                run.wait()
            if run.stderr is not None:
                run.stderr.close()


def test_main_re_executes_with_the_arguments_it_was_given(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[list[str]] = []

    def fake_execve(path: str, args: list[str], env: dict[str, str]) -> None:
        calls.append(args)
        raise SystemExit(0)  # execve does not return

    monkeypatch.delenv("PYTHONHASHSEED", raising=False)
    monkeypatch.setattr(docs_build.os, "execve", fake_execve)
    monkeypatch.setattr(sys, "argv", ["pytest", "-k", "something"])
    with pytest.raises(SystemExit):
        docs_build.main(["--out", "site-out"])
    assert calls[0][-2:] == ["--out", "site-out"] and "-k" not in calls[0]
