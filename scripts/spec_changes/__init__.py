"""Regenerate clients after a spec edit and tell their users what changed.

Usage::

    python scripts/spec_changes [vendor ...]            # regenerate, bump versions, write changelogs
    python scripts/spec_changes [vendor ...] --dry-run  # print what that would do; write nothing
    python scripts/spec_changes vendor --doc <new doc>  # run the doc-change radar first (scripts/doc_radar/)
    python scripts/spec_changes --gate                  # the release gate (nox -s check, CI): exit 1 when a
                                                        # spec's API changed without its bump + changelog entry
    python scripts/spec_changes --report                # the change list of every changed spec; never fails

(``nox -s regen -- [vendor] [--dry-run] [--doc <doc>]`` runs the first three and then import-checks
the result.) With ``--doc``, regeneration is refused while the radar shows unreviewed changes.

For each vendor (default: all), regeneration

1. compares ``specs/<vendor>.yaml`` with the **last released spec** and classifies the change
   (:func:`compare`, a pure function of two OpenAPI documents);
2. sets the client's version, ``package_version_override`` in ``specs/generator/<vendor>.yaml``,
   to the released version bumped per semver (:func:`next_version`);
3. writes a changelog entry listing the API changes to ``specs/changelog/<vendor>.md``, which
   ``scripts/generate.py`` copies to ``clients/<vendor>/CHANGELOG.md``;
4. regenerates the client and the mock models (``generate.generate_into`` + ``generate.install``).

**The last released spec** is the spec at the last commit that changed the
``package_version_override`` line of the vendor's generator config
(``git log -1 --format=%H -G package_version_override -- specs/generator/<vendor>.yaml``), or at
HEAD when no commit did. Releasing a client is committing the bump this script wrote. Until that
commit, the baseline stays put, so rerunning the script recomputes the same bump and replaces its
own unreleased changelog entry instead of bumping twice; a version set higher by hand is kept.
Without git history (no repository, or a shallow clone missing the commit) the baseline is HEAD or,
when there is no git at all, the report says so and changes nothing.

**The release gate** (``--gate``) fails for a vendor whose spec differs from its last release when
the version in its generator config is below the bump the change needs (:func:`next_version`: a
breaking change needs the next major, or the next minor while 0.x), when its changelog has no entry
for that version, or when a breaking change is not the entry's first section; the message names
``nox -s regen -- <vendor>``.

**Classification** (the highest level of any change wins):

* *breaking* (major; minor while the version is 0.x): an operation, parameter, request field,
  response field, response status, content type, enum value or variant removed; an operationId or
  first tag changed (the generated module moves); a type narrowed or changed (``number`` ->
  ``integer``, ``string`` -> ``integer``); a format that changes the Python type changed; a
  parameter, request body or request field newly required; a request constraint tightened
  (``minimum``, ``maxLength``, ``pattern``, ``enum`` introduced, ...); a request default changed;
  null no longer accepted in a request or newly possible in a response; a response field no longer
  always present; an operation's security requirements or a security scheme changed;
* *feature* (minor; patch while 0.x): anything added (operation, optional parameter or request field,
  response field or status, enum value, variant, content type); a request constraint loosened; a
  deprecation;
* *fix* (patch): documentation only (descriptions, summaries, titles, examples, ``x-doc-note``),
  response constraints, servers, the API version string, and any other change not listed above.

Schemas are compared with every ``$ref`` inlined, per operation: parameters (in, required, schema
type/format/enum/bounds/pattern), request bodies per content type, responses per status and content
type. Changes are named after the schema they are in (``ProductCreate.barcode``), so a schema used
by many operations is reported once.

Modules: :mod:`spec_changes.diff` (the pure spec diff), :mod:`spec_changes.release` (versions and
changelog files), :mod:`spec_changes.cli` (git, the release gate and the command line).
"""

from __future__ import annotations

from spec_changes.cli import Plan, Release, last_release, main, plan, regenerate
from spec_changes.diff import Change, Level, Report, Subject, compare, resolve
from spec_changes.release import bump, changelog_entry, next_version, read_version, write_changelog, write_version

__all__ = [
    "Change",
    "Level",
    "Plan",
    "Release",
    "Report",
    "Subject",
    "bump",
    "changelog_entry",
    "compare",
    "last_release",
    "main",
    "next_version",
    "plan",
    "read_version",
    "regenerate",
    "resolve",
    "write_changelog",
    "write_version",
]
