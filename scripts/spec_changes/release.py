"""Versions and changelogs: semver bumps, the generator config's version line, changelog entries (file I/O)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml

from spec_changes.diff import Level, Report

SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")
_VERSION_LINE = re.compile(r"^package_version_override:[^\n#]*(#[^\n]*)?$", re.MULTILINE)
_ENTRY = re.compile(r"^## (\d+\.\d+\.\d+)\b", re.MULTILINE)


def version_tuple(version: str) -> tuple[int, int, int]:
    """``MAJOR.MINOR.PATCH`` as three ints (compare versions with them); ValueError for anything else."""
    match = SEMVER.match(version)
    if match is None:
        raise ValueError(f"{version!r} is not a MAJOR.MINOR.PATCH version")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def bump(version: str, level: Level) -> str:
    """``version`` bumped for a change of ``level``.

    From 1.0.0 on: breaking -> major, feature -> minor, fix -> patch. Before 1.0.0 (the API is not
    settled yet) the major digit stays 0: breaking -> minor, feature or fix -> patch.
    """
    major, minor, patch = version_tuple(version)
    if level == Level.NONE:
        return version
    if major == 0:
        return f"0.{minor + 1}.0" if level == Level.BREAKING else f"0.{minor}.{patch + 1}"
    if level == Level.BREAKING:
        return f"{major + 1}.0.0"
    if level == Level.FEATURE:
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def next_version(released: str, level: Level, current: str | None = None) -> str:
    """The version after a change of ``level`` since ``released``; a higher ``current`` (set by hand) is kept."""
    bumped = bump(released, level)
    if current is not None and SEMVER.match(current) and version_tuple(current) > version_tuple(bumped):
        return current
    return bumped


def read_version(config: Path) -> str | None:
    """``package_version_override`` of a generator config, or None."""
    value = (yaml.safe_load(config.read_text(encoding="utf-8")) or {}).get("package_version_override")
    return None if value is None else str(value)


def write_version(config: Path, version: str) -> None:
    """Set ``package_version_override`` in a generator config, keeping every other line and its comment."""
    version_tuple(version)
    text = config.read_text(encoding="utf-8")
    match = _VERSION_LINE.search(text)
    line = f'package_version_override: "{version}"'
    if match is not None:
        comment = f"  {match.group(1)}" if match.group(1) else ""
        text = text[: match.start()] + line + comment + text[match.end() :]
    else:
        anchor = re.search(r"^package_name_override:[^\n]*\n", text, re.MULTILINE)
        at = anchor.end() if anchor else len(text)
        text = text[:at] + ("" if at == 0 or text[at - 1] == "\n" else "\n") + line + "\n" + text[at:]
    config.write_text(text, encoding="utf-8")


def changelog_entry(version: str, report: Report, since: str, today: dt.date) -> str | None:
    """The changelog entry for ``version`` (None when the API did not change)."""
    if report.level == Level.NONE:
        return None
    lines = [f"## {version} ({today.isoformat()})", "", f"API changes since {since}: {report.level.word}.", ""]
    for level, title in ((Level.BREAKING, "Breaking"), (Level.FEATURE, "Added"), (Level.FIX, "Fixed")):
        texts = report.texts(level)
        if texts:
            lines += [f"### {title}", "", *(f"- {text}" for text in texts), ""]
    return "\n".join(lines)


def write_changelog(path: Path, entry: str | None, released: str, title: str = "Changelog") -> None:
    """Put ``entry`` on top of the changelog at ``path``.

    Entries for versions above ``released`` are unreleased drafts of earlier runs and are replaced,
    so running the regeneration twice leaves one entry.
    """
    text = path.read_text(encoding="utf-8") if path.exists() else f"# {title}\n"
    starts = [m.start() for m in _ENTRY.finditer(text)]
    preamble = text[: starts[0]] if starts else text
    entries = [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    kept = [e for e in entries if version_tuple(_ENTRY.match(e).group(1)) <= version_tuple(released)]  # type: ignore[union-attr]
    fresh = [entry.rstrip("\n") + "\n\n"] if entry else []
    body = "".join(fresh + kept).rstrip("\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(preamble.rstrip("\n") + "\n\n" + (body + "\n" if body else ""), encoding="utf-8")
