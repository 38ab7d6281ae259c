"""scripts/generate.py: the drift check from provenance hashes, --full, and the generated-file headers.

One real generation of the smallest vendor (gestix) into a temporary tree serves every test of the
fast path; each test works on its own copy of that tree.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import generate
import pytest

ROOT = Path(__file__).resolve().parents[2]
VENDOR = "gestix"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tree with ``clients/`` and ``models/`` as ``generate.py gestix`` writes them."""
    base = tmp_path_factory.mktemp("generated")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(generate, "CLIENTS", base / "clients")
        patch.setattr(generate, "MOCK_MODELS", base / "models")
        patch.setattr(generate, "RESOURCES", base / "resources")
        assert generate.main([VENDOR]) == 0
    return base


@pytest.fixture
def tree(generated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the generated tree, with generate.py pointed at it."""
    shutil.copytree(generated, tmp_path / "repo")
    monkeypatch.setattr(generate, "CLIENTS", tmp_path / "repo" / "clients")
    monkeypatch.setattr(generate, "MOCK_MODELS", tmp_path / "repo" / "models")
    monkeypatch.setattr(generate, "RESOURCES", tmp_path / "repo" / "resources")
    return tmp_path / "repo"


def _vendor() -> generate.Vendor:
    return generate.Vendor(VENDOR)


def _no_generation(vendor: generate.Vendor, out: Path) -> tuple[Path, Path, Path]:
    raise AssertionError(f"generated {vendor.name} although its provenance says it is up to date")


def test_up_to_date_code_is_checked_without_generating(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(generate, "generate_into", _no_generation)
    assert generate.fast_provenance_check(_vendor()) is None
    assert generate.main(["--check", VENDOR]) == 0


def test_a_write_skips_an_up_to_date_vendor(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(generate, "generate_into", _no_generation)
    written = tree / "written"
    assert generate.main([VENDOR, "--written", str(written)]) == 0
    assert written.read_text() == ""


def test_full_generates_even_when_up_to_date(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = generate.generate_into

    def counting(vendor: generate.Vendor, out: Path) -> tuple[Path, Path, Path]:
        calls.append(vendor.name)
        return real(vendor, out)

    monkeypatch.setattr(generate, "generate_into", counting)
    assert generate.main(["--check", "--full", VENDOR]) == 0  # a fresh generation equals the tree: deterministic
    assert calls == [VENDOR]


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(
            lambda t: _append(t / "clients" / VENDOR / "gestix_client" / "client.py", "# hand edit\n"), id="edit"
        ),
        pytest.param(lambda t: _append(t / "models" / f"{VENDOR}.py", "X = 1\n"), id="mock-models"),
        pytest.param(lambda t: _append(t / "resources" / f"{VENDOR}_resources.py", "X = 1\n"), id="resource-client"),
        pytest.param(lambda t: (t / "clients" / VENDOR / "gestix_client" / "extra.py").write_text(""), id="added"),
        pytest.param(lambda t: (t / "clients" / VENDOR / "gestix_client" / "types.py").unlink(), id="deleted"),
        pytest.param(lambda t: _append(t / "clients" / VENDOR / "README.md", "more\n"), id="readme"),
    ],
)
def test_a_hand_edit_of_generated_code_is_caught(tree: Path, edit: object, monkeypatch: pytest.MonkeyPatch) -> None:
    edit(tree)  # type: ignore[operator]
    reason = generate.fast_provenance_check(_vendor())
    assert reason is not None and "edited" in reason


def test_an_edit_of_the_shared_models_init_is_caught(tree: Path) -> None:
    _append(tree / "models" / "__init__.py", "X = 1\n")
    assert generate.fast_provenance_check(_vendor()) == "mocks/erp_mocks/generated/__init__.py was edited"


def test_a_changed_input_is_caught(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    specs = tree / "specs"
    shutil.copytree(ROOT / "specs", specs)
    monkeypatch.setattr(generate, "SPECS", specs)
    monkeypatch.setattr(generate, "GENERATOR_CONFIGS", specs / "generator")
    monkeypatch.setattr(generate, "TEMPLATES", specs / "generator" / "templates")
    monkeypatch.setattr(generate, "CHANGELOGS", specs / "changelog")
    assert generate.fast_provenance_check(_vendor()) is None
    _append(specs / f"{VENDOR}.yaml", "# a comment\n")
    assert generate.fast_provenance_check(_vendor()) == "inputs changed since generation: spec_sha256"


def test_a_changed_recipe_is_caught(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(generate, "DATAMODEL_OPTIONS", [*generate.DATAMODEL_OPTIONS, "--use-title-as-name"])
    assert generate.fast_provenance_check(_vendor()) == "inputs changed since generation: recipe_sha256"


def test_a_missing_or_broken_provenance_file_is_stale(tree: Path) -> None:
    record = tree / "clients" / VENDOR / generate.PROVENANCE
    record.write_text("{")
    assert generate.fast_provenance_check(_vendor()) == "PROVENANCE.json is not valid JSON"
    record.unlink()
    assert generate.fast_provenance_check(_vendor()) == "no provenance file: the client was never generated"


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text() + text)


# --- generated-file headers -----------------------------------------------------------------------


def _missing_headers(root: Path, spec: str) -> list[str]:
    """Generated files under ``root`` (a tree or one file) whose first line is not the header for ``spec``."""
    header = generate.HEADER.format(spec=spec)
    files = [root] if root.is_file() else sorted(root / rel for rel in generate._tree_files(root))
    missing = []
    for path in files:
        if path.name in generate.NO_HEADER:
            continue
        if path.suffix == ".json":
            first = next(iter(json.loads(path.read_text(encoding="utf-8")).items()), None)
            ok = first == (generate.JSON_HEADER_KEY, header)
        else:
            style = generate.COMMENT_BY_SUFFIX.get(path.suffix or path.name)
            ok = style is not None and path.read_text(encoding="utf-8").startswith(style.format(header))
        if not ok:
            missing.append(str(path))
    return missing


@pytest.mark.parametrize("vendor", [v.name for v in generate.all_vendors()])
def test_every_committed_generated_file_starts_with_the_header(vendor: str) -> None:
    spec = f"{vendor}.yaml"
    assert _missing_headers(ROOT / "clients" / vendor, spec) == []
    assert _missing_headers(ROOT / "mocks" / "erp_mocks" / "generated" / f"{vendor}.py", spec) == []
    assert _missing_headers(ROOT / "adapters" / "erp_adapters" / "_generated" / f"{vendor}_resources.py", spec) == []


def test_the_shared_mock_models_init_starts_with_the_header() -> None:
    assert _missing_headers(ROOT / "mocks" / "erp_mocks" / "generated" / "__init__.py", "*.yaml") == []


def test_the_header_check_fails_on_an_unmarked_file(tree: Path) -> None:
    plain = tree / "clients" / VENDOR / "gestix_client" / "plain.py"
    plain.write_text("X = 1\n")
    assert _missing_headers(tree / "clients" / VENDOR, f"{VENDOR}.yaml") == [str(plain)]


def test_mark_generated_uses_the_comment_syntax_of_each_type(tmp_path: Path) -> None:
    files = {"a.py": "x = 1\n", "README.md": "# Title\n", "pyproject.toml": "[project]\n", ".gitignore": "dist/\n"}
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "py.typed").write_text("")
    generate.mark_generated(tmp_path, "generated from specs/x.yaml — do not edit")
    assert (tmp_path / "a.py").read_text() == "# generated from specs/x.yaml — do not edit\nx = 1\n"
    assert (tmp_path / "README.md").read_text() == "<!-- generated from specs/x.yaml — do not edit -->\n# Title\n"
    assert (tmp_path / "pyproject.toml").read_text().startswith("# generated from specs/x.yaml")
    assert (tmp_path / ".gitignore").read_text().startswith("# generated from specs/x.yaml")
    assert (tmp_path / "pkg" / "py.typed").read_text() == ""  # a marker file: left as generated


def test_mark_generated_refuses_a_file_type_it_cannot_mark(tmp_path: Path) -> None:
    (tmp_path / "data.bin").write_bytes(b"\0")
    with pytest.raises(SystemExit, match=r"unknown type data\.bin"):
        generate.mark_generated(tmp_path, "generated from specs/x.yaml — do not edit")


def test_gitattributes_marks_the_generated_trees() -> None:
    lines = (ROOT / ".gitattributes").read_text().splitlines()
    assert "clients/** linguist-generated=true" in lines
    assert "mocks/erp_mocks/generated/** linguist-generated=true" in lines
    assert "adapters/erp_adapters/_generated/** linguist-generated=true" in lines


# -- --verify: the import check, started before generation so it warms up meanwhile ---------------------------------

_VERIFY = ROOT / "scripts" / "verify_generated.py"


def _verifier(code: str) -> Callable[[], subprocess.Popen[str]]:
    started: list[subprocess.Popen[str]] = []

    def start() -> subprocess.Popen[str]:
        started.append(subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, text=True))  # noqa: S603
        return started[-1]

    start.started = started  # type: ignore[attr-defined]
    return start


def test_a_failing_verification_fails_the_run(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    start = _verifier("import sys; names = sys.stdin.read().split(); sys.exit(3 if names == ['gestix'] else 0)")
    monkeypatch.setattr(generate, "_start_verifier", start)
    assert generate.main([VENDOR, "--full", "--verify"]) == 1
    assert start.started[0].returncode == 3  # type: ignore[attr-defined]


def test_a_failed_generation_stops_the_waiting_verifier(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    start = _verifier("import sys; sys.stdin.read()")  # would wait for ever on its stdin

    def broken(vendor: generate.Vendor, out: Path) -> tuple[Path, Path, Path]:
        raise RuntimeError("generator crashed")

    monkeypatch.setattr(generate, "_start_verifier", start)
    monkeypatch.setattr(generate, "generate_into", broken)
    with pytest.raises(RuntimeError, match="generator crashed"):
        generate.main([VENDOR, "--full", "--verify"])
    assert start.started[0].poll() is not None  # type: ignore[attr-defined]


@pytest.mark.parametrize(("names", "code", "line"), [("gks4\n", 0, "ok   gks4: "), ("nosuch\n", 1, "FAIL nosuch: ")])
def test_the_stdin_verifier_checks_the_vendors_it_is_given(names: str, code: int, line: str) -> None:
    result = subprocess.run(  # noqa: S603
        [sys.executable, str(_VERIFY), "--stdin"], input=names, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == code, result.stderr[-2000:]
    assert result.stdout.startswith(line)


def test_the_warm_up_imports_nothing_generated() -> None:
    """What the verifier imports before generation must not be generated code: a module imported then
    would be the old one, and the check after generation would silently skip the new file."""
    script = (
        "import importlib, sys\n"
        f"sys.path[:0] = [{str(ROOT / 'scripts')!r}, {str(ROOT / 'adapters')!r}, {str(ROOT / 'mocks')!r}]\n"
        "import verify_generated\n"
        "for name in verify_generated.WARM:\n"
        "    importlib.import_module(name)\n"
        "vendors = ('egestor', 'gestix', 'gks4', 'quickstart', 'wisedat')\n"
        "generated = [m for m in sys.modules if m.split('.')[0] in {v + '_client' for v in vendors}\n"
        "             or m.startswith(('erp_mocks.generated', 'erp_adapters._generated'))\n"
        "             or m.split('.')[:2] in [['erp_adapters', v] for v in vendors]]\n"
        "print(generated)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)  # noqa: S603
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "[]"
