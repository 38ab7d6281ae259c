"""scripts/doc_radar: the doc-change radar on the five vendor docs and on edited copies of them.

The edited copies are made here from the real docs in ../shared/vendor-docs/: sections moved,
headings renumbered, paragraphs reflowed (none of which may be reported), plus planted changes —
one word renamed in an operation's section, an operation's section removed, a new endpoint
section — every one of which must be reported, and nothing else. HTML and PDF renderings of every
doc are generated from the text (PDF written with reportlab, read back with pypdf; the only server
is a loopback one).
"""

from __future__ import annotations

import html
import io
import re
import shutil
import textwrap
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from doc_radar import cli, record
from doc_radar.compare import RadarReport, Status, compare, word_diff
from doc_radar.reading import read_document
from doc_radar.sections import HeadingRule, find_headings, fingerprint, split_sections

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT.parent / "shared" / "vendor-docs"
INVENTORY = ROOT / "specs" / "inventory"
VENDORS = ("wisedat", "egestor", "gestix", "gks4", "quickstart")

pytestmark = pytest.mark.skipif(not DOCS.is_dir(), reason="the vendor docs are not beside the clone")


def _record(vendor: str) -> record.Record:
    return record.load(INVENTORY, vendor)


def _doc(vendor: str) -> str:
    return (DOCS / _record(vendor).doc.file).read_text(encoding="utf-8")


def _scan_text(vendor: str, text: str) -> RadarReport:
    """The radar report for a doc's text (volatile sections left out, as the command does)."""
    rec = _record(vendor)
    return compare(rec.sections, [s for s in split_sections(text, rec.headings) if rec.keeps(s.key)])


# -- editing a doc by its sections -------------------------------------------------------------


@dataclass
class Edited:
    """A doc's lines being edited section by section, with what was planted."""

    lines: list[str]
    rules: Sequence[HeadingRule]
    changed: set[str] = field(default_factory=set)
    gone: set[str] = field(default_factory=set)
    new: int = 0

    def _blocks(self) -> dict[str, tuple[int, int, int]]:
        """Key -> (heading line, end of own text, end of subtree)."""
        heads = find_headings(self.lines, self.rules)
        starts = sorted(heads)
        out: dict[str, tuple[int, int, int]] = {}
        stack: list[tuple[int, str]] = []
        for n, i in enumerate(starts):
            level, title = heads[i]
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, title))
            own_end = starts[n + 1] if n + 1 < len(starts) else len(self.lines)
            tree_end = next((j for j in starts[n + 1 :] if heads[j][0] <= level), len(self.lines))
            out.setdefault(" > ".join(t for _, t in stack), (i, own_end, tree_end))
        return out

    def move(self, key: str, before: str | None) -> None:
        """Move a section with its subsections before another one (None: to the end)."""
        start, _, end = self._blocks()[key]
        block = self.lines[start:end]
        del self.lines[start:end]
        at = self._blocks()[before][0] if before else len(self.lines)
        self.lines[at:at] = ["", *block, ""]

    def remove(self, key: str, operations: Sequence[str]) -> None:
        start, _, end = self._blocks()[key]
        del self.lines[start:end]
        self.gone |= set(operations)

    def rename(self, key: str, old: str, new: str, operations: Sequence[str]) -> None:
        """Replace the first whole word ``old`` in a section's own text."""
        start, end, _ = self._blocks()[key]
        for i in range(start + 1, end):
            edited = re.sub(rf"\b{re.escape(old)}\b", new, self.lines[i], count=1)
            if edited != self.lines[i]:
                self.lines[i] = edited
                self.changed |= set(operations)
                return
        raise AssertionError(f"{old!r} is not in the own text of [{key}]")

    def insert(self, text: str, before: str | None, sections: int) -> None:
        at = self._blocks()[before][0] if before else len(self.lines)
        self.lines[at:at] = ["", *text.splitlines(), ""]
        self.new += sections

    def renumber(self) -> None:
        """Number every heading (``3.``, ``3.2``, ...), as a doc that gained section numbers."""
        heads = find_headings(self.lines, self.rules)
        counters: list[int] = []
        for i in sorted(heads):
            depth = heads[i][0]
            counters = counters[:depth] + [0] * max(0, depth - len(counters))
            counters[depth - 1] += 1
            self.lines[i] = ".".join(str(c) for c in counters) + f" {self.lines[i].strip()}"

    def reflow(self, width: int = 48) -> None:
        """Re-wrap every long non-heading line at ``width`` (same words, other line breaks)."""
        heads = find_headings(self.lines, self.rules)
        out: list[str] = []
        for i, line in enumerate(self.lines):
            if i in heads or len(line) <= width:
                out.append(line)
                continue
            indent = line[: len(line) - len(line.lstrip())]
            out += textwrap.wrap(
                line.strip(),
                width,
                initial_indent=indent,
                subsequent_indent=indent + "  ",
                break_long_words=False,
                break_on_hyphens=False,
            )
        self.lines[:] = out

    @property
    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def _edited(vendor: str) -> Edited:
    return Edited(_doc(vendor).splitlines(), _record(vendor).headings)


