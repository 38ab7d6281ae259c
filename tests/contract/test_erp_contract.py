"""``erp-contract`` in-process against the mocks: exit codes, credentials, token files, reports."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree as ET

import httpx
import pytest

from erp_contract import cli, credentials
from erp_mocks.engine import MockServer
from erp_mocks.registry import build

REDIRECT = "http://127.0.0.1:8765/callback"


@pytest.fixture
def environ(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    env: dict[str, str] = {}
    monkeypatch.setattr(credentials, "environment", lambda: env)
    monkeypatch.setattr(cli, "environment", lambda: env)
    return env


@pytest.fixture
def quickstart() -> Iterator[str]:
    with MockServer(build("quickstart")) as server:
        yield server.url


def _code(url: str) -> str:
    answer = httpx.get(
        f"{url}/oauth/authorize",
        params={"response_type": "code", "client_id": "demo-client", "redirect_uri": REDIRECT, "state": "s"},
    )
    return httpx.URL(answer.headers["location"]).params["code"]


def test_help_names_every_vendors_variables(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    for name in (
        "WISEDAT_API_KEY",
        "EGESTOR_PERSONAL_TOKEN",
        "GESTIX_API_TOKEN",
        "GKS4_CLIENT_SECRET",
        "QUICKSTART_TOKEN_FILE",
    ):
        assert name in out


def test_missing_credentials_exit_2_naming_them(environ: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    environ["GKS4_CLIENT_ID"] = "x"
    assert cli.main(["gks4", "--base-url", "http://127.0.0.1:9"]) == 2
    assert "GKS4_CLIENT_SECRET" in capsys.readouterr().err


def test_quickstart_resumes_from_a_token_file_and_rewrites_it(
    environ: dict[str, str], quickstart: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tokens = tmp_path / "tokens.json"
    environ.update(
        QUICKSTART_CLIENT_ID="demo-client", QUICKSTART_CLIENT_SECRET="demo-secret", QUICKSTART_TOKEN_FILE=str(tokens),
        QUICKSTART_CODE=_code(quickstart), QUICKSTART_REDIRECT_URI=REDIRECT,
    )  # fmt: skip
    assert cli.main(["quickstart", "--base-url", quickstart, "--max-examples", "2"]) == 0
    first = json.loads(tokens.read_text())
    del environ["QUICKSTART_CODE"]  # a later run resumes from the file alone: refresh, rotate, rewrite
    report = tmp_path / "junit.xml"
    assert cli.main(["quickstart", "--base-url", quickstart, "--max-examples", "2", "--junit-xml", str(report)]) == 0
    second = json.loads(tokens.read_text())
    assert second["refresh_token"] != first["refresh_token"]
    out = capsys.readouterr().out
    assert "CustomerPage" in out and first["refresh_token"] not in out and second["access_token"] not in out
    suite = ET.parse(report).getroot().find("testsuite")  # noqa: S314 - our own file
    assert suite is not None and suite.get("failures") == "0" and int(suite.get("tests", "0")) >= 7


def test_a_nonconforming_server_fails_the_run(
    environ: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    environ.update(GESTIX_ACCOUNT="03101176", GESTIX_API_TOKEN="demo-api-token")
    app = build("gestix")
    with MockServer(app) as server:
        # every GET /customers answers 500 from now on: the contract must fail, name it, and say so in the report
        for _ in range(50):
            httpx.post(f"{server.url}/_mock/next-response", json={"method": "GET", "path": "/customers", "status": 500})
        report = tmp_path / "junit.xml"
        code = cli.main(["gestix", "--base-url", server.url, "--max-examples", "2", "--junit-xml", str(report)])
    assert code == 1
    assert "FAILED GET /customers" in capsys.readouterr().out
    suite = ET.parse(report).getroot().find("testsuite")  # noqa: S314 - our own file
    assert suite is not None and int(suite.get("failures", "0")) >= 1
