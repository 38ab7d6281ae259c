"""eGestor OAuth2 through the adapter against the mock: grants, rotation, token store, restarts, concurrency."""

from __future__ import annotations

import asyncio
import json
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from egestor_client import AuthenticatedClient
from egestor_client.api.contatos import get_contato, list_contatos
from egestor_client.models import ContatoDetail, ContatoList

from erp_adapters import egestor
from erp_adapters.egestor import StoredToken
from erp_adapters.egestor.values import as_int
from tests.egestor.conftest import CLIENT_ID, Mock, MockFactory


class FakeClock:
    """The client's clocks (monotonic and wall), moved by the test."""

    def __init__(self) -> None:
        self.now = 50_000.0
        self.wall = 1_700_000_000.0

    def monotonic(self) -> float:
        return self.now

    def time(self) -> float:
        return self.wall

    def advance(self, seconds: float) -> None:
        self.now += seconds
        self.wall += seconds


def _list(client: AuthenticatedClient) -> int:
    total = as_int(egestor.expect(ContatoList, list_contatos.sync_detailed, client=client).total)
    assert total is not None
    return total


@pytest.mark.exact_values
def test_code_flow_with_the_oob_redirect_and_every_rotation_stored(mock: Mock) -> None:
    stored: list[StoredToken] = []
    clock = FakeClock()
    client = mock.connect(token_store=stored.append, clock=clock.monotonic, wall_clock=clock.time)
    assert _list(client) == 3
    for _ in range(3):
        clock.advance(900 - 30)  # inside the 60 s margin: the client renews before the server would refuse
        mock.advance_clock(900 - 30)
        assert _list(client) == 3
    counters = mock.counters()
    assert (counters["grant_authorization_code"], counters["grant_refresh_token"]) == (1, 3)
    assert counters.get("refused_refresh_reuse", 0) == 0
    assert mock.stats()["by_status"].get("401", 0) == 0  # renewed ahead of expiry, never refused
    assert len(stored) == 4
    assert len({s["refresh_token"] for s in stored}) == 4  # a new refresh token every time
    assert stored[0]["personal_token"]  # the code grant also returns the personal token
    assert stored[-1]["expires_at"] == pytest.approx(clock.wall + 900)


def test_expired_on_the_server_renews_once_on_401_and_retries(mock: Mock) -> None:
    client = mock.connect()
    _list(client)
    mock.advance_clock(901)  # the client's own clock still thinks the token is fresh
    assert _list(client) == 3
    assert mock.count("grant_refresh_token") == 1
    assert mock.stats()["by_status"]["401"] == 1


def test_code_flow_with_a_registered_redirect_and_state(make_mock: MockFactory) -> None:
    redirect = "http://127.0.0.1:9/callback"
    mock = make_mock(redirect_uri=redirect)
    url, state = egestor.authorize_url(
        CLIENT_ID, redirect_uri=redirect, authorize_endpoint=f"{mock.url}/oauth/authorize"
    )
    answer = httpx.get(url, follow_redirects=False, timeout=10)
    assert answer.status_code == 302
    code = egestor.code_from_redirect(answer.headers["Location"], state)
    client = mock.connect(code=code, redirect_uri=redirect)
    assert _list(client) == 3
    with pytest.raises(ValueError, match="state"):
        egestor.code_from_redirect(answer.headers["Location"], "another-state")


@pytest.mark.exact_values
def test_an_authorization_code_works_once(mock: Mock) -> None:
    code = mock.authorization_code()
    assert _list(mock.connect(code=code)) == 3
    with pytest.raises(egestor.EgestorAuthenticationError) as refused:
        _list(mock.connect(code=code))
    assert refused.value.err_obs == "invalid_grant"
    assert "oauth2 token (authorization_code grant" in str(refused.value)
    assert mock.count("refused_code") == 1


def test_personal_token_renews_with_itself(mock: Mock) -> None:
    clock = FakeClock()
    client = mock.connect(
        personal_token=mock.personal_token(), client_id=None, client_secret=None, clock=clock.monotonic
    )
    assert _list(client) == 3
    clock.advance(900)
    assert _list(client) == 3
    counters = mock.counters()
    assert (counters["grant_personal"], counters.get("grant_refresh_token", 0)) == (2, 0)


