"""Regenerate (or verify) the generated code of one vendor or all of them.

For each vendor that has a generator config at ``specs/generator/<vendor>.yaml``:

* the client package ``clients/<vendor>/`` is produced by openapi-python-client from
  ``specs/<vendor>.yaml``; the output directory is deleted first, because the generator's
  ``--overwrite`` leaves stale top-level files behind;
* the mock's request/response models ``mocks/erp_mocks/generated/<vendor>.py`` are produced by
  datamodel-code-generator from the same spec (at the same time, in a second process);
* the changelog ``specs/changelog/<vendor>.md`` (written by ``scripts/spec_changes/``; it lives
  outside ``clients/`` because regeneration wipes that directory) is copied to
  ``clients/<vendor>/CHANGELOG.md`` so it ships with the package;
* the resource client ``adapters/erp_adapters/_generated/<vendor>_resources.py`` (``Wisedat`` /
  ``AsyncWisedat`` ...) is rendered from the spec and the freshly generated client package by
  ``scripts/resource_client/`` with the templates in ``specs/generator/templates/resources/``;
* every generated file gets a first line saying so (:func:`mark_generated`);
* a provenance file ``clients/<vendor>/PROVENANCE.json`` records the package version, the generator
  versions, the hashes of the inputs and the hash of the output tree (every generated file of the
  vendor but the provenance file itself, the mock models and the resource client included).

Custom openapi-python-client templates (e.g. the package README) live in
``specs/generator/templates/``: ``_common/`` applies to every vendor and ``<vendor>/`` to one (a
vendor's file wins over a common one of the same name). When either exists, the two are merged into
one directory passed as ``--custom-template-path``.

Generation always happens in a temporary directory outside the repository (so no repository
configuration, e.g. ruff settings, leaks into the output) and is then copied into place. Several
vendors are generated in parallel (each generation is a pair of generator processes).

Up to date without generating: when every input hash recorded in ``PROVENANCE.json`` equals the
current one (spec, generator config, templates, changelog, generator versions, this script's
recipe) AND the committed output tree hashes to the recorded ``output_sha256``, the committed code
is what a generation would produce, so ``--check`` passes and a write skips that vendor. A hand
edit, an added or a deleted generated file changes the output hash and is caught. ``--full``
ignores the provenance and generates anyway: ``--check --full`` (run by ``nox -s ci``) compares a
real fresh generation with the committed code, which is also the determinism check.

Usage::

    python scripts/generate.py                 # regenerate every vendor whose code is not up to date
    python scripts/generate.py wisedat         # the same for one vendor
    python scripts/generate.py --full          # regenerate every vendor, up to date or not
    python scripts/generate.py --verify        # and import-check what was regenerated (nox -s generate does)
    python scripts/generate.py --check         # fail with a reason (and a diff) when committed code is stale
    python scripts/generate.py --check --full  # always compare with a real fresh generation
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import filecmp
import hashlib
import inspect
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import TypeVar

import resource_client
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATOR_CONFIGS = SPECS / "generator"
TEMPLATES = GENERATOR_CONFIGS / "templates"
COMMON_TEMPLATES = "_common"
CHANGELOGS = SPECS / "changelog"
CLIENTS = ROOT / "clients"
MOCK_MODELS = ROOT / "mocks" / "erp_mocks" / "generated"
RESOURCES = resource_client.OUTPUT_DIR
_RESOURCES_INIT = '"""The generated resource clients (scripts/generate.py, scripts/resource_client). Do not edit."""\n'
PROVENANCE = "PROVENANCE.json"
CHANGELOG = "CHANGELOG.md"
OUTPUT_KEY = "output_sha256"
"""The provenance key of the output tree's hash (the only key not derived from the inputs)."""

#: datamodel-code-generator options shared by every vendor's mock models.
DATAMODEL_OPTIONS = [
    "--input-file-type",
    "openapi",
    "--output-model-type",
    "pydantic_v2.BaseModel",
    "--target-python-version",
    "3.11",
    "--use-annotated",
    "--field-constraints",
    "--use-standard-collections",
    "--use-union-operator",
    "--use-schema-description",
    "--strict-nullable",
    "--disable-timestamp",
    "--formatters",
    "ruff-check",
    "ruff-format",
]

HEADER = "generated from specs/{spec} — do not edit"
"""The first line of every generated file (in the comment syntax of its type)."""

_MODELS_INIT = (
    "# " + HEADER.format(spec="*.yaml") + "\n"
    '"""Pydantic models generated from specs/ by scripts/generate.py. Do not edit."""\n'
)

