"""The generated resource client (`Egestor` / `AsyncEgestor`) against the mock."""

from __future__ import annotations

import asyncio

import pytest
from egestor_client.models import ContatoCreate, ContatoDetail, ContatoListItem, ContatoTipo, RecordSummary

from erp_adapters.egestor import AsyncEgestor, Egestor, EgestorGoneError, EgestorNotFoundError, EgestorValidationError
from tests.egestor.conftest import Mock, MockFactory
from tests.resource_checks import Recorder, assert_options_applied_once


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def big_mock(make_mock: MockFactory) -> Mock:
    """120 records of each kind: three pages of 50."""
    return make_mock(records=120)


def _client(mock: Mock, recorder: Recorder) -> Egestor:
    return Egestor(
        mock.url, personal_token=mock.personal_token(), rate_limit=1000, rate_window=1.0, httpx_args=recorder.hooks()
    )


def test_list_walks_pages_lazily_with_progress(big_mock: Mock, recorder: Recorder) -> None:
    client = _client(big_mock, recorder)
    seen: list[tuple[int, int, int | None]] = []
    contatos = client.contatos.list(on_page=lambda *args: seen.append(args))
    assert not [r for r in recorder.requests if r.url.path.endswith("/contatos")]  # nothing fetched yet
    iterator = iter(contatos)
    first = next(iterator)
    assert isinstance(first, ContatoListItem) and seen == [(1, 50, 3)]
    rest = list(iterator)
    assert len(rest) == 119 and seen == [(1, 50, 3), (2, 100, 3), (3, 120, 3)]
    pages = list(client.contatos.list().pages())
    assert [len(p) for p in pages] == [50, 50, 20]


@pytest.mark.exact_values
def test_create_retrieve_update_delete(mock: Mock, recorder: Recorder) -> None:
    client = _client(mock, recorder)
    created = client.contatos.create(ContatoCreate(nome="Kaya Labadie", tipo=[ContatoTipo.CLIENTE]))
    assert isinstance(created, RecordSummary)
    detail = client.contatos.retrieve(created.codigo)
    assert isinstance(detail, ContatoDetail) and detail.nome == "Kaya Labadie"
    assert [c.nome for c in client.contatos.list(filtro="kaya labadie")] == ["Kaya Labadie"]
    client.contatos.delete(created.codigo)
    with pytest.raises(EgestorGoneError):
        client.contatos.retrieve(created.codigo)
    with pytest.raises(EgestorNotFoundError):
        client.contatos.retrieve(99_999)
    with pytest.raises(EgestorValidationError):
        client.contatos.create(ContatoCreate(nome="", tipo=[ContatoTipo.CLIENTE]))


def test_raw_response_and_per_call_options(mock: Mock, recorder: Recorder) -> None:
    client = _client(mock, recorder)
    codigo = next(iter(client.contatos.list())).codigo
    raw = client.contatos.with_raw_response.retrieve(int(codigo))
    assert raw.status_code == 200 and "x-ratelimit-limit" in {k.lower() for k in raw.headers}
    assert isinstance(raw.parsed, ContatoDetail)
    client.contatos.retrieve(int(codigo), timeout=7.5, extra_headers={"X-Trace": "abc"})
    client.contatos.retrieve(int(codigo))
    assert_options_applied_once(recorder, f"/contatos/{codigo}", client.client.get_httpx_client())


def test_async_client(big_mock: Mock, recorder: Recorder) -> None:
    token = big_mock.personal_token()

    async def run() -> tuple[int, list[int]]:
        async with AsyncEgestor(
            big_mock.url, personal_token=token, rate_limit=1000, rate_window=1.0, httpx_args=recorder.hooks()
        ) as client:
            count = len([c async for c in client.produtos.list()])
            sizes = [len(p) async for p in client.produtos.list().pages()]
            return count, sizes

    assert asyncio.run(run()) == (120, [50, 50, 20])
