"""Run a vendor mock in its own process for benchmarks (so client and server do not share a GIL)."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from erp_mocks.registry import demo_options


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


_SERVE = """
import json, sys
from erp_mocks.engine.serve import serve_forever
from erp_mocks.registry import app_factory
serve_forever(app_factory(sys.argv[1])(**json.loads(sys.argv[2])), int(sys.argv[3]))
"""


@contextmanager
def mock_process(vendor: str, options: dict[str, Any] | None = None) -> Iterator[str]:
    """Start ``vendor``'s mock in its own process on a free loopback port; yield its URL; stop it.

    The mock gets its demo options (those ``python -m erp_mocks`` uses), or ``options``.
    """
    port = _free_port()
    config = json.dumps(demo_options(vendor) if options is None else options)
    proc = subprocess.Popen(
        [sys.executable, "-c", _SERVE, vendor, config, str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(f"{url}/_mock/stats", timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError(f"{vendor} mock did not start") from None
                time.sleep(0.05)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)
