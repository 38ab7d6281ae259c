"""Fixtures for the ``erp`` command: an isolated environment, the CLI run in-process or as a process."""

from __future__ import annotations

import io
import os
import queue
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pytest

from erp_adapters.cli import main
from tests.processes import stop_group

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Result:
    """Exit code and captured output of one ``erp`` run."""

    code: int
    out: str
    err: str

    @property
    def text(self) -> str:
        return self.out + self.err


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, str]:
    """A clean environment: no ERP_* variable from outside, the config folder in ``tmp_path``."""
    for name in list(os.environ):
        if name.startswith("ERP_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return {k: v for k, v in os.environ.items() if not k.startswith("ERP_")} | {
        "XDG_CONFIG_HOME": str(tmp_path / "config")
    }


@pytest.fixture
def erp(env: dict[str, str], capsys: pytest.CaptureFixture[str]) -> ErpRunner:
    return ErpRunner(capsys)


class ErpRunner:
    """Runs ``main(argv)`` in this process and captures what it printed."""

    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self.capsys = capsys

    def __call__(self, *argv: str, stdin: str | None = None) -> Result:
        self.capsys.readouterr()
        saved = sys.stdin
        if stdin is not None:
            sys.stdin = io.StringIO(stdin)
        try:
            code = main(list(argv))
        finally:
            sys.stdin = saved
        captured = self.capsys.readouterr()
        return Result(code, captured.out, captured.err)


def free_port() -> int:
    """A loopback port that was free a moment ago (for a redirect URI registered before the receiver starts)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class Process:
    """An ``erp`` child process whose stderr and stdout lines are read as they come."""

    process: subprocess.Popen[str]
    lines: queue.Queue[tuple[str, str] | None] = field(default_factory=queue.Queue)
    seen: list[tuple[str, str]] = field(default_factory=list)

    def wait_for(self, prefix: str, timeout: float = 60.0) -> str:
        """The first output line (stripped) that starts with ``prefix``."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                item = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise TimeoutError(f"erp printed no line starting with {prefix!r}: {self.seen}") from None
            if item is None:
                raise RuntimeError(f"erp exited ({self.process.wait()}) first: {self.seen}")
            self.seen.append(item)
            if item[1].strip().startswith(prefix):
                return item[1].strip()

    def finish(self, timeout: float = 60.0) -> Result:
        """Wait for the exit (bounded) and return everything it printed."""
        code = self.process.wait(timeout=timeout)
        while (item := self.lines.get(timeout=10)) is not None:
            self.seen.append(item)
        out = "".join(line for stream, line in self.seen if stream == "out")
        err = "".join(line for stream, line in self.seen if stream == "err")
        return Result(code, out, err)


@pytest.fixture
def spawn() -> Iterator[Callable[..., Process]]:
    """Start ``python -m erp_adapters.cli ...`` (stopped with its process group after the test)."""
    started: list[subprocess.Popen[str]] = []

    def start(*argv: str, env: dict[str, str], stdin: bool = False) -> Process:
        process = subprocess.Popen(  # noqa: S603 - fixed argv
            [sys.executable, "-m", "erp_adapters.cli", *argv],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        started.append(process)
        child = Process(process)
        pumps = [_pump(process.stdout, "out", child.lines), _pump(process.stderr, "err", child.lines)]
        threading.Thread(target=_join_then_close, args=(pumps, child.lines), daemon=True).start()
        return child

    yield start
    for process in started:
        stop_group(process)


def _pump(stream: IO[str] | None, name: str, lines: queue.Queue[tuple[str, str] | None]) -> threading.Thread:
    def read() -> None:
        assert stream is not None
        for line in stream:
            lines.put((name, line))

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    return thread


def _join_then_close(pumps: list[threading.Thread], lines: queue.Queue[tuple[str, str] | None]) -> None:
    for pump in pumps:
        pump.join()
    lines.put(None)
