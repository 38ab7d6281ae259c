"""Compare the sections of a new vendor doc with a radar record (pure: no files, no network).

Sections are matched in three passes, so reordering, renumbering and reflowing match:

1. the same key (heading path);
2. the same fingerprint under another key (a section moved to another parent, or retitled with
   its text unchanged);
3. the same last heading title, when exactly one recorded and one new unmatched section have it.

A matched section is *unchanged* when its fingerprint is the same, else *changed*; a recorded
section with no match is *gone*; a new section with no match is *new*. An operation is *gone*
when the section its inventory row cites is gone, *changed* when that section or one below it
changed or went, else *unchanged*.
"""

from __future__ import annotations

import difflib
import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from doc_radar.record import RecordedSection
from doc_radar.sections import Section, normalise_line, strip_numbering, words


class Status(enum.Enum):
    """What happened to a recorded section or operation in the new doc."""

    UNCHANGED = "unchanged"
    CHANGED = "changed"
    GONE = "gone"


@dataclass(frozen=True)
class SectionResult:
    """A recorded section and what became of it."""

    key: str
    status: Status
    new_key: str | None
    """The key of its match in the new doc (None when gone)."""
    operations: tuple[str, ...]


@dataclass(frozen=True)
class OperationResult:
    """One operation of the inventory and what became of the doc section it comes from."""

    operation: str
    section: str
    status: Status
    changed_sections: tuple[str, ...]
    """Recorded keys of the changed or gone sections behind this status."""


@dataclass(frozen=True)
class RadarReport:
    """Everything the radar found."""

    sections: tuple[SectionResult, ...]
    operations: tuple[OperationResult, ...]
    new: tuple[str, ...]
    """Keys of new-doc sections that match no recorded section (no operation covers them)."""

    def count(self, status: Status) -> int:
        """How many operations have ``status``."""
        return sum(1 for op in self.operations if op.status == status)

    @property
    def uncovered_changes(self) -> tuple[SectionResult, ...]:
        """Changed or gone sections that no operation cites (context such as status-code tables)."""
        covered = {key for op in self.operations for key in op.changed_sections}
        return tuple(s for s in self.sections if s.status != Status.UNCHANGED and s.key not in covered)

    @property
    def needs_review(self) -> bool:
        """Whether anything differs from the record."""
        return bool(self.new) or any(s.status != Status.UNCHANGED for s in self.sections)


def _leaf(key: str) -> str:
    return strip_numbering(normalise_line(key.rsplit(" > ", 1)[-1])).casefold()


def match(recorded: Sequence[RecordedSection], current: Sequence[Section]) -> dict[str, Section]:
    """Recorded key -> the new section it matches (see the module docstring for the passes)."""
    by_key = {s.key: s for s in current}
    found: dict[str, Section] = {}
    used: set[str] = set()
    for old in recorded:
        new = by_key.get(old.key)
        if new is not None:
            found[old.key] = new
            used.add(new.key)
    for old in recorded:
        if old.key in found:
            continue
        same = next((s for s in current if s.key not in used and s.fingerprint == old.fingerprint), None)
        if same is not None:
            found[old.key] = same
            used.add(same.key)
    left_old = [old for old in recorded if old.key not in found]
    left_new = [s for s in current if s.key not in used]
    for old in left_old:
        leaf = _leaf(old.key)
        olds = [o for o in left_old if _leaf(o.key) == leaf and o.key not in found]
        news = [s for s in left_new if _leaf(s.key) == leaf and s.key not in used]
        if len(olds) == 1 and len(news) == 1:
            found[old.key] = news[0]
            used.add(news[0].key)
    return found


def compare(recorded: Sequence[RecordedSection], current: Sequence[Section]) -> RadarReport:
    """What changed between the recorded doc and the sections of a new one."""
    found = match(recorded, current)
    results = []
    for old in recorded:
        new = found.get(old.key)
        if new is None:
            status = Status.GONE
        else:
            status = Status.UNCHANGED if new.fingerprint == old.fingerprint else Status.CHANGED
        results.append(SectionResult(old.key, status, None if new is None else new.key, old.operations))
    by_key = {r.key: r for r in results}
    operations = []
    for result in results:
        for operation in result.operations:
            below = [r for r in results if r.key == result.key or r.key.startswith(result.key + " > ")]
            touched = tuple(r.key for r in below if r.status != Status.UNCHANGED)
            if by_key[result.key].status == Status.GONE:
                status = Status.GONE
            else:
                status = Status.CHANGED if touched else Status.UNCHANGED
            operations.append(OperationResult(operation, result.key, status, touched))
    matched = {s.key for s in found.values()}
    new_keys = tuple(s.key for s in current if s.key not in matched)
    return RadarReport(tuple(results), tuple(operations), new_keys)


def word_diff(old_text: str, new_text: str, context: int = 3, limit: int = 12) -> list[str]:
    """A short word diff of two section texts: up to ``limit`` hunks, ``context`` words around each."""
    before, after = words(old_text), words(new_text)
    hunks = []
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        lead = " ".join(before[max(0, a1 - context) : a1])
        tail = " ".join(before[a2 : a2 + context])
        removed = " ".join(before[a1:a2])
        added = " ".join(after[b1:b2])
        change = " ".join(
            part for part in (f"[-{removed}-]" if removed else "", f"{{+{added}+}}" if added else "") if part
        )
        hunks.append(
            " ".join(part for part in ("…" + lead if lead else "", change, tail + "…" if tail else "") if part)
        )
        if len(hunks) == limit:
            hunks.append("… (more changes)")
            break
    return hunks


def sections_by_key(sections: Sequence[Section]) -> Mapping[str, Section]:
    """The sections of a doc by key."""
    return {s.key: s for s in sections}
