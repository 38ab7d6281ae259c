"""GKS4's OAuth2 client-credentials flow against the mock's token endpoint: caching, renewal, typed errors."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
from gks4_client import AuthenticatedClient
from gks4_client.api.customers import get_customer
from gks4_client.models import Customer

from erp_adapters import errors, gks4
from erp_adapters.auth import fetch_token
from erp_mocks.engine import MockServer
from erp_mocks.gks4.app import create_app
from tests.gks4.conftest import CREDENTIALS, Mock


def _get(client: AuthenticatedClient, number: str = "K100421") -> Customer:
    return gks4.expect(Customer, get_customer.sync_detailed, client=client, customer_number=number)


def test_token_request_is_the_documented_form_post(mock: Mock) -> None:
    sent: list[httpx.Request] = []
    client = gks4.connect(
        mock.url, token_url=mock.token_url, httpx_args={"event_hooks": {"request": [sent.append]}}, **CREDENTIALS
    )
    _get(client)
    token_request, api_request = sent
    assert (token_request.method, str(token_request.url)) == ("POST", mock.token_url)
    assert token_request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert parse_qs(token_request.content.decode()) == {
        "grant_type": ["client_credentials"],
        "client_id": [CREDENTIALS["client_id"]],
        "client_secret": [CREDENTIALS["client_secret"]],
    }
    assert api_request.headers["Authorization"].startswith("Bearer eyJ")


def test_one_token_serves_many_calls(client: AuthenticatedClient, mock: Mock) -> None:
    for _ in range(50):
        assert _get(client).number == "K100421"
    assert mock.auth() == {"issued": 1, "refused": 0, "rejected_bearer": 0}


@pytest.mark.exact_values
def test_threads_and_tasks_share_one_token(client: AuthenticatedClient, mock: Mock) -> None:
    with ThreadPoolExecutor(8) as pool:
        names = list(pool.map(lambda _: _get(client).name, range(24)))

    async def many() -> list[Customer]:
        calls = (
            gks4.aexpect(Customer, get_customer.asyncio_detailed, client=client, customer_number="K100422")
            for _ in range(24)
        )
        return await asyncio.gather(*calls)

    names += [customer.name for customer in asyncio.run(many())]
    assert set(names) == {"Fjordtrykk AS", "Tryckeriet i Norr AB"} and len(names) == 48
    assert mock.auth()["issued"] == 1


def test_token_is_renewed_shortly_before_expires_in() -> None:
    """With the adapter's clock inside the margin before ``expires_in``, it fetches a token without a 401."""
    now = [0.0]
    with MockServer(create_app(**CREDENTIALS, token_lifetime=600)) as server:
        mock = Mock(server)
        client = gks4.connect(
            server.url, token_url=mock.token_url, refresh_margin=60, clock=lambda: now[0], **CREDENTIALS
        )
        _get(client)
        now[0] += 539  # 61 s left: still fresh
        _get(client)
        assert mock.auth()["issued"] == 1
        now[0] += 2  # 59 s left: inside the margin
        _get(client)
        assert mock.auth() == {"issued": 2, "refused": 0, "rejected_bearer": 0}


@pytest.mark.parametrize(("control", "params"), [("advance-clock", {"seconds": 3601}), ("expire-tokens", {})])
def test_refused_token_is_recovered_with_one_renewal(
    client: AuthenticatedClient, mock: Mock, control: str, params: dict[str, int]
) -> None:
    _get(client)
    mock.control(control, **params)
    assert _get(client).number == "K100421"
    assert mock.auth() == {"issued": 2, "refused": 0, "rejected_bearer": 1}
    assert mock.count("get_customer") == 3  # first call, the refused attempt, the retry


def test_a_401_that_survives_the_renewal_is_an_authentication_error(client: AuthenticatedClient, mock: Mock) -> None:
    _get(client)
    for _ in range(2):
        mock.next_response("GET", "/api/v1/customers/K100421", 401, {"title": "Unauthorized", "status": 401})
    with pytest.raises(gks4.GKS4AuthenticationError) as err:
        _get(client)
    assert err.value.status_code == 401
    assert mock.auth()["issued"] == 2  # exactly one renewal, no loop


@pytest.mark.parametrize(
    "credentials",
    [
        {"client_id": CREDENTIALS["client_id"], "client_secret": "wrong-secret-value"},
        {"client_id": "unknown-client", "client_secret": CREDENTIALS["client_secret"]},
    ],
)
def test_wrong_credentials_raise_the_typed_authentication_error(mock: Mock, credentials: dict[str, Any]) -> None:
    client = gks4.connect(mock.url, token_url=mock.token_url, **credentials)
    with pytest.raises(gks4.GKS4AuthenticationError) as err:
        _get(client)
    assert isinstance(err.value, errors.AuthenticationError)
    assert err.value.status_code == 400
    assert "client_credentials grant, POST /connect/token" in str(err.value)
    assert "invalid_client" in str(err.value)
    assert credentials["client_secret"] not in f"{err.value} {err.value!r} {err.value.body!r}"
    assert mock.count("get_customer") == 0


def test_call_without_a_token_is_refused_by_the_mock(mock: Mock) -> None:
    response = mock.http.get("/api/v1/customers/K100421")
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_token_endpoint_refuses_other_grants_and_encodings(mock: Mock) -> None:
    form = {**CREDENTIALS, "grant_type": "password"}
    assert mock.http.post("/connect/token", data=form).json() == {"error": "unsupported_grant_type"}
    as_json = mock.http.post("/connect/token", json={**CREDENTIALS, "grant_type": "client_credentials"})
    assert (as_json.status_code, as_json.json()["error"]) == (400, "invalid_request")
    assert mock.auth()["refused"] == 2


def test_token_endpoint_accepts_http_basic_client_authentication(mock: Mock) -> None:
    basic = httpx.BasicAuth(CREDENTIALS["client_id"], CREDENTIALS["client_secret"])
    response = mock.http.post("/connect/token", data={"grant_type": "client_credentials"}, auth=basic)
    assert response.status_code == 200
    assert response.json()["token_type"] == "Bearer" and response.json()["expires_in"] == 3600


def test_fetch_token_gives_the_bearer_value(mock: Mock) -> None:
    provider = gks4.token_provider(token_url=mock.token_url, **CREDENTIALS)
    token = fetch_token(provider, mock.http)
    headers = {"Authorization": f"Bearer {token.access.reveal()}"}
    assert mock.http.get("/api/v1/customers/K100421", headers=headers).json()["number"] == "K100421"
