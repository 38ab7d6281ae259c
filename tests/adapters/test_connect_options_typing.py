"""Every vendor's ``connect(**options)`` is typed by ``ConnectOptions``: mypy rejects a wrong type or an unknown option.

One mypy run (``mypy.api.run``) checks a small snippet with good and bad calls for all five vendors;
each bad line must be reported, no good line may be.
"""

from __future__ import annotations

import re
import typing
from pathlib import Path

from mypy import api

from erp_adapters import egestor, gestix, gks4, quickstart, wisedat
from erp_adapters.options import ConnectOptions

CONNECTS = {
    "wisedat": 'wisedat.connect("https://erp.example/api", api_key="k", user="u", password="p"',
    "egestor": 'egestor.connect(personal_token="t"',
    "gestix": 'gestix.connect("03101176", api_token="t"',
    "gestix_user": 'gestix.connect_user("03101176", username="u", password="p"',
    "gks4": 'gks4.connect("https://gks4.example", client_id="c", client_secret="s"',
    "quickstart": 'quickstart.connect("https://qs.example", client_id="c", client_secret="s"',
}

GOOD = ', timeout=5.0, deadline=None, max_body_bytes=1024, max_retry_after=1.5, allow_insecure_http=False, verify="ca.pem", proxy="http://proxy:3128", httpx_args={"trust_env": False})'  # noqa: E501
BAD = {
    "deadline": ', deadline="soon")',
    "max_body_bytes": ", max_body_bytes=1.5)",
    "allow_insecure_http": ', allow_insecure_http="yes")',
    "verify": ", verify=3)",
    "proxy": ", proxy=8080)",
    "typo": ", dedline=5.0)",
}


def _snippet() -> tuple[str, dict[int, str], set[int]]:
    lines = ["from erp_adapters import egestor, gestix, gks4, quickstart, wisedat", ""]
    bad: dict[int, str] = {}
    good: set[int] = set()
    for vendor, call in CONNECTS.items():
        lines.append(call + GOOD)
        good.add(len(lines))
        for what, tail in BAD.items():
            lines.append(call + tail)
            bad[len(lines)] = f"{vendor}: {what}"
    return "\n".join(lines) + "\n", bad, good


def test_every_connect_option_is_named_and_typed() -> None:
    for module in (wisedat, egestor, gks4, quickstart):
        hints = typing.get_type_hints(module.connect, include_extras=True)
        assert hints["options"] == typing.Unpack[ConnectOptions]
    for function in (gestix.connect, gestix.connect_user):
        assert typing.get_type_hints(function, include_extras=True)["options"] == typing.Unpack[ConnectOptions]
    assert ConnectOptions.__optional_keys__ == {
        "timeout",
        "deadline",
        "max_body_bytes",
        "max_retry_after",
        "allow_insecure_http",
        "verify",
        "proxy",
        "httpx_args",
    }


def test_mypy_rejects_wrong_option_types(tmp_path: Path) -> None:
    source, bad, good = _snippet()
    snippet = tmp_path / "snippet.py"
    snippet.write_text(source)
    stdout, stderr, _status = api.run(
        [
            "--strict",
            "--no-error-summary",
            "--python-version",
            "3.11",
            "--cache-dir",
            str(tmp_path / "cache"),
            str(snippet),
        ]
    )
    reported = {int(m.group(1)) for m in re.finditer(rf"^{re.escape(str(snippet))}:(\d+): error", stdout, re.M)}
    assert not stderr, stderr
    missed = [what for line, what in bad.items() if line not in reported]
    assert not missed, f"mypy accepted: {missed}\n{stdout}"
    wrongly = sorted(reported & good)
    assert not wrongly, f"mypy refused good lines {wrongly}\n{stdout}"
