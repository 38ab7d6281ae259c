"""Every task of the repo, runnable on a fresh machine with only Python and `pip install -r requirements/bootstrap.txt`.

Quick start (see README.md):

    nox -s generate      # regenerate every client and mock model not up to date (-- --full: all), verify them
    nox -s ci            # what CI runs: ruff, mypy, then the contract suite with packaging

Sessions:
    generate [vendor] [--full]
                         regenerate clients/<vendor> and mocks/erp_mocks/generated/<vendor>.py
    regen [vendor] [--dry-run] [--doc <new doc>]
                         after a spec edit: classify the change against the last release, bump the
                         client version, write the changelog, regenerate (scripts/spec_changes/);
                         --doc runs the doc-change radar first and refuses while it shows changes
    radar <vendor> <doc> [--old <doc>] [--accept]
                         which operations a new vendor doc touches (scripts/doc_radar/)
    check                drift check, release gate, spec validation + lint, ruff, mypy --strict
    tests                pytest (client + adapter against the mocks over real HTTP)
    fuzz                 schemathesis against every vendor mock
    fuzz-deep [vendor] [--seed N] [--variance]
                         the same with 10x the budget and a random seed it prints (not in CI)
    contract             the whole contract suite, ending with a table per vendor (scripts/contract.py)
    packaging            build every client and the adapters, install each into a fresh venv, call the mock
    mock -- <vendor>     serve a vendor mock on 127.0.0.1 (default port 8000)
    docs                 build the docs site into build/docs/ (Redocly HTTP reference + pdoc Python reference
                         per vendor) and check it: links, anchors, every operation (scripts/check_docs.py)
    bench                benchmarks, interleaved (not timed tests; BENCH_ROUNDS=n to change the rounds)
    lock                 recompile requirements/dev.lock from requirements/dev.in
"""

from __future__ import annotations

import hashlib
import os
import secrets
import shutil
import tomllib
from collections.abc import Callable
from pathlib import Path

import nox

ROOT = Path(__file__).parent
LOCK = "requirements/dev.lock"
LOCAL_PACKAGES = ["adapters", "mocks", "contract"]

nox.options.default_venv_backend = "uv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["generate"]
nox.options.error_on_missing_interpreters = True


def _clients() -> list[str]:
    return sorted(str(p.parent) for p in ROOT.glob("clients/*/pyproject.toml"))


def _install(session: nox.Session) -> None:
    """Pinned dependencies from the lock file, then the repo's own packages (editable, no deps)."""
    session.install("-r", LOCK)
    session.install("--no-deps", *[arg for pkg in LOCAL_PACKAGES + _clients() for arg in ("-e", pkg)])


def _node_tools(session: nox.Session) -> None:
    """The pinned Node tools of package-lock.json: Redocly CLI (spec lint) and Prism (spec cross-check)."""
    if not all((ROOT / "node_modules" / ".bin" / tool).exists() for tool in ("redocly", "prism")):
        npm = shutil.which("npm")
        if npm is None:
            session.error("npm is needed for the spec linter (Redocly CLI) and Prism; install Node.js 20+")
        session.run(npm, "ci", "--no-audit", "--no-fund", external=True)


@nox.session(python="3.11")
def generate(session: nox.Session) -> None:
    """Regenerate clients and mock models (all vendors, or those named after --), then verify them.

    Vendors whose committed code is up to date (provenance hashes of inputs and output match) are
    skipped; `-- --full` regenerates them anyway. A client is reinstalled only when its pyproject.toml
    changed (or the venv lacks it); the regenerated ones are import-checked. Determinism is checked by
    `generate.py --check --full` in `nox -s ci`.
    """
    _install_lock_once(session)
    metadata_before = {client: _read(Path(client) / "pyproject.toml") for client in _clients()}
    # --verify: the regenerated code is import-checked from the tree (scripts/verify_generated.py)
    session.run("python", "scripts/generate.py", "--verify", *session.posargs)
    if _missing_local(session):
        _install(session)
    else:
        # The editable installs point at clients/<vendor>/ (a .pth path): new code is seen as it is written.
        # Only a changed pyproject.toml (version, dependencies) needs a reinstall.
        changed = [c for c in _clients() if _read(Path(c) / "pyproject.toml") != metadata_before.get(c)]
        if changed:
            session.install("--no-deps", *[arg for client in changed for arg in ("-e", client)])


def _install_lock_once(session: nox.Session) -> None:
    """``session.install("-r", LOCK)``, skipped when this venv already got this very lock file."""
    digest = hashlib.sha256((ROOT / LOCK).read_bytes()).hexdigest()
    _once(session, ".installed-lock-sha256", digest, lambda: session.install("-r", LOCK))


def _once(session: nox.Session, marker: str, stamp: str, install: Callable[[], object]) -> None:
    """Run ``install`` unless the venv's ``marker`` file already holds ``stamp``; then record ``stamp`` there."""
    location = getattr(session.virtualenv, "location", None)
    path = Path(location) / marker if location else None
    if path is not None and path.exists() and path.read_text() == stamp:
        return
    install()
    if path is not None:
        path.write_text(stamp)


