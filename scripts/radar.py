"""The doc-change radar (``nox -s radar -- <vendor> <new doc> [--old <doc>] [--accept]``); see scripts/doc_radar/."""

from __future__ import annotations

import sys

from doc_radar.cli import main

if __name__ == "__main__":
    sys.exit(main())