NEW_SECTIONS = {
    "wisedat": ("Stock\n\nGet\n\nThe stock of one product\n\nUsage\n\nGET/stock?product={id}\n", "Currencies", 2),
    "egestor": (
        "Duplicar [POST /vendas/{codigo}/duplicar]\n\n  • Response 201 (application/json)\n",
        "Recursos > Recebimentos",
        1,
    ),
    "gestix": ("Step 5 - List Invoices\n\nGET /api/{account}/v4.0.0/invoices\n", "Content Types", 1),
    "gks4": ("Deletes a customer\n\ndelete\nAuthorizations\nResponses\n204\n", None, 1),
    "quickstart": ("Webhooks\n\nRegister a callback URL to hear about new invoices.\n", None, 1),
}


MOVES: dict[str, list[tuple[str, str | None]]] = {
    "wisedat": [("Taxes", None), ("Countries", "Products")],
    "egestor": [
        ("Recursos > Serviços", None),
        ("Recursos > Vendas > Remover (Delete)", "Recursos > Vendas > Listar (List)"),
    ],
    "gestix": [("Content Types", "Prerequisites")],
    "gks4": [("Headers", None), ("Creates a customer", "Gets a customer by customer number.")],
    "quickstart": [("Timestamps", "oAuth 2")],
}


def _plant(vendor: str, edit: Edited) -> None:
    """Move sections around, and plant one renamed word, one removed and one new endpoint."""
    new_text, before, count = NEW_SECTIONS[vendor]
    for key, target in MOVES[vendor]:
        edit.move(key, target)
    if vendor == "wisedat":
        edit.rename("Products > Post", "name", "title", ["POST /products"])
        edit.remove("Units > Delete", ["DELETE /units"])
    elif vendor == "egestor":
        edit.rename("Recursos > Produtos > Novo (Create)", "descricao", "titulo", ["POST /produtos"])
        edit.remove("Recursos > Pagamentos > Remover", ["DELETE /pagamentos/{codigo}"])
    elif vendor == "gestix":
        edit.rename("Step 3 - Use a Nonce on Write Operations", "nonce", "counter", ["POST /invoices"])
        edit.remove("Step 4 - Check Status", ["GET /status"])
    elif vendor == "gks4":
        edit.rename("Creates a customer", "invoiceEmailstring", "billingEmailstring", ["POST /api/v1/customers"])
        edit.remove("Places a sales order.", ["POST /api/v1/salesorders"])
    else:
        edit.rename("Ordering and filtering", "sort", "order", ["GET /customers", "GET /customers/{id}"])
        edit.changed |= {"GET /orders", "GET /orders/{id}"}  # they cite the same section
        edit.remove("Response metadata", ["GET /invoices", "GET /invoices/{id}"])
    edit.insert(new_text, before, count)


@dataclass(frozen=True)
class Confusion:
    """Planted vs reported, per kind of change."""

    planted: int
    reported: int
    missed: int
    extra: int


def confusion(vendor: str, report: RadarReport, edit: Edited) -> dict[str, Confusion]:
    """How the report compares with what ``edit`` planted (operations changed / gone, new sections)."""
    out = {}
    for kind, planted in (("changed", edit.changed), ("gone", edit.gone)):
        status = Status.CHANGED if kind == "changed" else Status.GONE
        reported = {op.operation for op in report.operations if op.status == status}
        out[kind] = Confusion(len(planted), len(reported), len(planted - reported), len(reported - planted))
    reported_new = len(report.new)
    out["new"] = Confusion(edit.new, reported_new, max(0, edit.new - reported_new), max(0, reported_new - edit.new))
    out["other"] = Confusion(0, len(report.uncovered_changes), 0, len(report.uncovered_changes))
    return out


