"""``python scripts/spec_changes [vendor ...] [--dry-run | --report | --gate] [--doc <new doc>]`` (see cli.py)."""

from __future__ import annotations

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent.parent
# Run as `python scripts/spec_changes`, the package's own directory is sys.path[0]; its modules are
# imported as `spec_changes.*` from scripts/ instead.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != SCRIPTS / "spec_changes"]
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

from spec_changes.cli import main  # noqa: E402 - after the path set-up

if __name__ == "__main__":
    sys.exit(main())
