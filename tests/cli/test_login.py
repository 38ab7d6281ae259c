"""``erp login`` end to end: the real code flow against the eGestor and Quickstart mocks.

The CLI runs as a child process; the test plays the browser: it reads the authorize URL the CLI
prints, follows the mock's redirect to the CLI's loopback receiver, and then checks the 0600 token
file by connecting with ``connect(stored=...)``.
"""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from egestor_client.api.contatos import list_contatos
from egestor_client.models import ContatoList

from erp_adapters import egestor, quickstart, token_file
from erp_mocks.egestor.app import create_app as egestor_app
from erp_mocks.engine import MockServer
from erp_mocks.quickstart.app import create_app as quickstart_app
from tests.cli.conftest import Process, free_port
from tests.egestor.conftest import DEFAULTS as EGESTOR
from tests.quickstart.conftest import APP as QUICKSTART

Spawn = Any


@pytest.fixture
def port() -> int:
    return free_port()


@pytest.fixture
def egestor_mock(port: int) -> Iterator[MockServer]:
    with MockServer(egestor_app(**EGESTOR, redirect_uri=f"http://127.0.0.1:{port}/callback")) as server:
        yield server


@pytest.fixture
def quickstart_mock(port: int) -> Iterator[MockServer]:
    with MockServer(quickstart_app(redirect_uri=f"http://127.0.0.1:{port}/callback", **QUICKSTART)) as server:
        yield server


def _egestor_env(env: dict[str, str], server: MockServer, port: int) -> dict[str, str]:
    return env | {
        "ERP_EGESTOR_BASE_URL": server.url,
        "ERP_EGESTOR_AUTHORIZE_URL": f"{server.url}/oauth/authorize",
        "ERP_EGESTOR_CLIENT_ID": EGESTOR["client_id"],
        "ERP_EGESTOR_CLIENT_SECRET": EGESTOR["client_secret"],
        "ERP_EGESTOR_REDIRECT_URI": f"http://127.0.0.1:{port}/callback",
    }


def _quickstart_env(env: dict[str, str], server: MockServer, port: int) -> dict[str, str]:
    return env | {
        "ERP_QUICKSTART_BASE_URL": server.url,
        "ERP_QUICKSTART_CLIENT_ID": QUICKSTART["client_id"],
        "ERP_QUICKSTART_CLIENT_SECRET": QUICKSTART["client_secret"],
        "ERP_QUICKSTART_REDIRECT_URI": f"http://127.0.0.1:{port}/callback",
    }


def _browse(child: Process) -> httpx.Response:
    """Act as the browser: open the printed authorize URL and follow the redirect to the receiver."""
    url = child.wait_for("http://")
    page = httpx.get(url, follow_redirects=True, timeout=30)
    assert page.status_code == 200 and "Authorization received" in page.text
    assert [r.status_code for r in page.history] == [302]
    return page


def _assert_private(path: Path) -> dict[str, Any]:
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    stored = token_file.load(path)
    assert stored["access_token"] and stored["refresh_token"] and stored["expires_at"]
    return stored


def _assert_no_secret(text: str, stored: dict[str, Any], *secrets: str) -> None:
    for value in (stored["access_token"], stored["refresh_token"], *secrets):
        assert value not in text


def test_egestor_login_on_loopback_saves_a_token_file_connect_reads(
    spawn: Spawn, env: dict[str, str], egestor_mock: MockServer, port: int, tmp_path: Path
) -> None:
    path = tmp_path / "tokens" / "egestor.json"
    child = spawn(
        "login", "egestor", "--token-file", str(path), "--timeout", "60", env=_egestor_env(env, egestor_mock, port)
    )
    _browse(child)
    result = child.finish()

    assert result.code == 0, result.text
    assert str(path) in result.out
    stored = _assert_private(path)
    _assert_no_secret(result.text, stored, EGESTOR["client_secret"])
    client = egestor.connect(
        egestor_mock.url, client_id=EGESTOR["client_id"], client_secret=EGESTOR["client_secret"], stored=stored
    )
    with client:
        page = egestor.expect(ContatoList, list_contatos.sync_detailed, client=client)
    assert len(page.data) == EGESTOR["records"]


