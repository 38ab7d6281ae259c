"""The suite's own machinery can fail: a hang is killed and reported, a leaked secret is found."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

from erp_adapters.gks4 import GKS4ParseError
from tests.hostile import runner
from tests.hostile.scenarios import Scenario
from tests.hostile.server import HostileServer, json_answer
from tests.hostile.vendors import GKS4, SECRET_MARKER


class _Scripted(GKS4):
    """GKS4's identity, with a scripted client side instead of the adapter."""

    def __init__(self, action: str) -> None:
        super().__init__()
        self.action = action

    def connect(self, server: HostileServer, options: dict[str, Any], state_dir: Path) -> Any:
        return None

    def run(self, client: Any) -> Any:
        secret = f"{SECRET_MARKER}-unit"
        if self.action == "hang":
            time.sleep(60)
        if self.action == "log":
            logging.getLogger("erp_adapters.unit").debug("token %s", secret)
            return None
        if self.action == "chain":
            try:
                raise ValueError(f"inner {secret}")
            except ValueError as exc:
                raise GKS4ParseError("op", 200, b"", "clean message") from exc
        raise KeyError("bare")


def _scenario(**changes: Any) -> Scenario:
    return Scenario("unit", "op", lambda v, o: json_answer(200, {}), ("parse",), "unit", **changes)


def test_a_hang_is_killed_at_the_bound(tmp_path: Path) -> None:
    with HostileServer() as server:
        started = time.monotonic()
        outcome = runner.run(_Scripted("hang"), _scenario(slow=True, slack=0.5), server, tmp_path)
    assert not outcome.ended
    assert time.monotonic() - started < 10


def test_a_secret_in_the_cause_chain_or_a_log_line_is_found(tmp_path: Path) -> None:
    with HostileServer() as server:
        chained = runner.run(_Scripted("chain"), _scenario(), server, tmp_path)
        logged = runner.run(_Scripted("log"), _scenario(), server, tmp_path)
        bare = runner.run(_Scripted("bare"), _scenario(), server, tmp_path)
    assert chained.result == "erp-error" and chained.kinds == ["parse", "error"] and chained.vendor_root
    assert "traceback" in chained.leaks and "str(exc)" not in chained.leaks
    assert any(where.startswith("chain[1] ValueError") for where in chained.leaks)
    assert logged.leaks == ["log"]
    assert bare.result == "bare-error" and bare.error_type == "builtins.KeyError"
