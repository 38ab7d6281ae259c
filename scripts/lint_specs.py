"""Validate every spec (openapi-spec-validator), lint it (Redocly CLI, recommended-strict) and check our own rules.

All must report zero problems; warnings count as failures. Rules turned off are listed, with the
reason, in redocly.yaml. Our own rules are the tolerant-reader policy of specs/README.md
(``scripts/tolerant_reader.py``); each problem is printed as ``<vendor>: <where>: <rule>``, e.g.
``gks4: Customer.postalAddress: optional response property must accept null``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename
from tolerant_reader import violations

ROOT = Path(__file__).resolve().parent.parent
REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"


def _tolerant_reader(vendor: str, document: Mapping[str, Any]) -> int:
    """Print every breach of the tolerant-reader policy in ``document``; 1 if there was any."""
    problems = violations(dict(document))
    for problem in problems:
        print(f"FAIL {vendor}: {problem}")
    if not problems:
        print(f"ok   {vendor}.yaml: tolerant-reader policy")
    return 1 if problems else 0


def main() -> int:
    specs = sorted((ROOT / "specs").glob("*.yaml"))
    failures = 0
    for spec in specs:
        try:
            document, _ = read_from_filename(str(spec))
            validate(document)
        except Exception as exc:
            print(f"FAIL {spec.name}: openapi-spec-validator: {exc}")
            failures += 1
        else:
            print(f"ok   {spec.name}: openapi-spec-validator")
            failures += _tolerant_reader(spec.stem, document)
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
    for spec in specs:
        rel = str(spec.relative_to(ROOT))
        cmd = [str(REDOCLY), "lint", "--format=json", "--max-problems", "1000", rel]
        proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
        try:
            report = json.loads(proc.stdout)
            totals = report["totals"]
        except (ValueError, KeyError):
            print(f"FAIL {spec.name}: redocly gave no report:\n{proc.stdout}{proc.stderr}")
            failures += 1
            continue
        if totals["errors"] or totals["warnings"]:
            failures += 1
            counts = f"{totals['errors']} errors, {totals['warnings']} warnings"
            print(f"FAIL {spec.name}: redocly recommended-strict: {counts}")
            for problem in report["problems"]:
                where = ", ".join(loc.get("pointer", "") for loc in problem.get("location", []))
                print(f"     [{problem['severity']}] {problem['ruleId']}: {problem['message']} at {where}")
        else:
            print(f"ok   {spec.name}: redocly recommended-strict, 0 errors, 0 warnings")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