def _read(path: Path) -> bytes:
    return path.read_bytes() if path.exists() else b""


def _missing_local(session: nox.Session) -> bool:
    """Whether any of the repo's own packages is not installed in the session's venv yet."""
    location = getattr(session.virtualenv, "location", None)
    if not location:
        return True
    installed = {
        p.name.split("-")[0].lower().replace("_", "-")
        for p in Path(location).glob("lib/python*/site-packages/*.dist-info")
    }
    wanted = {_project_name(Path(pkg)) for pkg in LOCAL_PACKAGES + _clients()}
    return not wanted <= installed


def _project_name(package: Path) -> str:
    project = tomllib.loads((ROOT / package / "pyproject.toml").read_text())["project"]
    return str(project["name"]).lower().replace("_", "-")


@nox.session(python="3.11")
def regen(session: nox.Session) -> None:
    """After a spec edit: `nox -s regen -- [vendor ...] [--dry-run] [--doc <new doc>]` (see scripts/spec_changes/)."""
    session.install("-r", LOCK)
    session.run("python", "scripts/spec_changes", *session.posargs)
    if "--dry-run" not in session.posargs:
        _install(session)
        vendors = [
            a
            for i, a in enumerate(session.posargs)
            if not a.startswith("-") and session.posargs[i - 1 : i] != ["--doc"]
        ]
        session.run("python", "scripts/verify_generated.py", *vendors)


@nox.session(python="3.11")
def radar(session: nox.Session) -> None:
    """Which operations a new vendor doc touches: `nox -s radar -- <vendor> <doc> [--old <doc>] [--accept]`."""
    session.install("-r", LOCK)
    session.run("python", "scripts/radar.py", *(session.posargs or ["--help"]))


@nox.session(python="3.11")
def check(session: nox.Session) -> None:
    """Drift check, spec validation and lint, ruff, mypy --strict on handwritten code."""
    _install(session)
    _node_tools(session)
    session.run("python", "scripts/generate.py", "--check")  # from provenance hashes; regenerates only if stale
    session.run("python", "scripts/inventory.py")
    session.run("python", "scripts/spec_changes", "--gate")  # release gate: a changed API needs its bump + changelog
    session.run("python", "scripts/lint_specs.py")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy")


@nox.session(python="3.11")
def tests(session: nox.Session) -> None:
    """Client + adapter tests against the mocks over real HTTP (no fuzzing, Prism or packaging)."""
    _install(session)
    session.run("pytest", "-m", "not fuzz and not prism and not packaging", *session.posargs)


@nox.session(python="3.11")
def fuzz(session: nox.Session) -> None:
    """Schemathesis over every operation of every spec against its mock."""
    _install(session)
    session.run("pytest", "-m", "fuzz", "-p", "no:randomly", *session.posargs)


@nox.session(python="3.11", name="fuzz-deep")
def fuzz_deep(session: nox.Session) -> None:
    """Schemathesis with 10x CI's budget and a random seed it prints: `nox -s fuzz-deep -- [vendor ...] [--seed N]`.

    `--variance` fuzzes the mocks in variance mode (every varied answer must pass the same checks).

    One vendor at a time (CPU heavy). A failure it finds is replayed with `--seed N` and then pinned as
    a fixed regression case (tests/fuzz/test_engine_regressions.py); CI keeps its fixed, derandomized cases.
    """
    _install(session)
    args = list(session.posargs)
    seed = secrets.randbelow(2**31)
    variance = "--variance" in args
    if variance:
        args.remove("--variance")
    if "--seed" in args:
        at = args.index("--seed")
        seed = int(args[at + 1])
        del args[at : at + 2]
    vendors = args or sorted(
        p.stem.removeprefix("test_").removesuffix("_fuzz") for p in ROOT.glob("tests/fuzz/test_*_fuzz.py")
    )
    env = {"FUZZ_SEED": str(seed), "FUZZ_MAX_EXAMPLES": "250", "FUZZ_STATEFUL_SCENARIOS": "800"}
    if variance:
        env["FUZZ_MOCK_VARIANCE"] = "1"  # the mocks vary their answers (seeded with the same seed)
    replay = " ".join([*vendors, "--seed", str(seed), *(["--variance"] if variance else [])])
    session.log(f"fuzz-deep seed {seed} (replay: nox -s fuzz-deep -- {replay})")
    for vendor in vendors:
        session.log(f"fuzz-deep {vendor}: seed {seed}, 250 examples per operation and mode, 800 stateful scenarios")
        session.run(
            "pytest", "-m", "fuzz", "-p", "no:randomly", f"--hypothesis-seed={seed}", "-q",
            f"tests/fuzz/test_{vendor}_fuzz.py", env=env,
        )  # fmt: skip
    # The client side too: 10x CI's bodies per vendor, fed to the generated client + adapter (tests/clientfuzz).
    client_env = {"CLIENTFUZZ_CASES": "4000", "CLIENTFUZZ_SEED": str(seed)}
    session.log(f"fuzz-deep client side: seed {seed}, 4000 bodies per vendor")
    selected = " or ".join(f"[{vendor}]" for vendor in vendors)
    session.run(
        "pytest", "-m", "fuzz", "-p", "no:randomly", "-q", "tests/clientfuzz/test_clientfuzz.py", "-k", selected,
        env=client_env,
    )  # fmt: skip


