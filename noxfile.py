"""Every task of the repo, runnable on a fresh machine with only Python and `pip install -r requirements/bootstrap.txt`.

Quick start (see README.md):

    nox -s generate      # regenerate every client and mock model, then verify them
    nox -s ci            # what CI runs: ruff, mypy, then the contract suite with packaging

Sessions:
    generate [vendor]    regenerate clients/<vendor> and mocks/erp_mocks/generated/<vendor>.py
    regen [vendor] [--dry-run]
                         after a spec edit: classify the change against the last release, bump the
                         client version, write the changelog, regenerate (scripts/spec_changes.py)
    check                drift check, spec validation + lint, ruff, mypy --strict
    tests                pytest (client + adapter against the mocks over real HTTP)
    fuzz                 schemathesis against every vendor mock
    fuzz-deep [vendor] [--seed N] [--variance]
                         the same with 10x the budget and a random seed it prints (not in CI)
    contract             the whole contract suite, ending with a table per vendor (scripts/contract.py)
    packaging            build every client and the adapters, install each into a fresh venv, call the mock
    mock -- <vendor>     serve a vendor mock on 127.0.0.1 (default port 8000)
    bench                benchmarks (not timed tests)
    lock                 recompile requirements/dev.lock from requirements/dev.in
"""

from __future__ import annotations

import os
import secrets
import shutil
from pathlib import Path

import nox

ROOT = Path(__file__).parent
LOCK = "requirements/dev.lock"
LOCAL_PACKAGES = ["adapters", "mocks"]

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
    """Regenerate clients and mock models (all vendors, or those named after --), then verify them."""
    session.install("-r", LOCK)
    session.run("python", "scripts/generate.py", *session.posargs)
    _install(session)
    session.run("python", "scripts/verify_generated.py", *session.posargs)
    # Regenerating again must reproduce the same bytes: generation is deterministic.
    session.run("python", "scripts/generate.py", "--check", *session.posargs)


@nox.session(python="3.11")
def regen(session: nox.Session) -> None:
    """After a spec edit: `nox -s regen -- [vendor ...] [--dry-run]` (see scripts/spec_changes.py)."""
    session.install("-r", LOCK)
    session.run("python", "scripts/spec_changes.py", *session.posargs)
    if "--dry-run" not in session.posargs:
        _install(session)
        session.run("python", "scripts/verify_generated.py", *[a for a in session.posargs if not a.startswith("-")])


@nox.session(python="3.11")
def check(session: nox.Session) -> None:
    """Drift check, spec validation and lint, ruff, mypy --strict on handwritten code."""
    _install(session)
    _node_tools(session)
    session.run("python", "scripts/generate.py", "--check")
    session.run("python", "scripts/inventory.py")
    session.run("python", "scripts/spec_changes.py", "--report")  # informational: never fails
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


@nox.session(python="3.11")
def contract(session: nox.Session) -> None:
    """Spec lint, inventory, drift, schemathesis vs mocks (stateful too) and vs Prism, client tests, live (if set up).

    Extra arguments go to pytest: `nox -s contract -- -k wisedat`. `--packaging` first adds the packaging tests.
    """
    _install(session)
    _node_tools(session)
    options = [arg for arg in session.posargs if arg == "--packaging"]
    extra = [arg for arg in session.posargs if arg != "--packaging"]
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
    session.run("python", "scripts/contract.py", "--packaging", "--", *session.posargs)


@nox.session(python="3.11")
def mock(session: nox.Session) -> None:
    """Serve a vendor mock on 127.0.0.1: `nox -s mock -- wisedat [--port 8000]`."""
    _install(session)
    session.run("python", "-m", "erp_mocks", *(session.posargs or ["--help"]))


@nox.session(python="3.11")
def bench(session: nox.Session) -> None:
    """Benchmarks against the mocks over loopback; prints the figures."""
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
