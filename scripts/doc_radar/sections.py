"""Split a vendor doc's plain text into sections and fingerprint each one.

Vendor docs are prose with headings of many shapes, so each vendor's record says what its
headings look like: a list of :class:`HeadingRule` (a regular expression for the whole line,
optionally "followed by" one for the next non-blank lines, optionally "isolated" between blank
lines). Every line is normalised before matching (:func:`normalise_line`), and a leading section
number (``3.``, ``3.2``, ``IV.``) is dropped from it, so renumbering does not change a heading.

A section is a heading line plus the lines up to the next heading of any level (its *own* text;
subsections are sections of their own). Its **key** is the path of heading titles from the top
(``Products > Get``); its **fingerprint** is a hash of its heading and own text with all
whitespace collapsed, so reflowed paragraphs, re-indented blocks and changed line breaks give the
same fingerprint, while any changed word (a renamed field in a parameter table) gives another.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

PREAMBLE = "(preamble)"
"""Key of the text before the first heading."""
_LOOKAHEAD = 3
"""How many following non-blank lines a ``followed_by`` pattern sees (joined by newlines)."""

_CHARS = str.maketrans(
    {
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ad": None,
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\ufeff": None,
    }
)
_BULLET = re.compile(r"(?:^|(?<=\s))[\u2022\u25e6\u25aa\u2023\u25cf\u25cb\u25a0\u25a1](?:\s+|$)")
"""A bullet glyph standing alone (a list marker wherever reflowing put it; ``-`` and ``*`` are words)."""
_NUMBERING = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.)\s+(?=\S)")
_SPACE = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""Control characters: noise of text extraction (pypdf reads a WinAnsi bullet as DEL)."""


def normalise_line(line: str) -> str:
    """One line without formatting noise: NFKC, plain dashes and quotes, no bullet glyphs, single spaces."""
    text = _CONTROL.sub(" ", unicodedata.normalize("NFKC", line).translate(_CHARS))
    return _SPACE.sub(" ", _BULLET.sub(" ", text)).strip()


def strip_numbering(title: str) -> str:
    """A heading title without a leading section number (``3.2 Products`` -> ``Products``)."""
    return _NUMBERING.sub("", title)


def words(text: str) -> list[str]:
    """The normalised words of a text (every line normalised, all whitespace collapsed)."""
    return [word for line in text.splitlines() for word in normalise_line(line).split(" ") if word]


def fingerprint(text: str) -> str:
    """The fingerprint of a section's text: 16 hex digits of the SHA-256 of its normalised words."""
    return hashlib.sha256(" ".join(words(text)).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class HeadingRule:
    """What one kind of heading looks like in a vendor doc."""

    level: int
    pattern: str
    """Matches the whole normalised line; a group named ``title`` (default: the line) is the title."""
    followed_by: str | None = None
    """When set, must match (from the start) the next non-blank lines, normalised and joined by newlines."""
    isolated: bool = False
    """When set, the line must have a blank line (or the start/end of the doc) before and after it."""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"level": self.level, "pattern": self.pattern}
        if self.followed_by is not None:
            out["followed_by"] = self.followed_by
        if self.isolated:
            out["isolated"] = True
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> HeadingRule:
        return cls(
            level=int(data["level"]),
            pattern=str(data["pattern"]),
            followed_by=None if data.get("followed_by") is None else str(data["followed_by"]),
            isolated=bool(data.get("isolated", False)),
        )


@dataclass(frozen=True)
class Section:
    """One section of a doc: its key, its heading title, its own text and that text's fingerprint."""

    key: str
    title: str
    level: int
    text: str
    fingerprint: str

    @property
    def parent(self) -> str | None:
        """The key of the enclosing section (None at the top)."""
        return self.key.rsplit(" > ", 1)[0] if " > " in self.key else None


class _Compiled:
    def __init__(self, rule: HeadingRule) -> None:
        self.rule = rule
        self.pattern = re.compile(rule.pattern)
        self.followed_by = re.compile(rule.followed_by) if rule.followed_by else None


def find_headings(lines: Sequence[str], rules: Sequence[HeadingRule]) -> dict[int, tuple[int, str]]:
    """Line index -> (level, title) of every heading line of a doc's lines."""
    compiled = [_Compiled(rule) for rule in rules]
    normal = [strip_numbering(normalise_line(line)) for line in lines]
    filled = [i for i, text in enumerate(normal) if text]
    found: dict[int, tuple[int, str]] = {}
    for position, index in enumerate(filled):
        text = normal[index]
        for rule in compiled:
            match = rule.pattern.fullmatch(text)
            if match is None:
                continue
            if rule.rule.isolated:
                before = index == 0 or not normal[index - 1]
                after = index + 1 >= len(normal) or not normal[index + 1]
                if not (before and after):
                    continue
            if rule.followed_by is not None:
                ahead = "\n".join(normal[i] for i in filled[position + 1 : position + 1 + _LOOKAHEAD])
                if rule.followed_by.match(ahead) is None:
                    continue
            title = match.groupdict().get("title") or text
            found[index] = (rule.rule.level, strip_numbering(title.strip()))
            break
    return found


def split_sections(text: str, rules: Sequence[HeadingRule]) -> list[Section]:
    """The sections of a doc's plain text, in document order (the preamble first, if any)."""
    lines = text.splitlines()
    headings = find_headings(lines, rules)
    starts = sorted(headings)
    sections: list[Section] = []
    seen: dict[str, int] = {}

    def add(key: str, title: str, level: int, body: Iterable[str]) -> None:
        count = seen.get(key, 0) + 1
        seen[key] = count
        unique = key if count == 1 else f"{key} ({count})"
        own = "\n".join(body)
        sections.append(Section(unique, title, level, own, fingerprint(own)))

    first = starts[0] if starts else len(lines)
    if any(line.strip() for line in lines[:first]):
        add(PREAMBLE, PREAMBLE, 0, lines[:first])
    stack: list[tuple[int, str]] = []
    for number, index in enumerate(starts):
        level, title = headings[index]
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, title))
        end = starts[number + 1] if number + 1 < len(starts) else len(lines)
        heading = strip_numbering(normalise_line(lines[index]))
        add(" > ".join(t for _, t in stack), title, level, [heading, *lines[index + 1 : end]])
    return sections
