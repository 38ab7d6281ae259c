"""Stoplight Prism as a second, independent server for each spec.

Prism (pinned in ``package-lock.json``) reads ``specs/<vendor>.yaml`` and answers every operation
from the spec alone: it validates the request (parameters, body, presence of credentials) and
returns the operation's first success response with a body generated from its schema (``--dynamic``
with a fixed ``--seed``, so optional fields and array items appear too); an invalid request gets the
spec's 400/401/422 response. With ``--errors`` a generated answer that breaks its own schema
becomes a 500, which ``not_a_server_error`` reports.
Our mocks are written from the vendor docs *and* the spec; Prism only from the spec. Fuzzing both,
and calling the generated clients against both, tells a spec mistake from a mock mistake.

Prism is stateless and checks credentials by presence only, so this module sends placeholder
credentials for whatever security the operation declares (:func:`presence_credentials`), and the
checks that need state or real auth, or that would test Prism rather than the spec, are left out
(:data:`EXCLUDED_CHECKS`).

Prism serves the spec's paths at its root: server URLs and their path prefixes (Gestix
``/api/{account}/v4.0.0``, eGestor ``/api/v1``) are not part of the routes, so clients and
schemathesis point at the bare Prism URL.
"""

from __future__ import annotations

import atexit
import ctypes
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from schemathesis import Case
from schemathesis.checks import CheckFunction, not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.processes import stop_group

ROOT = Path(__file__).resolve().parents[2]
PRISM = ROOT / "node_modules" / ".bin" / "prism"
HEADER_GUARD = Path(__file__).with_name("header_guard.cjs")
"""Keeps Prism alive when a violation message quotes non-ASCII input (see the file)."""
HOST = "127.0.0.1"
START_TIMEOUT = 60.0
"""Seconds Prism may take to load a spec and listen (it compiles every schema first)."""
TOKEN = "prism-presence-only"

CHECKS: list[CheckFunction] = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
"""Four of the mock fuzzing's five checks. Negative cases are still sent: Prism's answer to them
(the spec's 400/401/422 response) must be documented, of the documented type and schema."""

EXCLUDED_CHECKS: dict[str, str] = {
    "negative_data_rejection": (
        "Prism and schemathesis read the same constraints, so Prism accepting invalid data is a gap in "
        "Prism's validator, never a spec defect; Prism 5.16 reads an empty query value as absent, ignores "
        "undeclared query parameters and lets a `nullable` property take any type"
    ),
    "use_after_free": "Prism keeps no state, so a deleted record cannot be gone; the stateful phase is not run",
    "ensure_resource_availability": "Prism keeps no state: a created record cannot be read back",
    "ignored_auth": "Prism checks that a credential is present, not that it is valid",
}
"""Checks that run against the mocks but not against Prism, and why."""

unsent: Counter[str] = Counter()
"""Per vendor, generated cases not sent to Prism (see :func:`unparsable_json_body`)."""


def unparsable_json_body(case: Case[Any]) -> bool:
    """Whether ``case`` sends a JSON media type with a body that is not JSON at all.

    Prism 5.16 never answers such a request (the connection stays open until the client gives
    up), so these cases are not sent to it; the mocks get them (and answer 400).
    """
    if not isinstance(case.body, bytes) or "json" not in (case.media_type or ""):
        return False
    try:
        json.loads(case.body)
    except ValueError:
        return True
    return False


def available() -> bool:
    """Whether the pinned Prism CLI is installed (``npm ci`` in the repo root)."""
    return PRISM.exists()


