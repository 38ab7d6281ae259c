"""connect(): argument checks, the default timeout, the token URL, and the paced transport it installs."""

from __future__ import annotations

import httpx
import pytest
from egestor_client import AuthenticatedClient, Client
from egestor_client.api.contatos import list_contatos
from egestor_client.models import ContatoList

from erp_adapters import egestor
from erp_adapters.egestor.auth import token_url_for
from erp_adapters.pacing import PacedTransport


def test_default_timeout_is_set() -> None:
    assert Client("http://127.0.0.1:9").get_httpx_client().timeout == httpx.Timeout(None)  # the generator's default
    client = egestor.connect("http://127.0.0.1:9", personal_token="jwt")
    assert isinstance(client, AuthenticatedClient)
    timeout = client.get_httpx_client().timeout
    assert (timeout.read, timeout.connect) == (30.0, 10.0)
    assert egestor.connect(
        "http://127.0.0.1:9", personal_token="jwt", timeout=2.5
    ).get_httpx_client().timeout == httpx.Timeout(2.5)


def test_token_url_sits_beside_the_versioned_api() -> None:
    assert token_url_for(egestor.API_URL) == "https://api.egestor.com.br/api/oauth/access_token"
    assert token_url_for("http://127.0.0.1:8000/") == "http://127.0.0.1:8000/oauth/access_token"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "give code"),
        ({"code": "c"}, "client_id and client_secret"),
        ({"code": "c", "client_id": "a", "client_secret": "s", "personal_token": "p"}, "do not combine"),
        ({"stored": {"refresh_token": "r"}}, "client_id and client_secret"),
    ],
)
def test_argument_checks(kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        egestor.connect("http://127.0.0.1:9", **kwargs)  # type: ignore[arg-type]


def test_a_given_transport_is_wrapped_by_the_pacing_transport() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(f"{request.method} {request.url.path}")
        if request.url.path == "/oauth/access_token":
            return httpx.Response(200, json={"access_token": "a", "token_type": "Bearer", "expires_in": 900})
        page: dict[str, object] = {"total": 0, "per_page": 50, "current_page": 1, "last_page": 1, "next_page_url": None,
                "prev_page_url": None, "from": None, "to": None, "data": []}  # fmt: skip
        return httpx.Response(200, json=page, headers={"X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "58"})

    client = egestor.connect(
        "https://egestor.test", personal_token="jwt", httpx_args={"transport": httpx.MockTransport(handler)}
    )
    assert isinstance(client.get_httpx_client()._transport, PacedTransport)
    assert egestor.expect(ContatoList, list_contatos.sync_detailed, client=client).total == 0
    assert seen == ["POST /oauth/access_token", "GET /contatos"]
