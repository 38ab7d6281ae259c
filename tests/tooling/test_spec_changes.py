"""scripts/spec_changes/: classifying spec edits, bumping versions, writing changelogs.

Every edit is made on a copy (a deep copy of a spec, a temporary file or a temporary git
repository): the real specs, configs and git state are never touched.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import generate
import pytest
import spec_changes
import yaml
from spec_changes import Level

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2024, 5, 17)
Spec = dict[str, Any]


@pytest.fixture(scope="module")
def wisedat() -> Spec:
    spec: Spec = yaml.safe_load((ROOT / "specs" / "wisedat.yaml").read_text())
    return spec


def _edited(spec: Spec, edit: Callable[[Spec], object]) -> spec_changes.Report:
    new = copy.deepcopy(spec)
    edit(new)
    return spec_changes.compare(spec, new)


def _schema(spec: Spec, name: str) -> Spec:
    schema: Spec = spec["components"]["schemas"][name]
    return schema


# -- classification ----------------------------------------------------------------------------


@pytest.mark.parametrize("vendor", ["wisedat", "egestor", "gestix", "gks4", "quickstart"])
def test_an_unchanged_spec_has_no_changes(vendor: str) -> None:
    spec = yaml.safe_load((ROOT / "specs" / f"{vendor}.yaml").read_text())
    report = spec_changes.compare(spec, copy.deepcopy(spec))
    assert report.changes == ()
    assert report.level == Level.NONE


def test_a_removed_operation_is_breaking(wisedat: Spec) -> None:
    report = _edited(wisedat, lambda s: s["paths"]["/product"].pop("delete"))
    assert report.level == Level.BREAKING
    assert report.texts(Level.BREAKING) == ["Removed operation DELETE /product"]
    assert spec_changes.bump("1.3.0", report.level) == "2.0.0"


def test_an_added_optional_request_field_is_a_feature(wisedat: Spec) -> None:
    report = _edited(wisedat, lambda s: _schema(s, "ProductCreate")["properties"].update(ean={"type": "string"}))
    assert report.level == Level.FEATURE
    assert report.texts(Level.FEATURE) == ["Added optional request field `ProductCreate.ean`"]
    assert spec_changes.bump("1.3.0", report.level) == "1.4.0"


def test_a_description_only_change_is_a_fix(wisedat: Spec) -> None:
    def reword(spec: Spec) -> None:
        _schema(spec, "ProductCreate")["properties"]["price"]["description"] = "What it costs."
        spec["paths"]["/product"]["delete"]["summary"] = "Remove one product"

    report = _edited(wisedat, reword)
    assert report.level == Level.FIX
    assert set(report.texts(Level.FIX)) == {
        "Updated the description of `ProductCreate.price`",
        "Updated the description of DELETE /product",
    }
    assert spec_changes.bump("1.3.0", report.level) == "1.3.1"


def test_a_newly_required_request_field_is_breaking(wisedat: Spec) -> None:
    report = _edited(wisedat, lambda s: _schema(s, "ProductCreate")["required"].append("barcode"))
    assert report.level == Level.BREAKING
    assert report.texts(Level.BREAKING) == ["Request field `ProductCreate.barcode` is now required"]


def test_a_removed_enum_value_is_breaking_and_an_added_one_a_feature(wisedat: Spec) -> None:
    def edit(spec: Spec) -> None:
        item_type = _schema(spec, "OrderItemType")
        item_type["enum"] = [*item_type["enum"][:-1], 7]
        item_type["x-enum-varnames"] = [*item_type["x-enum-varnames"][:-1], "BUNDLE"]

    report = _edited(wisedat, edit)
    last = _schema(wisedat, "OrderItemType")["enum"][-1]
    assert report.level == Level.BREAKING
    assert report.texts(Level.BREAKING) == [f"Removed enum value {last} from `OrderItemType`"]
    assert report.texts(Level.FEATURE) == ["Added enum value 7 to `OrderItemType`"]


def test_a_narrowed_type_is_breaking(wisedat: Spec) -> None:
    report = _edited(wisedat, lambda s: _schema(s, "ProductCreate")["properties"]["price"].update(type="integer"))
    assert report.level == Level.BREAKING
    assert report.texts(Level.BREAKING) == ["Type of `ProductCreate.price` narrowed from number to integer"]


def test_a_removed_response_field_is_breaking_and_an_added_one_a_feature(wisedat: Spec) -> None:
    def edit(spec: Spec) -> None:
        detail = _schema(spec, "ProductDetail")["properties"]
        detail.pop(next(name for name in detail if name != "id"))
        detail["ean"] = {"type": "string"}

    report = _edited(wisedat, edit)
    assert report.level == Level.BREAKING
    assert [t.split(" `")[0] for t in report.texts(Level.BREAKING)] == ["Removed response field"]
    assert report.texts(Level.FEATURE) == ["Added response field `ProductDetail.ean`"]


def test_parameter_changes(wisedat: Spec) -> None:
    def edit(spec: Spec) -> None:
        params = spec["paths"]["/products"]["get"]["parameters"]
        params.append({"name": "brand", "in": "query", "required": True, "schema": {"type": "string"}})
        params.append({"name": "color", "in": "query", "schema": {"type": "string"}})

    report = _edited(wisedat, edit)
    assert report.texts(Level.BREAKING) == ["Added required query parameter `brand` to GET /products"]
    assert report.texts(Level.FEATURE) == ["Added optional query parameter `color` to GET /products"]


def test_request_constraints_tightened_are_breaking_and_loosened_a_feature(wisedat: Spec) -> None:
    def edit(spec: Spec) -> None:
        fields = _schema(spec, "ProductCreate")["properties"]
        fields["price"]["minimum"] = 1
        fields["name"].pop("pattern")

    report = _edited(wisedat, edit)
    assert report.texts(Level.BREAKING) == ["Constraint `minimum` of `ProductCreate.price` changed from 0 to 1"]
    assert report.texts(Level.FEATURE)[0].startswith("Constraint `pattern` of `ProductCreate.name` removed")


def test_a_removed_response_status_is_breaking(wisedat: Spec) -> None:
    report = _edited(wisedat, lambda s: s["paths"]["/product"]["delete"]["responses"].pop("404"))
    assert report.texts(Level.BREAKING) == ["Removed response 404 from DELETE /product"]


def test_nothing_released_yet_means_every_operation_is_added() -> None:
    spec: Spec = {"paths": {"/a": {"get": {"operationId": "get_a", "responses": {"200": {"description": "ok"}}}}}}
    report = spec_changes.compare(None, spec)
    assert report.texts(Level.FEATURE) == ["Added operation GET /a (`get_a`)"]


def test_recursive_schemas_are_compared_without_looping() -> None:
    def spec(extra: Spec) -> Spec:
        node = {"type": "object", "properties": {"child": {"$ref": "#/components/schemas/Node"}, **extra}}
        body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Node"}}}}
        op = {"requestBody": body, "responses": {"204": {"description": "done"}}}
        return {"paths": {"/nodes": {"post": op}}, "components": {"schemas": {"Node": node}}}

    report = spec_changes.compare(spec({}), spec({"name": {"type": "string"}}))
    assert report.texts(Level.FEATURE) == ["Added optional request field `Node.name`"]


# -- versions and changelogs -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "level", "expected"),
    [
        ("1.3.0", Level.BREAKING, "2.0.0"),
        ("1.3.2", Level.FEATURE, "1.4.0"),
        ("1.3.2", Level.FIX, "1.3.3"),
        ("1.3.2", Level.NONE, "1.3.2"),
        ("0.1.3", Level.BREAKING, "0.2.0"),
        ("0.1.3", Level.FEATURE, "0.1.4"),
        ("0.1.3", Level.FIX, "0.1.4"),
    ],
)
def test_semver_bump(version: str, level: Level, expected: str) -> None:
    assert spec_changes.bump(version, level) == expected


def test_the_next_version_counts_from_the_release_and_keeps_a_higher_manual_one() -> None:
    assert spec_changes.next_version("1.3.0", Level.FEATURE, current="1.4.0") == "1.4.0"  # a rerun: no double bump
    assert spec_changes.next_version("1.3.0", Level.FIX, current="2.0.0") == "2.0.0"
    assert spec_changes.next_version("1.3.0", Level.BREAKING, current="1.4.0") == "2.0.0"


def test_write_version_keeps_the_rest_of_the_config(tmp_path: Path) -> None:
    config = tmp_path / "wisedat.yaml"
    shutil.copy(ROOT / "specs" / "generator" / "wisedat.yaml", config)
    before = config.read_text().splitlines()
    spec_changes.write_version(config, "2.0.0")
    after = config.read_text().splitlines()
    assert spec_changes.read_version(config) == "2.0.0"
    assert [line for line in after if "package_version_override" not in line] == [
        line for line in before if "package_version_override" not in line
    ]
    bare = tmp_path / "bare.yaml"
    bare.write_text("project_name_override: x-client\npackage_name_override: x_client\ndocstrings_on_attributes: 1\n")
    spec_changes.write_version(bare, "0.1.0")
    assert bare.read_text().splitlines()[2] == 'package_version_override: "0.1.0"'


def test_changelog_entries_replace_unreleased_drafts(tmp_path: Path) -> None:
    path = tmp_path / "CHANGELOG.md"
    path.write_text("# Changelog\n\nIntro.\n\n## 1.3.0\n\nFirst release.\n")
    report = spec_changes.Report(
        (
            spec_changes.Change(Level.BREAKING, "Removed operation DELETE /product"),
            spec_changes.Change(Level.FIX, "Updated the description of GET /status"),
        )
    )
    entry = spec_changes.changelog_entry("2.0.0", report, "1.3.0", TODAY)
    assert entry is not None
    spec_changes.write_changelog(path, entry, released="1.3.0")
    spec_changes.write_changelog(path, entry, released="1.3.0")  # a rerun replaces its own draft
    assert path.read_text() == (
        "# Changelog\n\nIntro.\n\n"
        "## 2.0.0 (2024-05-17)\n\nAPI changes since 1.3.0: breaking.\n\n"
        "### Breaking\n\n- Removed operation DELETE /product\n\n"
        "### Fixed\n\n- Updated the description of GET /status\n\n"
        "## 1.3.0\n\nFirst release.\n"
    )
    spec_changes.write_changelog(path, None, released="1.3.0")  # the edit was reverted: no entry
    assert path.read_text() == "# Changelog\n\nIntro.\n\n## 1.3.0\n\nFirst release.\n"


# -- the last release (a temporary git repository) and the command ---------------------------

MINIMAL_SPEC: Spec = {
    "openapi": "3.0.3",
    "info": {"title": "Tiny", "version": "1"},
    "paths": {
        "/things": {
            "get": {
                "operationId": "list_things",
                "tags": ["things"],
                "responses": {
                    "200": {
                        "description": "The things.",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    }
                },
            },
            "delete": {
                "operationId": "delete_things",
                "tags": ["things"],
                "responses": {"204": {"description": "Deleted."}},
            },
        }
    },
    "components": {"schemas": {"Thing": {"type": "object", "properties": {"id": {"type": "integer"}}}}},
}
CONFIG = 'project_name_override: tiny-client\npackage_name_override: tiny_client\npackage_version_override: "1.0.0"\n'


def _git(repo: Path, *args: str) -> None:
    git = shutil.which("git")
    assert git is not None, "the release lookup needs git"
    identity = ["-c", "user.name=test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false"]
    subprocess.run([git, *identity, *args], cwd=repo, check=True, capture_output=True)  # noqa: S603 - fixed args


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary repository with one vendor, `tiny`, released as 1.0.0 and then edited."""
    specs = tmp_path / "specs"
    (specs / "generator").mkdir(parents=True)
    (specs / "changelog").mkdir()
    (specs / "tiny.yaml").write_text(yaml.safe_dump(MINIMAL_SPEC, sort_keys=False))
    (specs / "generator" / "tiny.yaml").write_text(CONFIG)
    (specs / "changelog" / "tiny.md").write_text("# Changelog\n\n## 1.0.0\n\nFirst release.\n")
    (specs / "inventory").mkdir()
    (specs / "inventory" / "tiny.csv").write_text("method,path,section,note\nGET,/things,Things,\n")
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-q", "-m", "release 1.0.0")
    edited = copy.deepcopy(MINIMAL_SPEC)
    del edited["paths"]["/things"]["delete"]
    (specs / "tiny.yaml").write_text(yaml.safe_dump(edited, sort_keys=False))
    _git(tmp_path, "commit", "-q", "-am", "an unreleased spec edit")
    for name, value in {
        "ROOT": tmp_path,
        "SPECS": specs,
        "GENERATOR_CONFIGS": specs / "generator",
        "TEMPLATES": specs / "generator" / "templates",
        "CHANGELOGS": specs / "changelog",
        "CLIENTS": tmp_path / "clients",
        "MOCK_MODELS": tmp_path / "models",
        "RESOURCES": tmp_path / "resources",
    }.items():
        monkeypatch.setattr(generate, name, value)
    return tmp_path


