"""Validate every spec (openapi-spec-validator) and lint it (Redocly CLI, recommended-strict).

Both must report zero problems; warnings count as failures. Rules turned off are listed, with the
reason, in redocly.yaml.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

ROOT = Path(__file__).resolve().parent.parent
REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"


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