def test_quickstart_login_on_loopback_saves_a_token_file_connect_reads(
    spawn: Spawn, env: dict[str, str], quickstart_mock: MockServer, port: int, tmp_path: Path
) -> None:
    path = tmp_path / "quickstart.json"
    child = spawn("login", "quickstart", "--token-file", str(path), env=_quickstart_env(env, quickstart_mock, port))
    _browse(child)
    result = child.finish()

    assert result.code == 0, result.text
    stored = _assert_private(path)
    _assert_no_secret(result.text, stored, QUICKSTART["client_secret"])
    with quickstart.Quickstart(quickstart_mock.url, **QUICKSTART, stored=stored) as client:  # the resource client
        customers = list(client.customers.list())
    assert customers


def test_quickstart_login_with_the_redirect_pasted(
    spawn: Spawn, env: dict[str, str], quickstart_mock: MockServer, port: int, tmp_path: Path
) -> None:
    path = tmp_path / "pasted.json"
    child = spawn(
        "login",
        "quickstart",
        "--paste",
        "--token-file",
        str(path),
        env=_quickstart_env(env, quickstart_mock, port),
        stdin=True,
    )
    answer = httpx.get(child.wait_for("http://"), timeout=30)  # the browser lands on a page that does not load
    assert answer.status_code == 302
    assert child.process.stdin is not None
    child.process.stdin.write(answer.headers["location"] + "\n")
    child.process.stdin.close()
    result = child.finish()

    assert result.code == 0, result.text
    _assert_no_secret(result.text, _assert_private(path), QUICKSTART["client_secret"])


def test_egestor_login_with_the_out_of_band_code_pasted(
    spawn: Spawn, env: dict[str, str], egestor_mock: MockServer, port: int, tmp_path: Path
) -> None:
    path = tmp_path / "oob.json"
    variables = _egestor_env(env, egestor_mock, port)
    del variables["ERP_EGESTOR_REDIRECT_URI"]  # no redirect: eGestor shows the code on its page
    child = spawn("login", "egestor", "--paste", "--token-file", str(path), env=variables, stdin=True)
    url = child.wait_for("http://")
    assert "redirect_uri=urn" in url
    code = egestor.code_from_oob_page(httpx.get(url, timeout=30).text).reveal()
    assert child.process.stdin is not None
    child.process.stdin.write(code + "\n")
    child.process.stdin.close()
    result = child.finish()

    assert result.code == 0, result.text
    stored = _assert_private(path)
    _assert_no_secret(result.text, stored, EGESTOR["client_secret"], code)


def test_a_callback_with_another_state_is_refused_and_nothing_is_saved(
    spawn: Spawn, env: dict[str, str], quickstart_mock: MockServer, port: int, tmp_path: Path
) -> None:
    path = tmp_path / "forged.json"
    child = spawn("login", "quickstart", "--token-file", str(path), env=_quickstart_env(env, quickstart_mock, port))
    child.wait_for("http://")
    forged = httpx.get(f"http://127.0.0.1:{port}/callback?code=stolen-code-123&state=not-the-one", timeout=30)
    assert forged.status_code == 200
    result = child.finish()

    assert result.code == 1
    assert "state" in result.err
    assert not path.exists()


def test_login_gives_up_after_its_timeout(
    spawn: Spawn, env: dict[str, str], quickstart_mock: MockServer, port: int, tmp_path: Path
) -> None:
    path = tmp_path / "late.json"
    child = spawn(
        "login",
        "quickstart",
        "--timeout",
        "1",
        "--token-file",
        str(path),
        env=_quickstart_env(env, quickstart_mock, port),
    )
    result = child.finish()

    assert result.code == 1
    assert "no redirect" in result.err
    assert not path.exists()


def test_a_refused_code_is_a_typed_error_without_secrets(
    spawn: Spawn, env: dict[str, str], quickstart_mock: MockServer, port: int, tmp_path: Path
) -> None:
    path = tmp_path / "refused.json"
    variables = _quickstart_env(env, quickstart_mock, port) | {"ERP_QUICKSTART_CLIENT_SECRET": "wrong-secret-value-9"}
    child = spawn("login", "quickstart", "--token-file", str(path), env=variables)
    _browse(child)
    result = child.finish()

    assert result.code == 1
    assert "QuickstartAuthenticationError" in result.err
    assert "wrong-secret-value-9" not in result.text
    assert not path.exists()
