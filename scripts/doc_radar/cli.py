"""``nox -s radar -- <vendor> <new doc> [--old <previous doc>] [--accept]``.

Prints, per operation of ``specs/inventory/<vendor>.csv``, whether the section of the vendor doc
it comes from is unchanged, **changed** or **gone** in the new doc (with ``--old``, a short word
diff of each changed section), then every **new** section no operation covers, and the spec
locations that cite each changed section. Exit status: 0 when the new doc matches the record, 1
when something needs review, 2 on bad input. ``--accept`` (after the spec and inventory edits)
records the new doc's sections and fingerprints in ``specs/inventory/<vendor>.radar.yaml``.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from doc_radar import record as records
from doc_radar.compare import RadarReport, Status, compare, word_diff
from doc_radar.reading import Document, read_document
from doc_radar.sections import Section, split_sections

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
INVENTORY = SPECS / "inventory"
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Scan:
    """A new doc read, split with the vendor's heading rules and compared with the record."""

    record: records.Record
    document: Document
    sections: tuple[Section, ...]
    report: RadarReport


def scan(vendor: str, source: str | Path, inventory_dir: Path = INVENTORY) -> Scan:
    """Read ``source`` and compare it with the radar record of ``vendor``."""
    return scan_with(records.load(inventory_dir, vendor), read_document(source))


def scan_with(record: records.Record, document: Document) -> Scan:
    """Compare an already read doc with ``record`` (volatile sections left out on both sides)."""
    sections = tuple(s for s in split_sections(document.text, record.headings) if record.keeps(s.key))
    recorded = [s for s in record.sections if record.keeps(s.key)]
    return Scan(record, document, sections, compare(recorded, sections))


def _pointer(*parts: str) -> str:
    return "#/" + "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


