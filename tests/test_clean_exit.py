"""Nothing a test run starts outlives it: on success, on failure and on Ctrl-C.

A separate pytest process (in its own session, as a terminal would run it) starts Prism through
``tests.prism.prism`` and then passes, fails, or waits to be interrupted with SIGINT. While it
runs, every descendant process is recorded; once it has exited, none of them may still exist.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.prism import prism
from tests.processes import descendants, still_running, stop_group

ROOT = Path(__file__).resolve().parents[1]

pytestmark = [
    pytest.mark.prism,
    pytest.mark.skipif(not prism.available(), reason="Prism CLI not installed: run `npm ci` in the repo root"),
    pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to list a process's descendants"),
]

_TEST = """
import sys, time
import httpx
from tests.prism import prism

def test_with_prism():
    url = prism.url("gks4")
    assert httpx.get(url + "/api/v1/customers/K1", timeout=10).status_code in (200, 401)
    print("PRISM-UP", flush=True)
    outcome = {outcome!r}
    if outcome in ("interrupt", "terminate"):
        time.sleep(120)
    assert outcome == "pass", "fails on purpose"
"""


_SIGNALS = {"interrupt": signal.SIGINT, "terminate": signal.SIGTERM}
"""Ctrl-C in a terminal; a CI runner or timing tool stopping the run."""


@pytest.mark.parametrize("outcome", ["pass", "fail", "interrupt", "terminate"])
def test_no_process_outlives_a_test_run(outcome: str, tmp_path: Path) -> None:
    module = tmp_path / "test_child.py"
    module.write_text(textwrap.dedent(_TEST.format(outcome=outcome)))
    command = [sys.executable, "-m", "pytest", str(module), "-q", "-s", "-p", "no:cacheprovider", "-p", "no:randomly"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    log = tmp_path / "output.txt"
    with log.open("w") as out:
        child = subprocess.Popen(  # noqa: S603 - fixed argv
            command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    seen: set[tuple[int, str]] = set()
    try:
        deadline = time.monotonic() + 120
        interrupted = False
        while child.poll() is None and time.monotonic() < deadline:
            seen |= descendants(child.pid)
            if outcome in _SIGNALS and not interrupted and "PRISM-UP" in log.read_text():
                seen |= descendants(child.pid)
                os.killpg(child.pid, _SIGNALS[outcome])
                interrupted = True
            time.sleep(0.05)
        assert child.poll() is not None, f"the test run did not end: {log.read_text()}"
    finally:
        stop_group(child)
    text = log.read_text()
    assert "PRISM-UP" in text, text
    assert seen, "no child process was seen: the test checks nothing"
    assert not still_running(seen), f"left running after the run: {still_running(seen)}\n{text}"
    assert child.returncode == {"pass": 0, "fail": 1, "interrupt": 2, "terminate": 2}[outcome], text