# -- the unchanged docs ------------------------------------------------------------------------


@pytest.mark.parametrize("vendor", VENDORS)
def test_an_unchanged_doc_needs_no_review(vendor: str, capsys: pytest.CaptureFixture[str]) -> None:
    report = _scan_text(vendor, _doc(vendor))
    assert (report.count(Status.CHANGED), len(report.new), report.count(Status.GONE)) == (0, 0, 0)
    assert not report.needs_review
    assert len(report.operations) == len(_record(vendor).operations()) > 0
    assert cli.main([vendor, str(DOCS / _record(vendor).doc.file)]) == 0
    assert "nothing to review" in capsys.readouterr().out


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_inventory_operation_has_a_recorded_section(vendor: str) -> None:
    import inventory

    rows = inventory.read_inventory(INVENTORY / f"{vendor}.csv")
    assert sorted(_record(vendor).operations()) == sorted(f"{r.method} {r.path}" for r in rows)


@pytest.mark.parametrize("vendor", VENDORS)
def test_the_record_holds_no_vendor_prose(vendor: str) -> None:
    """Keys are heading titles; every section's text is stored only as a 16-digit hash."""
    text = (INVENTORY / f"{vendor}.radar.yaml").read_text(encoding="utf-8")
    for section in split_sections(_doc(vendor), _record(vendor).headings):
        body = " ".join(section.text.split()[1:])
        if len(body) > 40:
            assert body[:40] not in text


# -- edited copies -----------------------------------------------------------------------------


@pytest.mark.parametrize("vendor", VENDORS)
def test_moving_renumbering_and_reflowing_changes_nothing(vendor: str) -> None:
    edit = _edited(vendor)
    for key, before in MOVES[vendor]:
        edit.move(key, before)
    edit.renumber()
    edit.reflow()
    assert edit.text != _doc(vendor)
    report = _scan_text(vendor, edit.text)
    assert [op.operation for op in report.operations if op.status != Status.UNCHANGED] == []
    assert report.new == ()
    assert report.uncovered_changes == ()


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_planted_change_is_reported_and_nothing_else(vendor: str) -> None:
    edit = _edited(vendor)
    _plant(vendor, edit)
    edit.renumber()
    edit.reflow()
    report = _scan_text(vendor, edit.text)
    counts = confusion(vendor, report, edit)
    assert {kind: (c.missed, c.extra) for kind, c in counts.items()} == {
        "changed": (0, 0),
        "gone": (0, 0),
        "new": (0, 0),
        "other": (0, 0),
    }
    assert counts["changed"].planted > 0 and counts["gone"].planted > 0 and counts["new"].planted > 0


def test_a_one_word_change_in_a_parameter_table_is_changed() -> None:
    edit = _edited("wisedat")
    edit.rename("Products > Get", "limit", "size", ["GET /products"])
    report = _scan_text("wisedat", edit.text)
    assert [(op.operation, op.status) for op in report.operations if op.status != Status.UNCHANGED] == [
        ("GET /products", Status.CHANGED)
    ]


