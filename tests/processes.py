"""Child processes the tests start, each in its own process group, always stopped with that group.

A test that starts a server (``erp-mock``, Prism, a pytest subprocess) gets it through
:func:`started`: the process leads a new session, so stopping it (SIGTERM to the group, SIGKILL
after a grace period) also stops anything it started, on success, failure and Ctrl-C alike.
"""

from __future__ import annotations

import contextlib
import os
import queue
import re
import signal
import subprocess
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

GRACE = 10.0
"""Seconds a stopped group gets to exit after SIGTERM before SIGKILL."""


def group_alive(pgid: int) -> bool:
    """Whether any process of group ``pgid`` still exists (zombies of reaped children do not count)."""
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A member may be a zombie nobody reaped yet; /proc tells them apart where it exists.
    proc = Path("/proc")
    if not proc.is_dir():
        return True
    for stat in proc.glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) == pgid and fields[0] != "Z":
                return True
    return False


def stop_group(process: subprocess.Popen[Any], grace: float = GRACE) -> None:
    """SIGTERM to ``process``'s whole group, SIGKILL to what is left after ``grace`` seconds; reap it."""
    pgid = process.pid
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    while group_alive(pgid) and time.monotonic() < deadline:
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=0.1)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGKILL)
    process.wait(timeout=grace)


@contextlib.contextmanager
def started(
    argv: Sequence[str], *, cwd: Path, env: Mapping[str, str] | None = None, ready: str, timeout: float = 60.0
) -> Iterator[tuple[subprocess.Popen[str], list[str]]]:
    """Start ``argv`` in a new session, wait for a stdout line matching ``ready``; stop its group on exit.

    Yields the process and the stdout lines read up to and including the ready line.
    """
    process = subprocess.Popen(  # noqa: S603 - fixed argv
        list(argv), cwd=cwd, env=None if env is None else dict(env), stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True, start_new_session=True,
    )  # fmt: skip
    try:
        lines: queue.Queue[str | None] = queue.Queue()

        def _pump() -> None:
            assert process.stdout is not None
            for line in process.stdout:
                lines.put(line.rstrip("\n"))
            lines.put(None)

        threading.Thread(target=_pump, daemon=True).start()
        seen: list[str] = []
        deadline = time.monotonic() + timeout
        pattern = re.compile(ready)
        while not (seen and pattern.search(seen[-1])):
            try:
                line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise TimeoutError(f"{argv[0]} printed no line matching {ready!r} in {timeout} s: {seen}") from None
            if line is None:
                raise RuntimeError(f"{argv[0]} exited ({process.wait()}) before it was ready: {seen}")
            seen.append(line)
        yield process, seen
    finally:
        stop_group(process)


def _proc_stat(pid: str) -> tuple[int, str] | None:
    """``(parent pid, start time)`` of a live, non-zombie process from ``/proc``, else ``None``."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return None if fields[0] == "Z" else (int(fields[1]), fields[19])


def descendants(pid: int) -> set[tuple[int, str]]:
    """Every live descendant of ``pid`` as ``(pid, start time)`` (Linux ``/proc``; empty elsewhere)."""
    parents: dict[int, list[tuple[int, str]]] = {}
    for entry in Path("/proc").glob("[0-9]*"):
        stat = _proc_stat(entry.name)
        if stat is not None:
            parents.setdefault(stat[0], []).append((int(entry.name), stat[1]))
    found: set[tuple[int, str]] = set()
    todo = [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child[0])
    return found


def still_running(processes: set[tuple[int, str]]) -> set[tuple[int, str]]:
    """Those of ``processes`` that still exist (same pid *and* start time, so a reused pid does not count)."""
    return {(pid, start) for pid, start in processes if (stat := _proc_stat(str(pid))) and stat[1] == start}
