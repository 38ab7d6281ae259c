"""The live suite itself works: pointed at a Wisedat mock as if it were the sandbox, it runs and passes.

CI has no vendor sandbox, so without this test the live path would only ever be seen skipping. A
separate pytest process gets the ``WISEDAT_LIVE_*`` variables of a mock served by this process; it
must run every GET operation (and, with ``CONTRACT_LIVE_WRITES=1``, every operation and the stateful
phase) with zero failures, never print the credentials, and skip visibly without the variables.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from erp_mocks.engine import MockServer
from erp_mocks.wisedat.app import create_app

ROOT = Path(__file__).resolve().parents[2]
CREDENTIALS: dict[str, Any] = {
    "api_key": "live-check-key-41f",
    "user": "live-check",
    "password": "live-check-password-9c2",
}


def _run_live(env: dict[str, str], selection: str) -> subprocess.CompletedProcess[str]:
    command = [
        sys.executable,
        "-m",
        "pytest",
        "tests/live/test_live.py",
        "-k",
        selection,
        "-q",
        "-rs",
        "-p",
        "no:cacheprovider",
    ]
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("WISEDAT_LIVE_", "CONTRACT_LIVE_"))}
    return subprocess.run(  # noqa: S603 - fixed argv
        command, cwd=ROOT, env={**clean, **env}, capture_output=True, text=True, timeout=300, check=False
    )


@pytest.fixture(scope="module")
def sandbox_env() -> Iterator[dict[str, str]]:
    server = MockServer(create_app(**CREDENTIALS, key_bits=1024)).start()
    yield {
        "WISEDAT_LIVE_URL": server.url,
        "WISEDAT_LIVE_API_KEY": CREDENTIALS["api_key"],
        "WISEDAT_LIVE_USER": CREDENTIALS["user"],
        "WISEDAT_LIVE_PASSWORD": CREDENTIALS["password"],
        "CONTRACT_LIVE_DELAY": "0",
        "CONTRACT_LIVE_MAX_EXAMPLES": "3",
    }
    server.stop()


def _passed(output: str) -> int:
    found = re.search(r"(\d+) passed", output)
    return int(found.group(1)) if found else 0


def test_read_only_by_default(sandbox_env: dict[str, str]) -> None:
    result = _run_live(sandbox_env, "wisedat_live")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert _passed(output) == 20  # the GET operations of specs/wisedat.yaml
    assert "the stateful phase writes" in output  # skipped without CONTRACT_LIVE_WRITES
    assert CREDENTIALS["password"] not in output and CREDENTIALS["api_key"] not in output


def test_writes_and_stateful_only_when_asked(sandbox_env: dict[str, str]) -> None:
    result = _run_live({**sandbox_env, "CONTRACT_LIVE_WRITES": "1"}, "wisedat_live")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert _passed(output) == 55  # 54 operations + the stateful phase


def test_skipped_with_the_missing_variables_named() -> None:
    result = _run_live({}, "wisedat_live and not stateful")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert _passed(output) == 0
    assert "no wisedat sandbox: set WISEDAT_LIVE_URL, WISEDAT_LIVE_API_KEY" in output