def test_restart_from_the_persisted_refresh_token(mock: Mock, tmp_path: Path) -> None:
    saved = tmp_path / "egestor-token.json"

    def save(tokens: StoredToken) -> None:
        saved.write_text(json.dumps(tokens))

    first = mock.connect(token_store=save)
    _list(first)
    first.get_httpx_client().close()

    # The process restarts: only the file is left. The saved access token is still valid: reused as is.
    second = mock.connect(stored=json.loads(saved.read_text()), token_store=save)
    _list(second)
    assert mock.count("grant_refresh_token") == 0

    # Restart again after the access token expired: the saved refresh token is used (once) and rotated.
    mock.advance_clock(901)
    third = mock.connect(stored={"refresh_token": json.loads(saved.read_text())["refresh_token"]}, token_store=save)
    before = json.loads(saved.read_text())["refresh_token"]
    assert _list(third) == 3
    assert mock.count("grant_refresh_token") == 1
    assert json.loads(saved.read_text())["refresh_token"] != before
    assert mock.count("refused_refresh_reuse") == 0


@pytest.mark.exact_values
def test_a_spent_refresh_token_from_a_stale_store_is_refused_by_the_server(mock: Mock) -> None:
    stored: list[StoredToken] = []
    client = mock.connect(token_store=stored.append)
    _list(client)
    mock.advance_clock(901)
    _list(client)  # rotates: stored[0]'s refresh token is now spent
    stale = mock.connect(stored={"refresh_token": stored[0]["refresh_token"]})
    with pytest.raises(egestor.EgestorAuthenticationError) as refused:
        _list(stale)
    assert refused.value.status_code == 401 and refused.value.err_obs == "invalid_grant"
    with pytest.raises(egestor.EgestorAuthenticationError, match="authorize the app again"):
        _list(stale)  # the spent token is not sent a second time
    assert mock.count("refused_refresh_reuse") == 1


@pytest.mark.exact_values
def test_wrong_client_secret_is_an_authentication_error(mock: Mock) -> None:
    with pytest.raises(egestor.EgestorAuthenticationError) as refused:
        _list(mock.connect(client_secret="not-the-secret"))
    assert refused.value.err_obs == "invalid_client"
    assert "not-the-secret" not in f"{refused.value} {refused.value!r} {refused.value.body!r}"


def test_manual_approval_when_auto_approve_is_off(make_mock: MockFactory) -> None:
    mock = make_mock(auto_approve=False)
    url, _ = egestor.authorize_url(CLIENT_ID, authorize_endpoint=f"{mock.url}/oauth/authorize")
    page = httpx.get(url, timeout=10)
    assert page.status_code == 200 and '<code id="code">' not in page.text  # a login page, no code yet
    code = mock.http.post("/_mock/approve").json()["code"]
    assert _list(mock.connect(code=code)) == 3


# -- twenty requests at token expiry ---------------------------------------------------------------


@pytest.mark.parametrize("expiry", ["client clock", "server clock (401)"])
def test_twenty_threads_at_expiry_cause_exactly_one_refresh(mock: Mock, expiry: str) -> None:
    clock = FakeClock()
    stored: list[StoredToken] = []
    client = mock.connect(clock=clock.monotonic, wall_clock=clock.time, token_store=stored.append)
    _list(client)
    if expiry == "client clock":
        clock.advance(900)
    mock.advance_clock(901)
    barrier = threading.Barrier(20)

    def one(codigo: int) -> str:
        barrier.wait(timeout=10)
        contato = egestor.expect(ContatoDetail, get_contato.sync_detailed, client=client, codigo=1 + codigo % 3)
        return str(contato.nome)

    with ThreadPoolExecutor(20) as pool:
        names = list(pool.map(one, range(20)))
    assert len(names) == 20 and all(names)
    counters = mock.counters()
    assert counters["grant_refresh_token"] == 1
    assert counters.get("refused_refresh_reuse", 0) == 0
    assert len(stored) == 2


@pytest.mark.parametrize("expiry", ["client clock", "server clock (401)"])
def test_twenty_asyncio_tasks_at_expiry_cause_exactly_one_refresh(mock: Mock, expiry: str) -> None:
    clock = FakeClock()
    client = mock.connect(clock=clock.monotonic, wall_clock=clock.time)

    async def main() -> list[Any]:
        await egestor.acall(list_contatos.asyncio_detailed, client=client)
        if expiry == "client clock":
            clock.advance(900)
        mock.advance_clock(901)
        found: list[Any] = await asyncio.gather(
            *(egestor.acall(get_contato.asyncio_detailed, client=client, codigo=1 + n % 3) for n in range(20))
        )
        return found

    assert len(asyncio.run(main())) == 20
    counters = mock.counters()
    assert counters["grant_refresh_token"] == 1
    assert counters.get("refused_refresh_reuse", 0) == 0
