"""The radar record of one vendor: ``specs/inventory/<vendor>.radar.yaml``.

It holds what the radar needs to compare a new doc with the one the spec was written from, and
no vendor prose: the doc's identity (file name, URL, version, date, SHA-256 of the file), the
heading rules of the vendor's doc (:class:`doc_radar.sections.HeadingRule`), and every section of
that doc as key + fingerprint + the operations (``METHOD /path``, as in
``specs/inventory/<vendor>.csv``) that cite it. The operations are derived from the inventory's
``section`` column whenever the record is accepted (:func:`link_operations`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from doc_radar.sections import HeadingRule, Section, normalise_line, strip_numbering

HEADER = (
    "# Doc-change radar record (scripts/doc_radar): the vendor doc the spec was written from, as section keys\n"
    "# and fingerprints (hashes of normalised text; no vendor prose). `nox -s radar -- {vendor} <doc> --accept`\n"
    "# rewrites `doc` and `sections`; `headings` (what the doc's headings look like) and `volatile` (keys of\n"
    "# sections that change with every publication, e.g. a 'last updated' line) are edited by hand.\n"
)


@dataclass(frozen=True)
class DocInfo:
    """Which published doc a record was made from."""

    file: str
    sha256: str
    url: str | None = None
    version: str | None = None
    date: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class RecordedSection:
    """One section of the recorded doc."""

    key: str
    fingerprint: str
    operations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Record:
    """The radar record of one vendor."""

    vendor: str
    doc: DocInfo
    headings: tuple[HeadingRule, ...]
    sections: tuple[RecordedSection, ...] = field(default=())
    volatile: tuple[str, ...] = ()
    """Regular expressions for keys of sections the radar ignores (they change on every publication)."""

    def keeps(self, key: str) -> bool:
        """Whether the radar compares the section with this key (it is not volatile)."""
        return not any(re.fullmatch(pattern, key) for pattern in self.volatile)

    def operations(self) -> dict[str, str]:
        """``METHOD /path`` -> the key of the section that documents it."""
        return {op: s.key for s in self.sections for op in s.operations}


def path(inventory_dir: Path, vendor: str) -> Path:
    """Where the record of ``vendor`` lives."""
    return inventory_dir / f"{vendor}.radar.yaml"


def load(inventory_dir: Path, vendor: str) -> Record:
    """Read the record of ``vendor`` (FileNotFoundError when it has none)."""
    return parse(path(inventory_dir, vendor).read_text(encoding="utf-8"), vendor)


def parse(text: str, vendor: str) -> Record:
    """A record from the text of its YAML file."""
    data = yaml.safe_load(text) or {}
    doc = data.get("doc") or {}
    return Record(
        vendor=vendor,
        doc=DocInfo(
            file=str(doc.get("file") or ""),
            sha256=str(doc.get("sha256") or ""),
            **{k: None if doc.get(k) is None else str(doc[k]) for k in ("url", "version", "date", "note")},
        ),
        headings=tuple(HeadingRule.from_dict(rule) for rule in data.get("headings") or []),
        sections=tuple(
            RecordedSection(str(s["key"]), str(s["fingerprint"]), tuple(s.get("operations") or ()))
            for s in data.get("sections") or []
        ),
        volatile=tuple(str(pattern) for pattern in data.get("volatile") or ()),
    )


def dump(record: Record, inventory_dir: Path) -> Path:
    """Write ``record`` to its file and return the path."""
    doc = {k: v for k, v in dataclasses.asdict(record.doc).items() if v is not None}
    sections: list[dict[str, Any]] = []
    for s in record.sections:
        entry: dict[str, Any] = {"key": s.key, "fingerprint": s.fingerprint}
        if s.operations:
            entry["operations"] = list(s.operations)
        sections.append(entry)
    body: dict[str, Any] = {"doc": doc, "headings": [rule.to_dict() for rule in record.headings]}
    if record.volatile:
        body["volatile"] = list(record.volatile)
    body["sections"] = sections
    target = path(inventory_dir, record.vendor)
    text = yaml.safe_dump(body, sort_keys=False, allow_unicode=True, width=200)
    target.write_text(HEADER.format(vendor=record.vendor) + text, encoding="utf-8")
    return target


def _comparable(title: str) -> str:
    return strip_numbering(normalise_line(title)).rstrip(".:").casefold()


def find_section(keys: Sequence[str], cited: str) -> str | None:
    """The key among ``keys`` that an inventory ``section`` string names, or None.

    The inventory writes sections by hand, so they match loosely: the same heading path, or a key
    ending with the cited path, or — when that is unique — a key whose last heading is the cited
    path's last heading (dashes, quotes, numbering, trailing dots and case do not matter).
    """
    wanted = [_comparable(part) for part in cited.split(" > ")]
    split = {key: [_comparable(part) for part in key.split(" > ")] for key in keys}
    exact = [key for key, parts in split.items() if parts == wanted]
    if exact:
        return exact[0]
    suffix = [key for key, parts in split.items() if parts[-len(wanted) :] == wanted]
    if len(suffix) == 1:
        return suffix[0]
    leaf = [key for key, parts in split.items() if parts[-1] == wanted[-1]]
    return leaf[0] if len(leaf) == 1 else None


class LinkError(ValueError):
    """An inventory row names a section the doc does not have."""


def link_operations(sections: Iterable[Section], rows: Iterable[tuple[str, str]]) -> list[RecordedSection]:
    """Recorded sections for ``sections``, each with the operations whose inventory row cites it.

    ``rows`` are ``(operation, cited section)`` pairs from the inventory CSV.
    """
    listed = list(sections)
    keys = [s.key for s in listed]
    cited: dict[str, list[str]] = {}
    missing: list[str] = []
    for operation, section in rows:
        key = find_section(keys, section)
        if key is None:
            missing.append(f"{operation} cites {section!r}")
        else:
            cited.setdefault(key, []).append(operation)
    if missing:
        raise LinkError("inventory sections not found in the doc: " + "; ".join(missing))
    return [RecordedSection(s.key, s.fingerprint, tuple(cited.get(s.key, ()))) for s in listed]


def with_sections(record: Record, sections: Sequence[RecordedSection], doc: Mapping[str, Any]) -> Record:
    """``record`` with new sections and doc identity fields (None values keep the old ones)."""
    info = dataclasses.replace(record.doc, **{k: v for k, v in doc.items() if v is not None})
    return dataclasses.replace(record, doc=info, sections=tuple(sections))