def test_the_last_release_is_the_commit_that_set_the_version(repo: Path) -> None:
    release = spec_changes.last_release(generate.Vendor("tiny"))
    assert release is not None
    assert release.version == "1.0.0"
    assert release.spec == MINIMAL_SPEC  # not HEAD's spec, which lost an operation


def test_dry_run_prints_the_bump_and_changelog_and_writes_nothing(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {p: p.read_bytes() for p in repo.rglob("*") if p.is_file() and ".git" not in p.parts}
    assert spec_changes.main(["tiny", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "tiny: breaking change since 1.0.0" in out
    assert "version 1.0.0 -> 2.0.0" in out
    assert "[breaking] Removed operation DELETE /things" in out
    assert "### Breaking" in out
    assert {p: p.read_bytes() for p in repo.rglob("*") if p.is_file() and ".git" not in p.parts} == files


def test_report_lists_changed_specs_and_never_fails(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert spec_changes.main(["--report"]) == 0
    assert "[breaking] Removed operation DELETE /things" in capsys.readouterr().out

    def broken(vendor: generate.Vendor, root: Path | None = None) -> None:
        raise RuntimeError("git exploded")

    monkeypatch.setattr(spec_changes.cli, "last_release", broken)
    assert spec_changes.main(["--report"]) == 0
    assert "tiny: the report could not be made (informational, not a failure)" in capsys.readouterr().out


def test_regeneration_bumps_writes_the_changelog_and_ships_it(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert spec_changes.main(["tiny"]) == 0
    assert spec_changes.read_version(repo / "specs" / "generator" / "tiny.yaml") == "2.0.0"
    changelog = (repo / "specs" / "changelog" / "tiny.md").read_text()
    assert "## 2.0.0 (" in changelog
    assert "- Removed operation DELETE /things" in changelog
    client = repo / "clients" / "tiny"
    header = "<!-- generated from specs/tiny.yaml — do not edit -->\n"  # scripts/generate.py marks the copy
    assert (client / "CHANGELOG.md").read_text() == header + changelog
    assert 'version = "2.0.0"' in (client / "pyproject.toml").read_text()
    assert json.loads((client / "PROVENANCE.json").read_text())["package_version"] == "2.0.0"
    assert not (client / "tiny_client" / "api" / "things" / "delete_things.py").exists()
    capsys.readouterr()
    assert spec_changes.main(["tiny"]) == 0  # rerun before the release commit: same version, one entry
    assert "version 1.0.0 -> 2.0.0" in capsys.readouterr().out  # counted from the release, not "2.0.0 -> 2.0.0"
    assert spec_changes.read_version(repo / "specs" / "generator" / "tiny.yaml") == "2.0.0"
    assert (repo / "specs" / "changelog" / "tiny.md").read_text().count("## 2.0.0") == 1
    assert generate.main(["--check", "tiny"]) == 0
    with (repo / "specs" / "changelog" / "tiny.md").open("a") as handle:
        handle.write("A hand edit that was not regenerated.\n")
    assert generate.main(["--check", "tiny"]) == 1  # the drift check covers the shipped changelog


# -- the release gate --------------------------------------------------------------------------


def test_the_gate_fails_on_a_breaking_change_released_as_a_patch_and_names_regen(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The path of issue 11: a removed operation, the version bumped by hand to a patch, no entry."""
    spec_changes.write_version(repo / "specs" / "generator" / "tiny.yaml", "1.0.1")
    assert spec_changes.main(["--gate"]) == 1
    out = capsys.readouterr().out
    assert "tiny: breaking change since 1.0.0" in out
    assert "version 1.0.0 -> 2.0.0 (the config said 1.0.1)" in out
    assert "release gate FAILED for tiny: the API has a breaking change since 1.0.0, but the version is 1.0.1" in out
    assert "(needs 2.0.0 or higher)" in out
    assert "specs/changelog/tiny.md has no entry for 1.0.1" in out
    assert "Run `nox -s regen -- tiny` and commit the result." in out


def test_the_gate_passes_after_regen_and_checks_breaking_comes_first(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert spec_changes.main(["tiny"]) == 0
    assert spec_changes.main(["--gate"]) == 0
    assert "release gate: ok" in capsys.readouterr().out
    changelog = repo / "specs" / "changelog" / "tiny.md"
    text = changelog.read_text()
    changelog.write_text(text.replace("### Breaking", "### Added\n\n- Nothing\n\n### Breaking", 1))
    assert spec_changes.main(["--gate"]) == 1
    assert "does not list the breaking changes first" in capsys.readouterr().out


def test_the_gate_passes_when_nothing_changed(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "specs" / "tiny.yaml").write_text(yaml.safe_dump(MINIMAL_SPEC, sort_keys=False))
    assert spec_changes.main(["--gate"]) == 0
    assert "tiny: no API change since 1.0.0" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("released", "level", "current", "ok"),
    [
        ("0.1.0", Level.BREAKING, "0.1.1", False),  # breaking as a 0.x patch
        ("0.1.0", Level.BREAKING, "0.2.0", True),  # 0.x: breaking bumps the minor
        ("0.1.0", Level.FEATURE, "0.1.1", True),  # 0.x: a feature bumps the patch
        ("1.3.1", Level.BREAKING, "1.4.0", False),
        ("1.3.1", Level.FEATURE, "1.3.2", False),
        ("1.3.1", Level.FEATURE, "1.4.0", True),
        ("1.3.1", Level.FIX, "1.3.1", False),
    ],
)
def test_the_gate_bump_rules(released: str, level: Level, current: str, ok: bool, tmp_path: Path) -> None:
    vendor = generate.Vendor("tiny")
    changelog = tmp_path / "tiny.md"
    heading = {Level.BREAKING: "Breaking", Level.FEATURE: "Added", Level.FIX: "Fixed"}[level]
    changelog.write_text(f"# Changelog\n\n## {current} (2024-05-17)\n\n### {heading}\n\n- x\n")
    report = spec_changes.Report((spec_changes.Change(level, "x"),))
    release = spec_changes.Release("0" * 40, released, None)
    change = spec_changes.Plan(_with_changelog(vendor, changelog), release, report, released, current, current, None)
    problems = spec_changes.cli.gate_problems(change)
    assert (problems == []) is ok, problems


def _with_changelog(vendor: generate.Vendor, changelog: Path) -> generate.Vendor:
    class _Vendor(generate.Vendor):
        @property
        def changelog(self) -> Path:
            return changelog

    return _Vendor(vendor.name)


def test_the_regen_command_fails_when_the_inventory_check_fails(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "specs" / "inventory" / "tiny.csv").write_text("method,path,section,note\nGET,/other,Other,\n")
    assert spec_changes.main(["tiny", "--dry-run"]) == 1
    assert "inventory: FAILED" in capsys.readouterr().out


def test_changes_carry_their_subject() -> None:
    old = copy.deepcopy(MINIMAL_SPEC)
    new = copy.deepcopy(MINIMAL_SPEC)
    new["components"]["schemas"]["Thing"]["properties"]["tags"] = {"type": "array", "items": {"type": "string"}}
    old["components"]["schemas"]["Thing"]["properties"]["tags"] = {"type": "array", "items": {"type": "integer"}}
    report = spec_changes.compare(old, new)
    assert [(c.level, c.subject, c.text) for c in report.changes] == [
        (Level.BREAKING, "`Thing.tags[]`", "Type of `Thing.tags[]` changed from integer to string")
    ]
    assert str(spec_changes.Subject("Thing").child("a").items().child("b")) == "`Thing.a[].b`"
    assert str(spec_changes.Subject(place="response 200 of GET /x").child("id")) == "`id` of response 200 of GET /x"


# -- regen --doc: the radar first ------------------------------------------------------------------

TINY_RECORD = """doc:
  file: tiny-v1.txt
  sha256: ''
headings:
- level: 2
  pattern: (?P<title>Get|Delete)
- level: 1
  pattern: (?P<title>[A-Z][a-z]+)
  followed_by: (?:Get|Delete)\\n
"""
TINY_DOC = "Things\n\nGet\n\nLists the things.\n\nParameters\n\nlimit (int)\n\nDelete\n\nDeletes them.\n"


def test_regen_with_a_doc_refuses_until_the_radar_is_accepted_then_lists_what_it_reviewed(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from doc_radar import cli as radar

    inventory_dir = repo / "specs" / "inventory"
    (inventory_dir / "tiny.csv").write_text("method,path,section,note\nGET,/things,Things > Get,\n")
    (inventory_dir / "tiny.radar.yaml").write_text(TINY_RECORD)
    old_doc, new_doc = repo / "tiny-v1.txt", repo / "tiny-v2.txt"
    old_doc.write_text(TINY_DOC)
    new_doc.write_text(TINY_DOC.replace("limit (int)", "max (int)"))
    assert radar.main(["tiny", str(old_doc), "--accept", "--inventory", str(inventory_dir)]) == 0
    spec_changes.write_version(repo / "specs" / "generator" / "tiny.yaml", "2.0.0")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "release 2.0.0 with the radar record of doc v1")
    capsys.readouterr()

    assert spec_changes.main(["tiny", "--doc", str(new_doc), "--dry-run"]) == 1
    out = capsys.readouterr().out
    assert "  changed   GET /things  [Things > Get]" in out
    assert "      cited by the spec at #/paths/~1things/get (list_things)" in out
    assert "regen REFUSED for tiny" in out

    assert radar.main(["tiny", str(new_doc), "--accept", "--inventory", str(inventory_dir)]) == 0
    capsys.readouterr()
    assert spec_changes.main(["tiny", "--doc", str(new_doc), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert f"radar: {new_doc} matches the accepted record of tiny" in out
    reviewed = out.split("reviewed:")[1]
    assert "  changed   GET /things  [Things > Get]" in reviewed
    assert "cited by the spec at #/paths/~1things/get (list_things)" in reviewed
    assert "tiny: no API change since 2.0.0" in out


@pytest.mark.parametrize("session", ["check", "ci"])
def test_the_check_and_ci_sessions_run_the_gate(session: str) -> None:
    import ast

    tree = ast.parse((ROOT / "noxfile.py").read_text())
    function = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == session)
    calls = [
        [arg.value for arg in node.args if isinstance(arg, ast.Constant)]
        for node in ast.walk(function)
        if isinstance(node, ast.Call)
    ]
    assert ["python", "scripts/spec_changes", "--gate"] in calls