_HASH_COMMENT = "# {}\n"
_HTML_COMMENT = "<!-- {} -->\n"
COMMENT_BY_SUFFIX = {
    ".py": _HASH_COMMENT,
    ".pyi": _HASH_COMMENT,
    ".toml": _HASH_COMMENT,
    ".yaml": _HASH_COMMENT,
    ".yml": _HASH_COMMENT,
    ".cfg": _HASH_COMMENT,
    ".txt": _HASH_COMMENT,
    ".md": _HTML_COMMENT,
    ".gitignore": _HASH_COMMENT,
}
"""How a header line is written, by file suffix (or name, for dot files)."""

NO_HEADER = {"py.typed"}
"""Generated files that cannot carry a comment: the PEP 561 marker is left as the generator writes it.
JSON files (the provenance record) carry the header as their first key, ``"_generated"``."""
JSON_HEADER_KEY = "_generated"

_SKIP_PARTS = {"__pycache__", ".ruff_cache", ".mypy_cache", ".pdm-build"}
"""Build and tool byproducts found next to generated code, never generated."""


@dataclass(frozen=True)
class Vendor:
    """The inputs and outputs of one vendor's generation."""

    name: str

    @property
    def spec(self) -> Path:
        return SPECS / f"{self.name}.yaml"

    @property
    def config(self) -> Path:
        return GENERATOR_CONFIGS / f"{self.name}.yaml"

    @property
    def changelog(self) -> Path:
        return CHANGELOGS / f"{self.name}.md"

    @property
    def template_dirs(self) -> list[Path]:
        """Custom template directories that exist, the common one first (later ones win)."""
        return [d for d in (TEMPLATES / COMMON_TEMPLATES, TEMPLATES / self.name) if d.is_dir()]

    @property
    def client_dir(self) -> Path:
        return CLIENTS / self.name

    @property
    def models_file(self) -> Path:
        return MOCK_MODELS / f"{self.name}.py"

    @property
    def resources_file(self) -> Path:
        return RESOURCES / resource_client.output_path(self.name).name

    @property
    def header(self) -> str:
        return HEADER.format(spec=self.spec.name)


def all_vendors() -> list[Vendor]:
    """Every vendor with a generator config, in name order."""
    return [Vendor(p.stem) for p in sorted(GENERATOR_CONFIGS.glob("*.yaml"))]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def package_version(vendor: Vendor) -> str:
    """The client's package version: ``package_version_override`` of the config, else the spec's ``info.version``."""
    config = yaml.safe_load(vendor.config.read_text()) or {}
    if config.get("package_version_override"):
        return str(config["package_version_override"])
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return str(yaml.load(vendor.spec.read_text(), Loader=loader)["info"]["version"])  # noqa: S506 - a safe loader