def test_the_report_names_the_change_its_word_diff_and_the_spec_locations(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit = _edited("wisedat")
    edit.rename("Products > Post", "name", "title", ["POST /products"])
    new = tmp_path / "wisedat-new.txt"
    new.write_text(edit.text, encoding="utf-8")
    assert cli.main(["wisedat", str(new), "--old", str(DOCS / _record("wisedat").doc.file)]) == 1
    out = capsys.readouterr().out
    assert "  changed   POST /products  [Products > Post]" in out
    assert "{ [-name:-] {+title:+} string," in out
    assert "cited by the spec at #/paths/~1products/post (create_product)" in out
    assert "review needed" in out
    assert "1 changed, 0 gone; 0 new sections" in out


def test_accept_records_the_new_doc_and_then_nothing_needs_review(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inventory_dir = tmp_path / "inventory"
    inventory_dir.mkdir()
    for name in ("wisedat.csv", "wisedat.radar.yaml"):
        shutil.copy(INVENTORY / name, inventory_dir / name)
    edit = _edited("wisedat")
    _plant("wisedat", edit)
    new = tmp_path / "wisedat-v1.4.txt"
    new.write_text(edit.text, encoding="utf-8")
    args = ["wisedat", str(new), "--inventory", str(inventory_dir)]
    assert cli.main(args) == 1
    # The inventory still cites "Units > Delete", which the new doc lacks: accepting must refuse.
    assert cli.main([*args, "--accept"]) == 2
    assert "DELETE /units cites 'Units > Delete'" in capsys.readouterr().out
    csv = inventory_dir / "wisedat.csv"
    rows = [line for line in csv.read_text().splitlines() if not line.startswith("DELETE,/units,")]
    csv.write_text("\n".join([*rows, "GET,/stock,Stock > Get,"]) + "\n")
    assert cli.main([*args, "--accept", "--doc-version", "1.4"]) == 0
    accepted = record.load(inventory_dir, "wisedat")
    assert accepted.doc.version == "1.4" and accepted.doc.file == "wisedat-v1.4.txt"
    assert accepted.operations()["GET /stock"] == "Stock > Get"
    assert cli.main(args) == 0


# -- HTML and PDF renderings -------------------------------------------------------------------


def _html(vendor: str, text: str) -> str:
    """The doc as a web page: headings in <hN>, indented blocks in <pre>, other blocks in <p> (with
    identifiers such as ``client_id`` in <code>)."""
    lines = text.splitlines()
    heads = find_headings(lines, _record(vendor).headings)
    parts = ["<!DOCTYPE html><html><head><title>doc</title><style>p{margin:0}</style></head><body>"]
    block: list[str] = []

    def flush() -> None:
        if block:
            if any(line[:1].isspace() for line in block):
                parts.append("<pre>" + html.escape("\n".join(block)) + "</pre>")
            else:
                escaped = "<br>\n".join(html.escape(line) for line in block)
                parts.append("<p>" + re.sub(r"\b(\w+_\w+)\b", r"<code>\1</code>", escaped) + "</p>")
            block.clear()

    for i, line in enumerate(lines):
        if i in heads:
            flush()
            level = min(6, heads[i][0] + 1)
            parts.append(f"<h{level}>  {html.escape(line.strip())}\n</h{level}>")
        elif line.strip():
            block.append(line)
        else:
            flush()
    flush()
    return "\n".join([*parts, "</body></html>"])


def _pdf(text: str) -> bytes:
    """The doc as a PDF (Helvetica 8 pt, long lines wrapped), written with reportlab.

    Lines are NFKC-normalised first: the PDF core fonts have no glyph for e.g. an en space.
    """
    from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
    from reportlab.pdfgen import canvas  # type: ignore[import-untyped]

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, invariant=True)
    y = 800.0
    for line in unicodedata.normalize("NFKC", text).splitlines():
        for piece in textwrap.wrap(line, 120, break_long_words=False, break_on_hyphens=False) or [""]:
            if y < 40:
                page.showPage()
                y = 800.0
            page.setFont("Helvetica", 8)
            page.drawString(40, y, piece)
            y -= 10
    page.save()
    return buffer.getvalue()


@pytest.mark.parametrize("vendor", VENDORS)
def test_an_html_rendering_gives_the_same_result_as_the_text(vendor: str, tmp_path: Path) -> None:
    edit = _edited(vendor)
    _plant(vendor, edit)
    page = tmp_path / "doc.html"
    page.write_text(_html(vendor, edit.text), encoding="utf-8")
    document = read_document(page)
    assert document.kind == "html"
    assert _scan_text(vendor, document.text) == _scan_text(vendor, edit.text)
    unchanged = tmp_path / "same.html"
    unchanged.write_text(_html(vendor, _doc(vendor)), encoding="utf-8")
    assert not cli.scan(vendor, unchanged).report.needs_review


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_pdf_rendering_gives_the_same_result_as_the_text(vendor: str, tmp_path: Path) -> None:
    edit = _edited(vendor)
    _plant(vendor, edit)
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(_pdf(edit.text))
    scan = cli.scan(vendor, pdf)
    assert scan.document.kind == "pdf"
    assert scan.report == _scan_text(vendor, edit.text)
    unchanged = tmp_path / "same.pdf"
    unchanged.write_bytes(_pdf(_doc(vendor)))
    assert not cli.scan(vendor, unchanged).report.needs_review


# -- pieces ------------------------------------------------------------------------------------


def test_fingerprints_ignore_formatting_but_not_words() -> None:
    base = fingerprint("Body\n  • name (string, required) — the name\n")
    assert fingerprint("Body\n\u25e6 name (string,   required) \u2013 the\nname\n") == base
    assert fingerprint("Body\n  • title (string, required) — the name\n") != base


def test_word_diff_is_short_and_names_the_words() -> None:
    old = " ".join(f"w{i}" for i in range(50))
    assert word_diff(old, old.replace("w20", "x20")) == ["…w17 w18 w19 [-w20-] {+x20+} w21 w22 w23…"]


def test_inventory_sections_match_keys_loosely() -> None:
    keys = ["Recursos > Contatos > Listar (List)", "Step 1 - Authenticate", "Gets a customer by customer number."]
    assert record.find_section(keys, "Contatos > Listar (List)") == keys[0]
    assert record.find_section(keys, "Step 1 — Authenticate") == keys[1]
    assert record.find_section(keys, "Dokumentation > Gets a customer by customer number") == keys[2]
    assert record.find_section(keys, "Contatos > Novo (Create)") is None


# -- nox -s regen -- <vendor> --doc <new doc> ----------------------------------------------------


def test_regen_with_a_changed_doc_refuses_and_lists_the_spec_locations(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import spec_changes

    edit = _edited("wisedat")
    edit.rename("Units > Put", "description", "label", ["PUT /units"])
    new = tmp_path / "wisedat-v1.4.txt"
    new.write_text(edit.text, encoding="utf-8")
    assert spec_changes.main(["wisedat", "--doc", str(new), "--dry-run"]) == 1
    out = capsys.readouterr().out
    assert "  changed   PUT /units  [Units > Put]" in out
    assert "      cited by the spec at #/paths/~1units/put (update_unit)" in out
    assert "      cited by the spec at #/paths/~1units/put/x-doc-note" in out
    assert "regen REFUSED for wisedat" in out
    assert "wisedat: no API change" not in out and "version" not in out.split("regen REFUSED")[1]


def test_regen_with_a_reviewed_doc_goes_on(capsys: pytest.CaptureFixture[str]) -> None:
    import spec_changes

    doc = DOCS / _record("wisedat").doc.file
    assert spec_changes.main(["wisedat", "--doc", str(doc), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert f"radar: {doc} matches the accepted record of wisedat" in out
    assert "inventory: ok" in out


def test_volatile_sections_are_ignored(tmp_path: Path) -> None:
    edit = _edited("gks4")
    edit.lines[:] = [line.replace("Last updated 1 month ago", "Last updated 3 days ago") for line in edit.lines]
    assert edit.text != _doc("gks4")
    (tmp_path / "gks4.txt").write_text(edit.text, encoding="utf-8")
    document = read_document(tmp_path / "gks4.txt")
    assert not cli.scan_with(_record("gks4"), document).report.needs_review
    without = record.Record("gks4", _record("gks4").doc, _record("gks4").headings, _record("gks4").sections)
    assert cli.scan_with(without, document).report.new == ("Last updated 3 days ago",)


def test_a_doc_is_read_from_a_url(tmp_path: Path) -> None:
    """A loopback HTTP server serves an HTML rendering of the Wisedat doc; the radar reads it by URL."""
    import http.server
    import threading

    (tmp_path / "api.html").write_text(_html("wisedat", _doc("wisedat")), encoding="utf-8")

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(tmp_path), **kwargs)  # type: ignore[arg-type]

        def log_message(self, fmt: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/api.html"
        scan = cli.scan("wisedat", url)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
    assert scan.document.kind == "html"
    assert not scan.report.needs_review
    assert len(scan.report.operations) == 54


def test_only_http_urls_and_files_are_read() -> None:
    with pytest.raises(ValueError, match="only http"):
        read_document("ftp://127.0.0.1/doc.txt")


def test_bad_input_fails_with_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["wisedat", str(tmp_path / "missing.txt")]) == 2
    assert cli.main(["nosuchvendor", str(DOCS / _record("wisedat").doc.file)]) == 2
    assert cli.main(["wisedat", "ftp://127.0.0.1/doc.txt"]) == 2
    assert capsys.readouterr().out.count("radar FAILED") == 3
