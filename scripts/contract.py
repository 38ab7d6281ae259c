"""The whole contract suite in one command (``nox -s contract``), ending with a table per vendor.

Steps, all run even when one fails (the exit status is 1 if any failed):

1. spec validation and strict lint: ``scripts/lint_specs.py`` (openapi-spec-validator, Redocly
   ``recommended-strict``, zero warnings);
2. the inventory check: ``scripts/inventory.py`` (every documented operation is in the spec and
   nothing else is), when the script exists;
3. the drift check: ``scripts/generate.py --check`` (committed generated code = fresh generation);
4. pytest over ``tests/``: schemathesis against every vendor mock (tests/fuzz, with the stateful
   phase over the specs' OpenAPI links), the same against Stoplight Prism's mock of every spec and
   every generated client's operations against Prism (tests/prism), the client-vs-mock tests
   (tests/<vendor>), the adapters' unit tests, and the live sandbox tests (tests/live: skipped,
   and shown as skipped, unless a vendor's sandbox variables are set). ``--packaging`` adds the
   packaging tests (tests/packaging: build, fresh venv, install, call the mock).

Usage::

    python scripts/contract.py                     # steps 1-4
    python scripts/contract.py --packaging         # and the packaging tests
    python scripts/contract.py -- -k wisedat       # extra pytest arguments after --
    python scripts/contract.py --live              # only the live sandbox tests (tests/live), quickly
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"
GRACE = 15.0
"""Seconds an interrupted step gets to stop its own servers before its group is stopped for it."""

sys.path.insert(0, str(ROOT))  # tests.processes: the process-group helpers the tests use too
from tests.processes import stop_group  # noqa: E402


@dataclass
class Step:
    """One command of the suite and how it went."""

    name: str
    command: list[str]
    returncode: int | None = None
    seconds: float = 0.0

    def run(self) -> None:
        """Run the command in its own process group; when it ends, nothing it started is left running.

        Ctrl-C (or SIGTERM, see :func:`main`) is passed on to the step as SIGINT, so pytest unwinds
        and stops its servers; after :data:`GRACE` seconds, or when the step ends, whatever is left
        of its group is stopped (SIGTERM, then SIGKILL).
        """
        print(f"\n=== {self.name}: {' '.join(self.command)}", flush=True)
        started = time.monotonic()
        process = subprocess.Popen(self.command, cwd=ROOT, start_new_session=True)
        try:
            self.returncode = process.wait()
        except KeyboardInterrupt:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGINT)
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=GRACE)
            raise
        finally:
            stop_group(process)
            self.seconds = time.monotonic() - started

    @property
    def ok(self) -> bool:
        return self.returncode == 0


def _steps(report: Path, packaging: bool, pytest_args: list[str], live: bool = False) -> list[Step]:
    python = sys.executable
    pytest = [python, "-m", "pytest", "-p", "tests.contract_report", f"--contract-report={report}"]
    if live:  # only the sandbox tests: no lint, drift, Prism, and only tests/live collected
        return [Step("pytest: live sandboxes", [*pytest, "-m", "live", "tests/live", *pytest_args])]
    steps = [Step("spec validation + strict lint", [python, "scripts/lint_specs.py"])]
    if (ROOT / "scripts" / "inventory.py").exists():
        steps.append(Step("inventory", [python, "scripts/inventory.py"]))
    steps.append(Step("drift", [python, "scripts/generate.py", "--check"]))
    marker = [] if packaging else ["-m", "not packaging"]
    steps.append(Step("pytest: mocks, stateful, Prism, clients, live", [*pytest, *marker, *pytest_args]))
    return steps


def _declared_links() -> dict[str, int]:
    counts = {}
    for spec in sorted((ROOT / "specs").glob("*.yaml")):
        document = yaml.safe_load(spec.read_text())
        counts[spec.stem] = sum(
            len(response.get("links", {}))
            for item in document.get("paths", {}).values()
            for operation in item.values()
            if isinstance(operation, dict)
            for response in operation.get("responses", {}).values()
        )
    return counts


def _ratio(suites: dict[str, Any], name: str) -> str:
    suite = suites.get(name)
    if not suite or not suite["tests"]:
        return "-"
    if suite["skipped"] == suite["tests"]:
        return "skipped"
    return f"{suite['passed']}/{suite['tests']}"


def _client_fuzz(entry: dict[str, Any]) -> str:
    """``cases/failures`` of the client-side response fuzzing (tests/clientfuzz), ``-`` when it did not run."""
    cases = entry.get("client_fuzz_cases", 0)
    return f"{cases}/{entry.get('client_fuzz_failures', 0)}" if cases else "-"


def _hostile(entry: dict[str, Any]) -> str:
    """``scenarios/failures`` of the hostile-server suite (tests/hostile), ``-`` when it did not run."""
    scenarios = entry.get("hostile_scenarios", 0)
    return f"{scenarios}/{entry.get('hostile_failures', 0)}" if scenarios else "-"


def table(data: dict[str, Any]) -> list[str]:
    """The per-vendor table: operations, cases, suites passed/run, failures, time."""
    links = _declared_links()
    header = (
        f"{'vendor':<11}{'ops':>5}{'mock cases':>11}{'stateful':>9}{'links':>7}{'prism cases':>12}"
        f"{'prism client':>13}{'client tests':>13}{'packaging':>10}{'client fuzz':>12}{'hostile':>9}"
        f"{'live':>9}{'failed':>7}{'time':>9}"
    )
    lines = [header, "-" * len(header)]
    total_failed, total_seconds = 0, 0.0
    for vendor, entry in sorted(data["vendors"].items(), key=lambda item: (item[0] == "core", item[0])):
        suites = entry["suites"]
        failed = sum(suite["failed"] for suite in suites.values())
        seconds = sum(suite["seconds"] for suite in suites.values())
        total_failed += failed
        total_seconds += seconds
        if vendor == "core":
            lines.append(
                f"{'core':<11}{'-':>5}{'-':>11}{'-':>9}{'-':>7}{'-':>12}{'-':>13}{_ratio(suites, 'unit'):>13}"
                f"{'-':>10}{'-':>12}{'-':>9}{'-':>9}{failed:>7}{seconds:>8.1f}s"
            )
            continue
        followed = f"{len(entry['links_followed'])}/{links.get(vendor, 0)}" if links.get(vendor) else "-"
        lines.append(
            f"{vendor:<11}{entry['operations']:>5}{entry['mock_cases']:>11}{entry['stateful_steps']:>9}{followed:>7}"
            f"{entry['prism_cases']:>12}{_ratio(suites, 'prism client'):>13}{_ratio(suites, 'client vs mock'):>13}"
            f"{_ratio(suites, 'packaging'):>10}{_client_fuzz(entry):>12}{_hostile(entry):>9}{_ratio(suites, 'live'):>9}"
            f"{failed:>7}{seconds:>8.1f}s"
        )
    lines.append("-" * len(header))
    lines.append(f"{'total':<11}{'':>{len(header) - 27}}{total_failed:>7}{total_seconds:>8.1f}s")
    return lines


def _notes(data: dict[str, Any]) -> list[str]:
    notes = [
        "mock cases: schemathesis cases against our mock (stateful steps included); stateful: steps of the",
        "stateful phase; links: OpenAPI links followed/declared; prism cases: schemathesis cases against",
        "Prism; prism client: generated-client operations called against Prism; client tests: tests/<vendor>",
        "against our mock; client fuzz: generated response bodies (valid and mutated) fed to the client,",
        "cases/failures (tests/clientfuzz); hostile: hostile-server scenarios/failures (tests/hostile);",
        "failed: failed tests of any suite.",
        "Checks not run against Prism: "
        + "; ".join(f"{name} ({why})" for name, why in data.get("prism_excluded_checks", {}).items()),
    ]
    for vendor, entry in sorted(data["vendors"].items()):
        for suite, tally in entry["suites"].items():
            if tally["skipped"] and tally["skip_reasons"]:
                notes.append(f"{vendor} {suite}: {tally['skipped']} skipped: {'; '.join(tally['skip_reasons'])}")
        if entry.get("prism_unsent"):
            unsent = entry["prism_unsent"]
            notes.append(f"{vendor}: {unsent} cases with a non-JSON body not sent to Prism (it never answers them)")
    return notes


def _interrupt(signum: int, _frame: object) -> None:
    """SIGTERM handled like Ctrl-C: the running step is interrupted and its processes stopped."""
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packaging", action="store_true", help="also build, install and smoke-test every package")
    parser.add_argument("--live", action="store_true", help="only the live sandbox tests (tests/live), nothing else")
    parser.add_argument("pytest_args", nargs="*", help="extra pytest arguments (after --)")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, _interrupt)
    if not PRISM.exists() and not args.live:
        print("Prism is not installed: run `npm ci` in the repo root (nox -s contract does).", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="contract-") as tmp:
        report = Path(tmp) / "report.json"
        steps = _steps(report, args.packaging, args.pytest_args, live=args.live)
        try:
            for step in steps:
                step.run()
        except KeyboardInterrupt:
            print("\ninterrupted: every step's processes were stopped", file=sys.stderr)
            return 130
        data = json.loads(report.read_text()) if report.exists() else {"vendors": {}}
    print("\n" + "=" * 40 + " contract suite " + "=" * 40)
    for step in steps:
        print(f"{'ok  ' if step.ok else 'FAIL'}  {step.name:<48}{step.seconds:>8.1f}s")
    print()
    for line in table(data):
        print(line)
    print()
    for line in _notes(data):
        print(line)
    return 0 if all(step.ok for step in steps) else 1


if __name__ == "__main__":
    sys.exit(main())