@nox.session(python="3.11")
def contract(session: nox.Session) -> None:
    """Spec lint, inventory, drift, schemathesis vs mocks (stateful too) and vs Prism, client tests, live (if set up).

    Extra arguments go to pytest: `nox -s contract -- -k wisedat`. `--packaging` first adds the packaging tests;
    `--live` runs only the live sandbox tests (tests/live: no lint, drift, npm or Prism).
    """
    _install(session)
    options = [arg for arg in session.posargs if arg in ("--packaging", "--live")]
    extra = [arg for arg in session.posargs if arg not in ("--packaging", "--live")]
    if "--live" not in options:
        _node_tools(session)
    session.run("python", "scripts/contract.py", *options, "--", *extra)


@nox.session(python="3.11")
def packaging(session: nox.Session) -> None:
    """Build each client and the adapters (sdist + wheel), install each into a fresh venv, call its mock."""
    _install(session)
    session.run("pytest", "-m", "packaging", *session.posargs)


@nox.session(python="3.11")
def ci(session: nox.Session) -> None:
    """Everything CI runs, in one venv: ruff, mypy --strict, then the contract suite with packaging."""
    _install(session)
    _node_tools(session)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy")
    # One real regeneration compared with the committed code (the drift step of contract.py trusts the hashes).
    session.run("python", "scripts/generate.py", "--check", "--full")
    session.run("python", "scripts/spec_changes", "--gate")  # release gate, as in `check`
    _docs(session)  # the docs site builds, with every operation and no broken link (~20 s)
    session.run("python", "scripts/contract.py", "--packaging", "--", *session.posargs)


DOCS = "build/docs"


def _docs(session: nox.Session) -> None:
    """Build the docs site into build/docs/ and check it (needs the repo installed and the Node tools)."""
    session.run("python", "scripts/docs/build.py", "--out", DOCS)
    session.run("python", "scripts/check_docs.py", DOCS)


@nox.session(python="3.11")
def docs(session: nox.Session) -> None:
    """The docs site: `nox -s docs` builds build/docs/ and checks it (links, anchors, every operation).

    Per vendor: the HTTP reference (Redocly build-docs, self-contained) and the Python reference of the
    resource client, the adapter module and the generated client (pdoc). Open build/docs/index.html.
    """
    _install(session)
    _node_tools(session)
    _docs(session)


def _install_once(session: nox.Session, *requirements: str) -> None:
    """Install ``requirements`` (held to the lock) only when they or the lock changed since the last run."""
    inputs = [ROOT / LOCK, *(ROOT / req / "pyproject.toml" for req in requirements if (ROOT / req).is_dir())]
    stamp = "\n".join([*requirements, *(hashlib.sha256(path.read_bytes()).hexdigest() for path in inputs)])
    _once(
        session,
        ".erp-installed",
        stamp,
        lambda: session.install("-c", LOCK, *[a for r in requirements for a in ("-e", r)]),
    )


@nox.session(python="3.11", reuse_venv=True)
def mock(session: nox.Session) -> None:
    """Serve a vendor mock: `nox -s mock -- wisedat [--host H] [--port 8000] [--seed FILE] [--variance]`.

    Its venv holds only the mocks (no dev lock), installed on the first run and again only when
    mocks/pyproject.toml or the lock changes, so a restart starts the mock at once.
    """
    _install_once(session, "mocks")
    session.run("erp-mock", *(session.posargs or ["--help"]))


@nox.session(python="3.11")
def bench(session: nox.Session) -> None:
    """Benchmarks, interleaved (a few minutes): `nox -s bench -- [wisedat|egestor|regeneration] [--quick]`.

    `BENCH_ROUNDS=n nox -s bench` sets the rounds of every comparison; `--quick` is a one-round smoke run.
    """
    _install(session)
    session.run("python", "scripts/bench.py", *session.posargs, env={"PYTHONHASHSEED": "0"})


@nox.session(python="3.11")
def lock(session: nox.Session) -> None:
    """Recompile requirements/dev.lock (every transitive pin) from requirements/dev.in."""
    session.install("uv")
    session.run(
        "uv",
        "pip",
        "compile",
        "--python-version",
        "3.11",
        "--no-header",
        "requirements/dev.in",
        "-o",
        LOCK,
        env={"UV_CUSTOM_COMPILE_COMMAND": "nox -s lock", **os.environ},
    )