def _notes(node: Any, at: tuple[str, ...]) -> list[str]:
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "x-doc-note":
                found.append(_pointer(*at, key))
            else:
                found += _notes(value, (*at, str(key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _notes(value, (*at, str(index)))
    return found


def spec_locations(spec: Mapping[str, Any], operation: str) -> list[str]:
    """Where the spec encodes ``METHOD /path``: the operation's JSON pointer (with its operationId)
    and the pointer of every ``x-doc-note`` inside it. Path parameter names do not matter."""
    method, _, wanted = operation.partition(" ")

    def shape(path: str) -> str:
        return "/".join("{}" if part.startswith("{") else part for part in path.split("/"))

    for path, item in (spec.get("paths") or {}).items():
        if shape(path) != shape(wanted) or not isinstance(item, dict) or method.lower() not in item:
            continue
        op = item[method.lower()]
        name = f" ({op['operationId']})" if isinstance(op, dict) and op.get("operationId") else ""
        at = ("paths", str(path), method.lower())
        return [_pointer(*at) + name, *_notes(op, at)]
    return []


def report_lines(
    result: Scan, spec: Mapping[str, Any] | None = None, old: Sequence[Section] | None = None, verbose: bool = False
) -> list[str]:
    """The radar report as printed."""
    report, doc = result.report, result.record.doc
    recorded = f"{doc.file}" + (f" (version {doc.version})" if doc.version else "")
    lines = [f"{result.record.vendor}: {result.document.source} ({result.document.kind}) against {recorded}"]
    old_by_key = {s.key: s for s in old or ()}
    new_by_key = {s.key: s for s in result.sections}
    shown = [op for op in report.operations if verbose or op.status != Status.UNCHANGED]
    for op in shown:
        lines.append(f"  {op.status.value:<9} {op.operation}  [{op.section}]")
        for key in op.changed_sections if op.status == Status.CHANGED else ():
            lines += _diff_lines(key, report, old_by_key, new_by_key)
        for location in (
            spec_locations(spec, op.operation) if spec is not None and op.status != Status.UNCHANGED else []
        ):
            lines.append(f"      cited by the spec at {location}")
    for section in report.uncovered_changes:
        lines.append(f"  {section.status.value:<9} section [{section.key}] (no operation cites it)")
        if section.status == Status.CHANGED:
            lines += _diff_lines(section.key, report, old_by_key, new_by_key)
    for key in report.new:
        lines.append(f"  new       section [{key}] (no operation covers it)")
    changed, gone = report.count(Status.CHANGED), report.count(Status.GONE)
    lines.append(
        f"{len(report.operations)} operations: {report.count(Status.UNCHANGED)} unchanged, {changed} changed, "
        f"{gone} gone; {len(report.new)} new sections; {len(report.uncovered_changes)} other sections changed or gone"
    )
    return lines


def _diff_lines(key: str, report: RadarReport, old: Mapping[str, Section], new: Mapping[str, Section]) -> list[str]:
    match = next((s for s in report.sections if s.key == key), None)
    if match is None or match.new_key is None or key not in old or match.new_key not in new:
        return [f"      section [{key}] " + ("went" if match is None or match.new_key is None else "changed")]
    moved = f" (now [{match.new_key}])" if match.new_key != key else ""
    return [f"      [{key}]{moved}:"] + [
        f"        {hunk}" for hunk in word_diff(old[key].text, new[match.new_key].text)
    ]


def accept(result: Scan, inventory_dir: Path, doc: Mapping[str, str | None]) -> Path:
    """Record the new doc's sections (linked to operations through the inventory CSV's sections)."""
    import inventory

    rows = inventory.read_inventory(inventory_dir / f"{result.record.vendor}.csv")
    linked = records.link_operations(result.sections, [(f"{r.method} {r.path}", r.section) for r in rows])
    identity = {
        "file": Path(result.document.source).name,
        "sha256": hashlib.sha256(result.document.raw).hexdigest(),
        **doc,
    }
    return records.dump(records.with_sections(result.record, linked, identity), inventory_dir)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("vendor")
    parser.add_argument("doc", help="the new vendor doc: a file or an http(s) URL; text, HTML or PDF")
    parser.add_argument("--old", help="the previous doc, for a word diff of each changed section")
    parser.add_argument("--accept", action="store_true", help="record the new doc's fingerprints (after the spec edit)")
    parser.add_argument("--url", help="with --accept: the published URL of the new doc")
    parser.add_argument("--doc-version", help="with --accept: the version the new doc states")
    parser.add_argument("--doc-date", help="with --accept: the date the new doc states")
    parser.add_argument("--all", action="store_true", help="also list unchanged operations")
    parser.add_argument("--inventory", type=Path, default=INVENTORY, help=argparse.SUPPRESS)
    parser.add_argument("--specs", type=Path, default=SPECS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        result = scan(args.vendor, args.doc, args.inventory)
        old = None
        if args.old:
            old = split_sections(read_document(args.old).text, result.record.headings)
    except (OSError, ValueError) as exc:  # a missing file or record, an unreachable URL, a bad scheme
        print(f"radar FAILED: {exc}")
        return 2
    spec_file = args.specs / f"{args.vendor}.yaml"
    spec = yaml.safe_load(spec_file.read_text(encoding="utf-8")) if spec_file.exists() else None
    print("\n".join(report_lines(result, spec, old, verbose=args.all)))
    if args.accept:
        try:
            written = accept(
                result, args.inventory, {"url": args.url, "version": args.doc_version, "date": args.doc_date}
            )
        except records.LinkError as exc:
            print(f"radar FAILED: {exc} (fix the section column of specs/inventory/{args.vendor}.csv)")
            return 2
        print(f"accepted: wrote {written.relative_to(ROOT) if written.is_relative_to(ROOT) else written}")
        return 0
    if result.report.needs_review:
        print(
            f"review needed: update specs/{args.vendor}.yaml and specs/inventory/{args.vendor}.csv to the new doc, "
            f"then `nox -s radar -- {args.vendor} {args.doc} --accept`"
        )
        return 1
    print("nothing to review: the doc matches the record")
    return 0


if __name__ == "__main__":
    sys.exit(main())
