"""Regenerate (or verify) the generated code of one vendor or all of them.

For each vendor that has a generator config at ``specs/generator/<vendor>.yaml``:

* the client package ``clients/<vendor>/`` is produced by openapi-python-client from
  ``specs/<vendor>.yaml``; the output directory is deleted first, because the generator's
  ``--overwrite`` leaves stale top-level files behind;
* the mock's request/response models ``mocks/erp_mocks/generated/<vendor>.py`` are produced by
  datamodel-code-generator from the same spec;
* a provenance file ``clients/<vendor>/PROVENANCE.json`` records the package version, the generator
  versions and the hashes of the inputs;
* the changelog ``specs/changelog/<vendor>.md`` (written by ``scripts/spec_changes.py``; it lives
  outside ``clients/`` because regeneration wipes that directory) is copied to
  ``clients/<vendor>/CHANGELOG.md`` so it ships with the package.

Custom openapi-python-client templates (e.g. the package README) live in
``specs/generator/templates/``: ``_common/`` applies to every vendor and ``<vendor>/`` to one (a
vendor's file wins over a common one of the same name). When either exists, the two are merged into
one directory passed as ``--custom-template-path``.

Generation always happens in a temporary directory outside the repository (so no repository
configuration, e.g. ruff settings, leaks into the output) and is then copied into place.

Usage::

    python scripts/generate.py                 # regenerate every vendor
    python scripts/generate.py wisedat         # regenerate one vendor
    python scripts/generate.py --check         # fail with a diff when committed code is stale
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATOR_CONFIGS = SPECS / "generator"
TEMPLATES = GENERATOR_CONFIGS / "templates"
COMMON_TEMPLATES = "_common"
CHANGELOGS = SPECS / "changelog"
CLIENTS = ROOT / "clients"
MOCK_MODELS = ROOT / "mocks" / "erp_mocks" / "generated"
PROVENANCE = "PROVENANCE.json"
CHANGELOG = "CHANGELOG.md"

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

_MODELS_INIT = '"""Pydantic models generated from specs/ by scripts/generate.py. Do not edit."""\n'


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
    return str(yaml.safe_load(vendor.spec.read_text())["info"]["version"])


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


def provenance(vendor: Vendor) -> dict[str, str]:
    """What a generated client was made from: its version, tool versions and input hashes."""
    return {
        "package_version": package_version(vendor),
        "spec": f"specs/{vendor.spec.name}",
        "spec_sha256": _sha256(vendor.spec),
        "generator_config": f"specs/generator/{vendor.config.name}",
        "generator_config_sha256": _sha256(vendor.config),
        "templates_sha256": _templates_sha256(vendor),
        "changelog": f"specs/changelog/{vendor.changelog.name}",
        "changelog_sha256": _sha256(vendor.changelog) if vendor.changelog.exists() else "",
        "openapi-python-client": metadata.version("openapi-python-client"),
        "datamodel-code-generator": metadata.version("datamodel-code-generator"),
        "ruff": metadata.version("ruff"),
    }


def _run(cmd: list[str], cwd: Path) -> None:
    env = dict(os.environ)
    # The generator's post hooks call `ruff` by name: use the one pinned next to this interpreter.
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit(f"command failed ({proc.returncode}): {' '.join(cmd)}")


def _tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def generate_into(vendor: Vendor, out: Path) -> tuple[Path, Path]:
    """Generate the vendor's client and mock models under ``out``; return their paths."""
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
    _run(
        [
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
        ],
        cwd=work,
    )
    (client / PROVENANCE).write_text(json.dumps(provenance(vendor), indent=2) + "\n")
    if vendor.changelog.exists():
        shutil.copy(vendor.changelog, client / CHANGELOG)
    models = out / "models.py"
    _run(
        [_tool("datamodel-codegen"), "--input", vendor.spec.name, "--output", str(models), *DATAMODEL_OPTIONS],
        cwd=work,
    )
    return client, models


def install(vendor: Vendor, client: Path, models: Path) -> None:
    """Replace the committed generated code of ``vendor`` with freshly generated code."""
    if vendor.client_dir.exists():
        shutil.rmtree(vendor.client_dir)
    shutil.copytree(client, vendor.client_dir)
    MOCK_MODELS.mkdir(parents=True, exist_ok=True)
    (MOCK_MODELS / "__init__.py").write_text(_MODELS_INIT)
    shutil.copy(models, vendor.models_file)


def _tree_files(root: Path) -> set[Path]:
    skip = {"__pycache__", ".ruff_cache", ".mypy_cache", ".pdm-build"}  # build/tool byproducts, never generated
    return {
        p.relative_to(root)
        for p in root.rglob("*")
        if p.is_file() and not skip.intersection(p.relative_to(root).parts) and not p.name.endswith(".pyc")
    }


def _diff_file(committed: Path | None, fresh: Path | None, label: str) -> list[str]:
    old = committed.read_text().splitlines(keepends=True) if committed else []
    new = fresh.read_text().splitlines(keepends=True) if fresh else []
    return list(difflib.unified_diff(old, new, f"committed/{label}", f"regenerated/{label}"))


def stale_report(vendor: Vendor, client: Path, models: Path) -> list[str]:
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
    return lines


def fast_provenance_check(vendor: Vendor) -> str | None:
    """A quick answer from the provenance file: a reason the client is stale, or None if it may be fresh."""
    recorded = vendor.client_dir / PROVENANCE
    if not recorded.exists():
        return "no provenance file: the client was never generated"
    old = json.loads(recorded.read_text())
    new = provenance(vendor)
    changed = [key for key in new if old.get(key) != new[key]]
    return f"inputs changed since generation: {', '.join(changed)}" if changed else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("vendors", nargs="*", help="vendor names (default: all)")
    parser.add_argument("--check", action="store_true", help="verify instead of writing; exit 1 when stale")
    args = parser.parse_args(argv)

    known = {v.name: v for v in all_vendors()}
    unknown = [name for name in args.vendors if name not in known]
    if unknown:
        parser.error(f"unknown vendor(s) {unknown}; known: {sorted(known)}")
    vendors = [known[name] for name in args.vendors] if args.vendors else list(known.values())

    failures = 0
    for vendor in vendors:
        with tempfile.TemporaryDirectory(prefix=f"gen-{vendor.name}-") as tmp:
            if args.check:
                reason = fast_provenance_check(vendor)
                client, models = generate_into(vendor, Path(tmp))
                diff = stale_report(vendor, client, models)
                if diff:
                    failures += 1
                    print(f"STALE {vendor.name}: {reason or 'generated code differs'}")
                    sys.stdout.writelines(diff[:400])
                    if len(diff) > 400:
                        print(f"... ({len(diff) - 400} more diff lines)")
                    print(f"\nRun `nox -s regen -- {vendor.name}` and commit the result.")
                else:
                    print(f"ok    {vendor.name}: committed code equals a fresh generation")
            else:
                client, models = generate_into(vendor, Path(tmp))
                install(vendor, client, models)
                print(f"wrote {vendor.name}: clients/{vendor.name}/, mocks/erp_mocks/generated/{vendor.name}.py")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
