"""Run one scenario's client side in a forked worker process, bounded in time, and judge what it did.

The adapter under test runs in a child process forked from the test process (so it shares every
import and the server URLs), while the hostile server keeps running in the parent. The parent
waits at most the scenario's bound and then kills the child: an adapter that sleeps 100,000 s or
loops over four million rate-limit entries fails its scenario without leaving a thread behind.

Inside the child, logging is captured at DEBUG from the root logger (what ``caplog`` would see),
``tracemalloc`` measures the peak when the scenario asks for it, and every text a user could see —
``str``/``repr`` of the error and of each exception in its ``__cause__``/``__context__`` chain, the
full formatted traceback, every log line — is searched for :data:`~tests.hostile.vendors.SECRET_MARKER`.
Only a plain-data :class:`Outcome` travels back to the parent.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import multiprocessing
import time
import traceback
import tracemalloc
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from erp_adapters import errors
from tests.hostile.scenarios import Scenario
from tests.hostile.server import HostileServer
from tests.hostile.vendors import SECRET_MARKER, Vendor

KINDS: dict[str, type[errors.ERPError]] = {
    "transport": errors.TransportError,
    "parse": errors.ParseError,
    "rate_limit": errors.RateLimitError,
    "unexpected_status": errors.UnexpectedStatusError,
    "bad_request": errors.BadRequestError,
    "authentication": errors.AuthenticationError,
    "api": errors.APIError,
    "error": errors.ERPError,
}
"""Outcome names of the catalogue -> the error kind they stand for."""


@dataclass
class Outcome:
    """What the client side did, as plain data."""

    ended: bool = False
    """False when the worker was killed at the bound (it hung)."""
    result: str = "none"
    """``ok``, ``wrong-result``, ``erp-error``, ``bare-error``."""
    error_type: str = ""
    error_text: str = ""
    kinds: list[str] = field(default_factory=list)
    """Outcome names (keys of :data:`KINDS`) the raised error is an instance of."""
    vendor_root: bool = False
    """The error is an instance of the vendor's own root error (``WisedatError``, ...)."""
    seconds: float = 0.0
    peak_bytes: int | None = None
    leaks: list[str] = field(default_factory=list)
    """Where the secret marker showed up (``str(exc)``, ``traceback``, ``log``, ...)."""
    problems: list[str] = field(default_factory=list)
    """Scenario-specific failures found in the child (e.g. a lost refresh token)."""

    def describe(self) -> str:
        """One line for an assertion message."""
        text = self.error_text if len(self.error_text) < 300 else self.error_text[:300] + "…"
        return f"{self.result} {self.error_type} after {self.seconds:.2f}s: {text}"


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(self.format(record))
        except Exception as exc:  # a record that cannot be formatted is a finding too
            self.lines.append(f"unformattable log record {record.msg!r}: {exc!r}")


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    pending: list[BaseException] = [exc]
    while pending:
        current = pending.pop()
        if any(current is known for known in seen):
            continue
        seen.append(current)
        pending.extend(e for e in (current.__cause__, current.__context__) if e is not None)
    return seen


def _leaks(exc: BaseException | None, log_lines: list[str]) -> list[str]:
    places: dict[str, str] = {"log": "\n".join(log_lines)}
    if exc is not None:
        places["str(exc)"] = str(exc)
        places["repr(exc)"] = repr(exc)
        places["traceback"] = "".join(traceback.format_exception(exc))
        for index, link in enumerate(_chain(exc)[1:], start=1):
            places[f"chain[{index}] {type(link).__name__}"] = f"{link!s} {link!r} {link.args!r}"
    return [where for where, text in places.items() if SECRET_MARKER in text]


def _operate(
    vendor: Vendor, scenario: Scenario, options: dict[str, Any], server: HostileServer, state_dir: Path
) -> Any:
    client = vendor.connect(server, options, state_dir)
    if scenario.asynchronous:
        return asyncio.run(vendor.arun(client))
    return vendor.run(client)


def _child(
    conn: Connection,
    vendor: Vendor,
    scenario: Scenario,
    options: dict[str, Any],
    server: HostileServer,
    state_dir: Path,
) -> None:
    records = _Records()
    root = logging.getLogger()
    root.addHandler(records)
    root.setLevel(logging.DEBUG)
    outcome = Outcome(ended=True)
    if scenario.memory:
        tracemalloc.start()
    started = time.monotonic()
    error: BaseException | None = None
    try:
        result = _operate(vendor, scenario, options, server, state_dir)
        outcome.result = "ok" if vendor.result_ok(result) else "wrong-result"
        outcome.error_text = "" if outcome.result == "ok" else f"returned {result!r}"[:500]
    except BaseException as exc:
        error = exc
        outcome.result = "erp-error" if isinstance(exc, errors.ERPError) else "bare-error"
        outcome.error_type = f"{type(exc).__module__}.{type(exc).__qualname__}"
        outcome.error_text = str(exc)[:2000]
        outcome.kinds = [name for name, kind in KINDS.items() if isinstance(exc, kind)]
        root_error = getattr(vendor.module, vendor.root_error, None)
        outcome.vendor_root = isinstance(root_error, type) and isinstance(exc, root_error)
    outcome.seconds = time.monotonic() - started
    if scenario.memory:
        outcome.peak_bytes = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    outcome.leaks = _leaks(error, records.lines)
    if scenario.refresh_kept and vendor.rotating_refresh:
        stored = [entry.get("refresh_token") for entry in vendor.token_store]
        if vendor.rotated_refresh_token not in stored:
            outcome.problems.append("the rotated refresh token never reached the token store (lost)")
    conn.send(outcome)
    conn.close()


@dataclass
class Launched:
    """A worker started by :func:`start`; :func:`finish` collects its outcome."""

    worker: multiprocessing.process.BaseProcess
    receiver: Connection
    started: float
    bound: float


def start(vendor: Vendor, scenario: Scenario, server: HostileServer, state_dir: Path) -> Launched:
    """Fork a worker that runs ``scenario`` against ``server`` (call from the main thread)."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    options = scenario.connect_options()  # built here, so the child inherits its TLS context ready-made
    worker = context.Process(
        target=_child,
        args=(sender, vendor, scenario, options, server, state_dir),
        name=f"hostile-{scenario.name}",
        daemon=True,
    )
    gc.freeze()  # the child's garbage collector then leaves the inherited objects (and their pages) alone
    try:
        worker.start()
    finally:
        gc.unfreeze()
    sender.close()
    return Launched(worker, receiver, time.monotonic(), scenario.bound)


def finish(launched: Launched) -> Outcome:
    """Wait for the worker until its bound has passed since it started; kill it if it has not answered."""
    started = launched.started
    try:
        if launched.receiver.poll(max(0.0, started + launched.bound - time.monotonic())):
            outcome: Outcome = launched.receiver.recv()
        else:
            outcome = Outcome(ended=False, seconds=time.monotonic() - started, result="hung")
    except EOFError:
        outcome = Outcome(ended=True, result="worker-died", seconds=time.monotonic() - started)
    finally:
        launched.receiver.close()
        if launched.worker.is_alive():
            launched.worker.kill()
        launched.worker.join(5)
    return outcome


def run(vendor: Vendor, scenario: Scenario, server: HostileServer, state_dir: Path) -> Outcome:
    """Run ``scenario`` against ``server`` in a forked worker; kill it at the scenario's bound."""
    return finish(start(vendor, scenario, server, state_dir))
