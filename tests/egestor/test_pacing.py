"""The client paces itself to eGestor's throttle over real HTTP; 429s are retried for GET, never for POST.

The mock's window is shortened (seconds instead of a minute) so a many-page sync crosses several
windows quickly; the assertions are about counts (429s, requests per window), never durations.
"""

from __future__ import annotations

import asyncio

import httpx
import pytest
from egestor_client.api.contatos import create_contato, get_contato, list_contatos
from egestor_client.models import ContatoCreate, ContatoDetail, ContatoList, ContatoTipo

from erp_adapters import egestor
from tests.egestor.conftest import MockFactory


def _burn_quota(url: str, personal_token: str, requests: int) -> None:
    """Another program on the same app + account uses up the quota."""
    token = httpx.post(
        f"{url}/oauth/access_token", json={"grant_type": "personal", "personal_token": personal_token}, timeout=10
    ).json()["access_token"]
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=10) as raw:
        for _ in range(requests):
            raw.get("/contatos/1")


@pytest.mark.parametrize(("limit", "window"), [(60, 1.0), (4, 0.5)])
def test_eleven_page_sync_draws_no_429(make_mock: MockFactory, limit: int, window: float) -> None:
    mock = make_mock(records={"contatos": 520}, rate_limit=limit, rate_window=window)
    client = mock.connect()
    contatos = list(egestor.paginate(list_contatos.sync_detailed, client=client))
    assert len(contatos) == 520
    assert len({c.codigo for c in contatos}) == 520
    counters = mock.counters()
    assert mock.stats()["by_operation"]["list_contatos"] == 11
    assert counters["rate_limited"] == 0
    if limit < 11:
        assert counters["rate_limit_peak"] == limit  # paced to the limit, not below it: every window used in full
    else:
        assert counters["rate_limit_peak"] <= limit


def test_async_sync_with_concurrent_pages_draws_no_429(make_mock: MockFactory) -> None:
    mock = make_mock(records={"contatos": 520}, rate_limit=5, rate_window=0.5)
    client = mock.connect()

    async def main() -> int:
        pages = await asyncio.gather(
            *(egestor.aexpect(ContatoList, list_contatos.asyncio_detailed, client=client, page=n) for n in range(1, 12))
        )
        return sum(len(page.data) for page in pages)

    assert asyncio.run(main()) == 520
    counters = mock.counters()
    assert (counters["rate_limited"], counters["rate_limit_peak"]) == (0, 5)


def test_post_is_not_resent_after_a_429_and_raises_the_typed_error(make_mock: MockFactory) -> None:
    mock = make_mock(rate_limit=5, rate_window=1.0)
    client = mock.connect()
    egestor.call(get_contato.sync_detailed, client=client, codigo=1)  # token + 1 request of this window
    _burn_quota(mock.url, mock.personal_token(), 10)
    body = ContatoCreate(nome="Não duplicar", tipo=[ContatoTipo.CLIENTE])
    with pytest.raises(egestor.EgestorRateLimitError) as limited:
        egestor.call(create_contato.sync_detailed, client=client, body=body)
    assert limited.value.status_code == 429
    assert "create_contato (POST /contatos)" in str(limited.value)
    counters = mock.counters()
    assert counters["rate_limited_by_method"]["POST"] == 1  # sent once, not retried
    assert mock.stats()["by_operation"].get("create_contato", 0) == 0  # nothing was created


def test_get_is_retried_after_a_429(make_mock: MockFactory) -> None:
    mock = make_mock(rate_limit=5, rate_window=1.0)
    client = mock.connect(personal_token=mock.personal_token(), client_id=None, client_secret=None)
    _burn_quota(mock.url, mock.personal_token(), 10)  # before this client sent anything: it cannot know
    contato = egestor.expect(ContatoDetail, get_contato.sync_detailed, client=client, codigo=1)
    assert contato.codigo == "1"
    refused = mock.counters()["rate_limited_by_method"]
    assert refused == {"GET": 5 + 1}  # the other program's 5 refusals, then ours once: retried, then answered
    assert mock.stats()["by_operation"]["get_contato"] == 5 + 1