def _template_files(vendor: Vendor) -> dict[str, Path]:
    """The merged custom templates of ``vendor``: name relative to the template root -> file."""
    files: dict[str, Path] = {}
    for directory in vendor.template_dirs:
        for path in sorted(directory.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                files[path.relative_to(directory).as_posix()] = path
    return files


def _templates_sha256(vendor: Vendor) -> str:
    digest = hashlib.sha256()
    for name, path in sorted(_template_files(vendor).items()):
        digest.update(name.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _resource_templates_sha256() -> str:
    """The templates and the generator code of the resource clients (one hash, the same for every vendor)."""
    digest = hashlib.sha256()
    generator = Path(resource_client.__file__).parent
    for path in [*resource_client.template_files(), *sorted(generator.glob("*.py"))]:
        digest.update(path.name.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _recipe_sha256() -> str:
    """A hash of what this script contributes to the output: the code and options that shape it.

    Changing how files are generated or post-processed here makes every committed client stale in
    the fast check, as a changed template does.
    """
    digest = hashlib.sha256()
    for fn in _RECIPE:
        digest.update(inspect.getsource(fn).encode())
    digest.update(json.dumps([DATAMODEL_OPTIONS, HEADER, _MODELS_INIT, COMMENT_BY_SUFFIX, sorted(NO_HEADER)]).encode())
    return digest.hexdigest()


def input_hashes(vendor: Vendor) -> dict[str, str]:
    """Everything a generation depends on, as recorded in the provenance file (package version excluded:
    it is a function of the spec and the config, whose hashes are here)."""
    return {
        "spec": f"specs/{vendor.spec.name}",
        "spec_sha256": _sha256(vendor.spec),
        "generator_config": f"specs/generator/{vendor.config.name}",
        "generator_config_sha256": _sha256(vendor.config),
        "templates_sha256": _templates_sha256(vendor),
        "resource_client_sha256": _resource_templates_sha256(),
        "changelog": f"specs/changelog/{vendor.changelog.name}",
        "changelog_sha256": _sha256(vendor.changelog) if vendor.changelog.exists() else "",
        "recipe_sha256": _recipe_sha256(),
        "openapi-python-client": metadata.version("openapi-python-client"),
        "datamodel-code-generator": metadata.version("datamodel-code-generator"),
        "ruff": metadata.version("ruff"),
    }


def provenance(vendor: Vendor) -> dict[str, str]:
    """What a generated client was made from: its version, tool versions and input hashes."""
    return {JSON_HEADER_KEY: vendor.header, "package_version": package_version(vendor), **input_hashes(vendor)}


def _tree_files(root: Path) -> set[Path]:
    """The files under ``root`` (relative), build and tool byproducts left out."""
    return {
        p.relative_to(root)
        for p in root.rglob("*")
        if p.is_file() and not _SKIP_PARTS.intersection(p.relative_to(root).parts) and not p.name.endswith(".pyc")
    }


def output_sha256(client: Path, models: Path, resources: Path) -> str:
    """The hash of a vendor's generated output: every file of the client tree (names and bytes) but the
    provenance file, the mock models file and the resource client."""
    digest = hashlib.sha256()
    entries = [
        (f"client/{rel.as_posix()}", client / rel) for rel in _tree_files(client) if rel.as_posix() != PROVENANCE
    ]
    entries.append(("models.py", models))
    entries.append(("resources.py", resources))
    for name, path in sorted(entries):
        content = path.read_bytes() if path.exists() else b"<missing>"
        digest.update(name.encode() + b"\0" + hashlib.sha256(content).digest())
    return digest.hexdigest()


def _with_header(path: Path, header: str) -> None:
    """Prefix ``path`` with ``header`` as a comment of its file type (see :data:`COMMENT_BY_SUFFIX`)."""
    if path.name in NO_HEADER:
        return
    style = COMMENT_BY_SUFFIX.get(path.suffix or path.name)
    if style is None:
        raise SystemExit(f"generated file of unknown type {path.name}: add its comment syntax to COMMENT_BY_SUFFIX")
    path.write_text(style.format(header) + path.read_text(encoding="utf-8"), encoding="utf-8")


def mark_generated(root: Path, header: str) -> None:
    """Give every generated file under ``root`` (a tree or one file) ``header`` as its first line."""
    files = [root] if root.is_file() else sorted(root / rel for rel in _tree_files(root))
    for path in files:
        _with_header(path, header)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    # The generator's post hooks call `ruff` by name: use the one pinned next to this interpreter.
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    return env


def _run_all(cmds: list[list[str]], cwd: Path) -> None:
    """Run ``cmds`` at the same time in ``cwd``; fail with the output of the first that failed."""
    procs = [
        subprocess.Popen(cmd, cwd=cwd, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        for cmd in cmds
    ]
    outputs = [proc.communicate()[0] for proc in procs]
    for cmd, proc, output in zip(cmds, procs, outputs, strict=True):
        if proc.returncode != 0:
            sys.stderr.write(output)
            raise SystemExit(f"command failed ({proc.returncode}): {' '.join(cmd)}")


def _tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def generate_into(vendor: Vendor, out: Path) -> tuple[Path, Path, Path]:
    """Generate the vendor's client, mock models and resource client under ``out``; return their paths."""
    # Work on a copy of the inputs under a fixed relative name, so that nothing in the output
    # depends on where the repository or the temporary directory lives.
    work = out / "work"
    work.mkdir(parents=True)
    shutil.copy(vendor.spec, work / vendor.spec.name)
    shutil.copy(vendor.config, work / "generator.yaml")
    templates = _template_files(vendor)
    for name, path in templates.items():
        (work / "templates" / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, work / "templates" / name)
    client = out / "client"
    models = out / "models.py"
    client_cmd = [
        _tool("openapi-python-client"),
        "generate",
        "--path",
        vendor.spec.name,
        "--config",
        "generator.yaml",
        "--meta",
        "pdm",
        "--output-path",
        str(client),
        "--fail-on-warning",
        *(["--custom-template-path", "templates"] if templates else []),
    ]
    models_cmd = [_tool("datamodel-codegen"), "--input", vendor.spec.name, "--output", str(models), *DATAMODEL_OPTIONS]
    _run_all([client_cmd, models_cmd], cwd=work)
    if vendor.changelog.exists():
        shutil.copy(vendor.changelog, client / CHANGELOG)
    resources = out / "resources.py"
    resources.write_text(resource_client.render(vendor.name, work / vendor.spec.name, client), encoding="utf-8")
    resource_client.fill_table(client / "README.md", vendor.name, work / vendor.spec.name, client)
    mark_generated(client, vendor.header)
    mark_generated(models, vendor.header)
    mark_generated(resources, vendor.header)
    record = provenance(vendor)
    record[OUTPUT_KEY] = output_sha256(client, models, resources)
    (client / PROVENANCE).write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return client, models, resources


_RECIPE: tuple[Callable[..., object], ...] = (
    generate_into,
    mark_generated,
    _with_header,
    output_sha256,
    provenance,
)
"""The functions whose code shapes the output (hashed into ``recipe_sha256``)."""


def install(vendor: Vendor, client: Path, models: Path, resources: Path) -> None:
    """Replace the committed generated code of ``vendor`` with freshly generated code."""
    if vendor.client_dir.exists():
        shutil.rmtree(vendor.client_dir)
    shutil.copytree(client, vendor.client_dir)
    MOCK_MODELS.mkdir(parents=True, exist_ok=True)
    (MOCK_MODELS / "__init__.py").write_text(_MODELS_INIT, encoding="utf-8")
    shutil.copy(models, vendor.models_file)
    RESOURCES.mkdir(parents=True, exist_ok=True)
    (RESOURCES / "__init__.py").write_text(_RESOURCES_INIT, encoding="utf-8")
    shutil.copy(resources, vendor.resources_file)


def _diff_file(committed: Path | None, fresh: Path | None, label: str) -> list[str]:
    old = committed.read_text().splitlines(keepends=True) if committed else []
    new = fresh.read_text().splitlines(keepends=True) if fresh else []
    return list(difflib.unified_diff(old, new, f"committed/{label}", f"regenerated/{label}"))


def stale_report(vendor: Vendor, client: Path, models: Path, resources: Path) -> list[str]:
    """Unified diff lines between the committed and the freshly generated code (empty: up to date)."""
    lines: list[str] = []
    committed_files = _tree_files(vendor.client_dir) if vendor.client_dir.exists() else set()
    fresh_files = _tree_files(client)
    for rel in sorted(committed_files | fresh_files):
        old = vendor.client_dir / rel if rel in committed_files else None
        new = client / rel if rel in fresh_files else None
        if old and new and filecmp.cmp(old, new, shallow=False):
            continue
        lines += _diff_file(old, new, f"clients/{vendor.name}/{rel}")
    old_models = vendor.models_file if vendor.models_file.exists() else None
    if old_models is None or not filecmp.cmp(old_models, models, shallow=False):
        lines += _diff_file(old_models, models, f"mocks/erp_mocks/generated/{vendor.name}.py")
    old_resources = vendor.resources_file if vendor.resources_file.exists() else None
    if old_resources is None or not filecmp.cmp(old_resources, resources, shallow=False):
        lines += _diff_file(old_resources, resources, f"adapters/erp_adapters/_generated/{vendor.resources_file.name}")
    init = MOCK_MODELS / "__init__.py"
    if not init.exists() or init.read_text(encoding="utf-8") != _MODELS_INIT:
        lines.append("--- committed mocks/erp_mocks/generated/__init__.py differs from the generated one\n")
    init = RESOURCES / "__init__.py"
    if not init.exists() or init.read_text(encoding="utf-8") != _RESOURCES_INIT:
        lines.append("--- committed adapters/erp_adapters/_generated/__init__.py differs from the generated one\n")
    return lines


def fast_provenance_check(vendor: Vendor) -> str | None:
    """Why the committed code of ``vendor`` may be stale, from hashes only; None when it is up to date.

    Up to date means: every recorded input hash equals the current one and the committed output
    (client tree and mock models) hashes to the recorded output hash.
    """
    recorded_file = vendor.client_dir / PROVENANCE
    if not recorded_file.exists():
        return "no provenance file: the client was never generated"
    try:
        recorded = json.loads(recorded_file.read_text(encoding="utf-8"))
    except ValueError:
        return f"{PROVENANCE} is not valid JSON"
    if not isinstance(recorded, dict):
        return f"{PROVENANCE} is not a JSON object"
    current = input_hashes(vendor)
    changed = [key for key in current if recorded.get(key) != current[key]]
    if changed:
        return f"inputs changed since generation: {', '.join(changed)}"
    if recorded.get(JSON_HEADER_KEY) != vendor.header:
        return f"{PROVENANCE} lacks its generated-file marker"
    if recorded.get(OUTPUT_KEY) != output_sha256(vendor.client_dir, vendor.models_file, vendor.resources_file):
        return "the generated code was edited (its hash differs from the recorded output hash)"
    init = MOCK_MODELS / "__init__.py"
    if not init.exists() or init.read_text(encoding="utf-8") != _MODELS_INIT:
        return "mocks/erp_mocks/generated/__init__.py was edited"
    init = RESOURCES / "__init__.py"
    if not init.exists() or init.read_text(encoding="utf-8") != _RESOURCES_INIT:
        return "adapters/erp_adapters/_generated/__init__.py was edited"
    return None


_T = TypeVar("_T")


def _generate_all(vendors: Iterable[Vendor], work: Path, each: Callable[[Vendor, Path, Path, Path], _T]) -> list[_T]:
    """Generate ``vendors`` side by side under ``work`` and call ``each(vendor, client, models, resources)`` in order.

    Each generation runs its generators as child processes, so threads are enough to keep every
    core busy; one thread per core.
    """
    vendors = list(vendors)
    workers = max(1, min(len(vendors), os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(generate_into, v, work / v.name) for v in vendors]
        return [each(v, *future.result()) for v, future in zip(vendors, futures, strict=True)]


def _report_stale(vendor: Vendor, client: Path, models: Path, resources: Path, reason: str | None) -> bool:
    diff = stale_report(vendor, client, models, resources)
    if not diff:
        print(f"ok    {vendor.name}: committed code equals a fresh generation")
        return False
    print(f"STALE {vendor.name}: {reason or 'generated code differs'}")
    sys.stdout.writelines(diff[:400])
    if len(diff) > 400:
        print(f"... ({len(diff) - 400} more diff lines)")
    print(f"\nRun `nox -s regen -- {vendor.name}` and commit the result.")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("vendors", nargs="*", help="vendor names (default: all)")
    parser.add_argument("--check", action="store_true", help="verify instead of writing; exit 1 when stale")
    parser.add_argument("--full", action="store_true", help="generate even when the provenance says up to date")
    parser.add_argument("--written", type=Path, help="write the names of the vendors regenerated to this file")
    parser.add_argument(
        "--verify", action="store_true", help="import-check what was regenerated (scripts/verify_generated.py)"
    )
    args = parser.parse_args(argv)

    known = {v.name: v for v in all_vendors()}
    unknown = [name for name in args.vendors if name not in known]
    if unknown:
        parser.error(f"unknown vendor(s) {unknown}; known: {sorted(known)}")
    vendors = [known[name] for name in args.vendors] if args.vendors else list(known.values())

    reasons = {v.name: None if args.full else fast_provenance_check(v) for v in vendors}
    todo = [v for v in vendors if args.full or reasons[v.name] is not None]
    for vendor in vendors:
        if vendor not in todo:
            print(f"ok    {vendor.name}: up to date (input and output hashes match {PROVENANCE})")

    written: list[str] = []
    verifier = _start_verifier() if args.verify and todo and not args.check else None
    with _stopped_on_failure(verifier), tempfile.TemporaryDirectory(prefix="gen-") as tmp:
        if args.check:
            stale = _generate_all(todo, Path(tmp), lambda v, c, m, r: _report_stale(v, c, m, r, reasons[v.name]))
            failures = sum(stale)
        else:

            def _install(vendor: Vendor, client: Path, models: Path, resources: Path) -> None:
                install(vendor, client, models, resources)
                written.append(vendor.name)
                print(
                    f"wrote {vendor.name}: clients/{vendor.name}/, mocks/erp_mocks/generated/{vendor.name}.py, "
                    f"adapters/erp_adapters/_generated/{vendor.resources_file.name}"
                )

            _generate_all(todo, Path(tmp), _install)
            failures = 0
    if args.written is not None:
        args.written.write_text("".join(f"{name}\n" for name in written))
    if verifier is not None:
        verifier.communicate("".join(f"{name}\n" for name in written))
        failures += verifier.returncode != 0
    return 1 if failures else 0


def _start_verifier() -> subprocess.Popen[str]:
    """scripts/verify_generated.py, started now: it imports its libraries while the generators run."""
    verify = [sys.executable, str(Path(__file__).with_name("verify_generated.py")), "--stdin"]
    return subprocess.Popen(verify, stdin=subprocess.PIPE, text=True)


@contextlib.contextmanager
def _stopped_on_failure(verifier: subprocess.Popen[str] | None) -> Iterator[None]:
    """Kill the waiting verifier if generation fails (it would otherwise wait on its stdin for ever)."""
    try:
        yield
    except BaseException:
        if verifier is not None:
            verifier.kill()
            verifier.wait()
        raise


if __name__ == "__main__":
    raise SystemExit(main())
