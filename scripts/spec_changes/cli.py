"""The last release (git), planning a regeneration, the release gate and the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import generate
import inventory
import resource_client
import yaml
from doc_radar import cli as radar
from doc_radar import record as records

from spec_changes.diff import Level, Report, compare
from spec_changes.release import (
    SEMVER,
    changelog_entry,
    next_version,
    read_version,
    version_tuple,
    write_changelog,
    write_version,
)


def _git(root: Path, *args: str) -> str | None:
    try:
        proc = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False)
    except OSError:
        return None
    return proc.stdout if proc.returncode == 0 else None


@dataclass(frozen=True)
class Release:
    """The last released state of one vendor's client."""

    commit: str
    version: str | None
    spec: dict[str, Any] | None
    """The spec at ``commit`` (None: it did not exist yet)."""


def last_release(vendor: generate.Vendor, root: Path | None = None) -> Release | None:
    """The vendor's last release according to git in ``root`` (default: this repository; None: no git)."""
    root = root or generate.ROOT
    head = _git(root, "rev-parse", "HEAD")
    if head is None:
        return None
    config = vendor.config.relative_to(root).as_posix()
    found = _git(root, "log", "-1", "--format=%H", "-G", "package_version_override", "--", config)
    commit = (found or "").strip() or head.strip()
    spec_text = _git(root, "show", f"{commit}:{vendor.spec.relative_to(root).as_posix()}")
    config_text = _git(root, "show", f"{commit}:{config}")
    version = (yaml.safe_load(config_text) or {}).get("package_version_override") if config_text else None
    return Release(
        commit=commit,
        version=None if version is None else str(version),
        spec=yaml.safe_load(spec_text) if spec_text else None,
    )


@dataclass(frozen=True)
class Plan:
    """What regenerating one vendor does to its version and changelog."""

    vendor: generate.Vendor
    release: Release
    report: Report
    released_version: str
    current_version: str
    new_version: str
    entry: str | None

    def summary(self) -> list[str]:
        """The report as printed: classification, version change, change list."""
        name, since = self.vendor.name, f"{self.released_version} ({self.release.commit[:10]})"
        if self.report.level == Level.NONE:
            return [f"{name}: no API change since {since}; version {self.new_version}"]
        versions = f"version {self.released_version} -> {self.new_version}"
        if self.current_version not in (self.released_version, self.new_version):
            versions += f" (the config said {self.current_version})"
        lines = [f"{name}: {self.report.level.word} change since {since}; {versions}"]
        for level in (Level.BREAKING, Level.FEATURE, Level.FIX):
            lines += [f"  [{level.word}] {text}" for text in self.report.texts(level)]
        return lines


def plan(vendor: generate.Vendor, release: Release, today: dt.date) -> Plan:
    """Classify the vendor's spec against ``release`` and work out the new version and changelog entry."""
    current = read_version(vendor.config) or generate.package_version(vendor)
    released = release.version or current
    if not SEMVER.match(released):
        raise ValueError(
            f"{vendor.name}: version {released!r} is not MAJOR.MINOR.PATCH; set package_version_override "
            f"in specs/generator/{vendor.config.name}"
        )
    report = compare(release.spec, yaml.safe_load(vendor.spec.read_text(encoding="utf-8")))
    new_version = next_version(released, report.level, current)
    since = f"{released} (`specs/{vendor.spec.name}` at {release.commit[:10]})"
    return Plan(
        vendor, release, report, released, current, new_version, changelog_entry(new_version, report, since, today)
    )


def regenerate(plan: Plan) -> None:
    """Write the plan's version and changelog entry, then regenerate the client and the mock models."""
    vendor = plan.vendor
    if read_version(vendor.config) != plan.new_version:
        write_version(vendor.config, plan.new_version)
    write_changelog(vendor.changelog, plan.entry, plan.released_version, f"Changelog of {vendor.name}-client")
    with tempfile.TemporaryDirectory(prefix=f"regen-{vendor.name}-") as tmp:
        client, models, resources = generate.generate_into(vendor, Path(tmp))
        old = vendor.resources_file.read_text(encoding="utf-8") if vendor.resources_file.exists() else None
        changes = resource_client.change_report(old, resources.read_text(encoding="utf-8"))
        print(f"resource client of {vendor.name}: " + ("methods changed" if changes else "no method changed"))
        for line in changes:
            print(line)
        generate.install(vendor, client, models, resources)


def _vendors(names: Iterable[str], parser: argparse.ArgumentParser) -> list[generate.Vendor]:
    known = {v.name: v for v in generate.all_vendors()}
    unknown = [name for name in names if name not in known]
    if unknown:
        parser.error(f"unknown vendor(s) {unknown}; known: {sorted(known)}")
    return [known[name] for name in names] or list(known.values())


def gate_problems(change: Plan) -> list[str]:
    """Why the vendor's committed state is not a releasable one (empty: it is).

    When the spec's API differs from the last release, the client version must be at least the
    bump the change needs (a breaking change: the next major, or the next minor while 0.x), the
    changelog must have an entry for that version, and a breaking change must come first in it.
    """
    if change.report.level == Level.NONE:
        return []
    problems = []
    needed = next_version(change.released_version, change.report.level)
    if not SEMVER.match(change.current_version) or version_tuple(change.current_version) < version_tuple(needed):
        problems.append(
            f"the API has a {change.report.level.word} change since {change.released_version}, "
            f"but the version is {change.current_version} (needs {needed} or higher)"
        )
    text = change.vendor.changelog.read_text(encoding="utf-8") if change.vendor.changelog.exists() else ""
    entry = _entry(text, change.current_version)
    if entry is None:
        problems.append(f"specs/changelog/{change.vendor.changelog.name} has no entry for {change.current_version}")
    elif change.report.level == Level.BREAKING:
        first = next((line for line in entry.splitlines() if line.startswith("### ")), "")
        if first != "### Breaking":
            problems.append(f"the {change.current_version} changelog entry does not list the breaking changes first")
    return problems


