"""Read a vendor doc — a file or a URL; plain text, HTML or PDF — as plain text lines.

HTML is turned into text the way a browser lays it out in blocks: every block element
(heading, paragraph, list item, table row, ``pre``) starts a new line and ends with a blank line,
``br`` starts a new line, whitespace inside a block collapses except in ``pre``, and
``script``/``style`` are dropped. PDF text is extracted page by page with pypdf in layout mode,
which keeps the blank lines between blocks.
"""

from __future__ import annotations

import html
import io
import urllib.request
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

_BLOCKS = frozenset(
    {"address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figure", "footer", "form"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section"}
    | {"table", "tbody", "thead", "tr", "ul", "body", "html"}
)
_CELLS = frozenset({"td", "th"})
_SKIPPED = frozenset({"script", "style", "head", "title", "template", "noscript"})
_URL_TIMEOUT = 30.0


@dataclass(frozen=True)
class Document:
    """A vendor doc as plain text, with where it came from and what it was."""

    source: str
    kind: str
    """``text``, ``html`` or ``pdf``."""
    text: str
    raw: bytes


class _TextParser(HTMLParser):
    """Collects the text of an HTML page, one line per block."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._lines: list[str] = []
        self._current: list[str] = []
        self._skip = 0
        self._pre = 0

    def _flush(self, *, block: bool = True) -> None:
        """End the current line; a block end also leaves a blank line."""
        text = "".join(self._current)
        self._current = []
        if self._pre:
            self._lines.extend(text.split("\n"))
        elif text.strip():
            self._lines.append(" ".join(text.split()))
        if block:
            self._lines.append("")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip += 1
        elif tag == "br":
            if self._pre:
                self._current.append("\n")
            else:
                self._flush(block=False)
        elif tag in _BLOCKS:
            self._flush()
            if tag == "pre":
                self._pre += 1
        elif tag in _CELLS:
            self._current.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self._flush()
            if tag == "pre":
                self._pre = max(0, self._pre - 1)

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._current.append(data)

    def text(self) -> str:
        self._flush()
        lines: list[str] = []
        for line in self._lines:
            if line.strip() or (lines and lines[-1].strip()):
                lines.append(line.rstrip())
        return "\n".join(lines).strip("\n") + "\n"


def html_to_text(markup: str) -> str:
    """The text of an HTML page, one line per block, blocks separated by blank lines."""
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    return html.unescape(parser.text())


def pdf_to_text(data: bytes) -> str:
    """The text of a PDF document (every page, in order), extracted with pypdf.

    Layout mode keeps vertical gaps as blank lines, which the heading rules of web-page docs
    (``isolated`` headings) need; the extra indentation it adds is normalised away. A page break
    counts as a blank line (layout mode drops the gaps at the top and bottom of a page).
    """
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n\n".join(page.extract_text(extraction_mode="layout") for page in reader.pages)


def _kind(source: str, raw: bytes) -> str:
    head = raw[:1024].lstrip().lower()
    if raw.startswith(b"%PDF-") or source.lower().endswith(".pdf"):
        return "pdf"
    if source.lower().endswith((".html", ".htm")) or head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "text"


def _fetch(url: str) -> bytes:
    if not url.startswith(("http://", "https://")):
        raise ValueError(f"{url!r}: only http(s) URLs and local files can be read")
    request = urllib.request.Request(url, headers={"User-Agent": "erp-clients-doc-radar"})  # noqa: S310 - scheme checked
    with urllib.request.urlopen(request, timeout=_URL_TIMEOUT) as response:  # noqa: S310 - scheme checked
        data: bytes = response.read()
    return data


def read_document(source: str | Path) -> Document:
    """Read a vendor doc from a file path or an http(s) URL and return its plain text."""
    name = str(source)
    raw = _fetch(name) if "://" in name else Path(name).read_bytes()
    kind = _kind(name, raw)
    if kind == "pdf":
        text = pdf_to_text(raw)
    elif kind == "html":
        text = html_to_text(raw.decode("utf-8", errors="replace"))
    else:
        text = raw.decode("utf-8", errors="replace")
    return Document(name, kind, text, raw)