class PrismServer:
    """``prism mock specs/<vendor>.yaml`` on ``127.0.0.1``, in its own process group."""

    def __init__(self, vendor: str) -> None:
        self.vendor = vendor
        self.port = _free_port()
        self.url = f"http://{HOST}:{self.port}"
        self._log = tempfile.NamedTemporaryFile(prefix=f"prism-{vendor}-", suffix=".log", delete=False)  # noqa: SIM115 - lives as long as the server
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> PrismServer:
        """Start Prism and wait (at most :data:`START_TIMEOUT` s) until it accepts connections."""
        spec = ROOT / "specs" / f"{self.vendor}.yaml"
        command = [
            str(PRISM),
            "mock",
            str(spec),
            "-h",
            HOST,
            "-p",
            str(self.port),
            "--errors",
            "--dynamic",
            "--seed",
            "1",
            "-v",
            "fatal",
        ]
        preload = f"--require {HEADER_GUARD}"
        env = {**os.environ, "NO_COLOR": "1", "NODE_OPTIONS": f"{os.environ.get('NODE_OPTIONS', '')} {preload}".strip()}
        self._process = subprocess.Popen(  # noqa: S603 - fixed argv, pinned local binary
            command,
            cwd=ROOT,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
            preexec_fn=_die_with_parent,  # only calls prctl before exec
        )
        deadline = time.monotonic() + START_TIMEOUT
        while not _accepts(self.port):
            if self._process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"Prism did not start for {self.vendor}:\n{self.log()}")
            time.sleep(0.1)
        return self

    def stop(self) -> None:
        """Stop Prism and everything it started (its process group), also when its leader already exited.

        SIGTERM to the group, SIGKILL to whatever is left after 10 s, and wait until the group is gone.
        """
        process, self._process = self._process, None
        if process is not None:
            stop_group(process)

    def log(self) -> str:
        """What Prism printed (warnings and errors only)."""
        return Path(self._log.name).read_text(errors="replace")[-4000:]


_servers: dict[str, PrismServer] = {}


def _interrupt(signum: int, _frame: object) -> None:
    raise KeyboardInterrupt  # pytest then ends the session as on Ctrl-C, and the atexit hooks run


def _exit_on_sigterm() -> None:
    """Make SIGTERM end this process like Ctrl-C, so the ``atexit`` hooks stopping Prism run."""
    if threading.current_thread() is threading.main_thread() and signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
        signal.signal(signal.SIGTERM, _interrupt)


def url(vendor: str) -> str:
    """URL of Prism serving ``vendor``'s spec, started on first use and stopped when the process exits.

    Stopped also on Ctrl-C (pytest unwinds, ``atexit`` runs) and on SIGTERM (see :func:`_exit_on_sigterm`);
    a SIGKILLed test process takes Prism with it through the parent-death signal.
    """
    if vendor not in _servers:
        _exit_on_sigterm()
        server = PrismServer(vendor).start()
        atexit.register(server.stop)
        _servers[vendor] = server
    return _servers[vendor].url


def presence_credentials(
    security_schemes: Mapping[str, Any], requirements: list[dict[str, list[str]]]
) -> tuple[dict[str, str], dict[str, str]]:
    """Placeholder headers and query parameters satisfying the first of ``requirements``.

    HTTP bearer, OAuth2 and OpenID schemes get ``Authorization: Bearer <token>``, HTTP basic a
    basic header, API keys the token in their header or query parameter.
    """
    headers: dict[str, str] = {}
    query: dict[str, str] = {}
    for name in (requirements or [{}])[0]:
        scheme = security_schemes[name]
        if scheme["type"] == "apiKey":
            (headers if scheme["in"] == "header" else query)[scheme["name"]] = TOKEN
        elif scheme["type"] == "http" and scheme.get("scheme", "").lower() == "basic":
            headers["Authorization"] = "Basic cHJpc206cHJpc20="
        else:
            headers["Authorization"] = f"Bearer {TOKEN}"
    return headers, query


def client_credentials(security_schemes: Mapping[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
    """What a generated ``AuthenticatedClient`` (which sends ``Authorization: Bearer``) must add for every scheme.

    API keys in other headers and in the query string, e.g. the Gestix ``nonce``.
    """
    headers: dict[str, str] = {}
    query: dict[str, str] = {}
    for scheme in security_schemes.values():
        if scheme["type"] == "apiKey" and scheme["name"].lower() != "authorization":
            (headers if scheme["in"] == "header" else query)[scheme["name"]] = TOKEN
    return headers, query


_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """In the child, before exec: on Linux, get SIGTERM when the test process dies, even if killed."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


def _accepts(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.settimeout(0.2)
        return probe.connect_ex((HOST, port)) == 0


def operations_of(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """``(method, path, operation)`` for every operation of a parsed spec."""
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method in {"get", "put", "post", "delete", "patch", "head", "options"}:
                yield method, path, operation