def _entry(changelog: str, version: str) -> str | None:
    """The changelog entry ``## <version>`` (up to the next entry), or None."""
    lines = changelog.splitlines()
    start = next((i for i, line in enumerate(lines) if line.split(" ")[:2] == ["##", version]), None)
    if start is None:
        return None
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    return "\n".join(lines[start:end])


def _gate(vendors: Sequence[generate.Vendor], today: dt.date) -> int:
    """The release gate (``nox -s check`` and CI): exit 1 when a spec changed without its release."""
    failed = 0
    for vendor in vendors:
        release = last_release(vendor)
        if release is None:
            print("release gate FAILED: no git repository to find the last release in")
            return 1
        change = plan(vendor, release, today)
        problems = gate_problems(change)
        print("\n".join(change.summary()))
        if problems:
            failed += 1
            print(f"release gate FAILED for {vendor.name}: " + "; ".join(problems) + ".")
            print(f"  Run `nox -s regen -- {vendor.name}` and commit the result.")
    print("release gate: " + (f"FAILED ({failed} vendor(s))" if failed else "ok"))
    return 1 if failed else 0


def _report(vendors: Sequence[generate.Vendor], today: dt.date) -> int:
    """Print the change list of every vendor whose spec differs from its release (informational)."""
    print("API changes against the last released spec of each client (informational):")
    for vendor in vendors:
        try:
            release = last_release(vendor)
            if release is None:
                print("  no git repository: nothing to compare with")
                return 0
            print("\n".join(plan(vendor, release, today).summary()))
        except Exception:  # an informational report must not fail CI
            print(f"{vendor.name}: the report could not be made (informational, not a failure):")
            traceback.print_exc(file=sys.stdout)
    return 0


def _radar(vendor: generate.Vendor, doc: str, release: Release | None) -> bool:
    """Run the doc-change radar on ``doc``; print its report; return whether the doc is fully reviewed.

    When it is, also print the doc sections that changed since the record of the last release, each
    with the operations and spec locations that cite it (what this release reviewed).
    """
    inventory_dir = generate.SPECS / "inventory"
    scan = radar.scan(vendor.name, doc, inventory_dir)
    spec = yaml.safe_load(vendor.spec.read_text(encoding="utf-8"))
    if scan.report.needs_review:
        print("\n".join(radar.report_lines(scan, spec)))
        print(
            f"regen REFUSED for {vendor.name}: the radar shows unreviewed doc changes. Update "
            f"specs/{vendor.name}.yaml (the spec locations above) and specs/inventory/{vendor.name}.csv, then run "
            f"`nox -s radar -- {vendor.name} {doc} --accept` and this command again."
        )
        return False
    print(f"radar: {doc} matches the accepted record of {vendor.name}")
    record_path = records.path(inventory_dir, vendor.name).relative_to(generate.ROOT).as_posix()
    released = _git(generate.ROOT, "show", f"{release.commit}:{record_path}") if release else None
    if release is not None and released:
        since = radar.scan_with(records.parse(released, vendor.name), scan.document)
        if since.report.needs_review:
            print(f"doc changes since the record of the last release ({release.commit[:10]}), reviewed:")
            print("\n".join(radar.report_lines(since, spec)[1:]))
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("vendors", nargs="*", help="vendor names (default: all)")
    parser.add_argument("--dry-run", action="store_true", help="print the report and changelog entry; write nothing")
    parser.add_argument("--report", action="store_true", help="only print the change report; never fails")
    parser.add_argument("--gate", action="store_true", help="fail when a spec changed without its release (CI)")
    parser.add_argument("--doc", help="a new vendor doc: run the radar first and refuse while it shows changes")
    args = parser.parse_args(argv)
    vendors = _vendors(args.vendors, parser)
    today = dt.date.today()
    if args.report:
        return _report(vendors, today)
    if args.gate:
        return _gate(vendors, today)
    if args.doc is not None:
        if len(args.vendors) != 1:
            parser.error("--doc needs exactly one vendor")
        if not _radar(vendors[0], args.doc, last_release(vendors[0])):
            return 1
    for vendor in vendors:
        release = last_release(vendor)
        if release is None:
            parser.error("regeneration needs the git history to find the last release")
        change = plan(vendor, release, today)
        print("\n".join(change.summary()))
        if args.dry_run:
            if change.entry:
                print(f"\n  changelog entry for specs/changelog/{vendor.changelog.name}:\n")
                print("\n".join(f"    {line}".rstrip() for line in change.entry.splitlines()) + "\n")
            continue
        regenerate(change)
        print(f"wrote {vendor.name} {change.new_version}: clients/{vendor.name}/, specs/changelog/{vendor.name}.md")
    ok, lines = inventory.run([v.name for v in vendors], generate.SPECS, generate.SPECS / "inventory")
    print("\ninventory: " + ("ok" if ok else "FAILED") + "\n" + "\n".join(lines))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
