"""Quickstart's OAuth2 authorization-code flow with refresh against the mock's authorization server."""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from quickstart_client import AuthenticatedClient
from quickstart_client.api.customers import get_customer
from quickstart_client.models import Customer

from erp_adapters import errors, quickstart
from erp_mocks.engine import MockServer
from erp_mocks.quickstart.app import create_app
from tests.quickstart.conftest import APP, REDIRECT_URI, Mock


def _get(client: AuthenticatedClient, id_: int = 1) -> Customer:
    return quickstart.expect(Customer, get_customer.sync_detailed, client=client, id=id_)


# -- redirect URL safety and the authorize URL ---------------------------------------------------


@pytest.mark.parametrize(
    "uri",
    [
        "https://app.example/oauth/callback",
        "https://app.example:8443/cb?tenant=7",
        "http://127.0.0.1:8765/callback",
        "http://localhost/cb",
        "http://[::1]:9000/cb",
        "http://127.5.0.1/cb",
    ],
)
def test_safe_redirect_urls_are_accepted(uri: str) -> None:
    assert quickstart.safe_redirect_uri(uri) == uri


@pytest.mark.parametrize(
    "uri",
    [
        "http://app.example/cb",
        "http://192.168.1.10/cb",
        "ftp://app.example/cb",
        "com.example.app:/cb",
        "/callback",
        "https://app.example/cb#done",
        "https://user:pw@app.example/cb",
        "https:///cb",
        "http://localhost.evil.example/cb",
    ],
)
def test_unsafe_redirect_urls_are_refused(uri: str) -> None:
    with pytest.raises(quickstart.UnsafeRedirectURIError):
        quickstart.safe_redirect_uri(uri)
    with pytest.raises(ValueError, match="redirect URL"):  # also a ValueError
        quickstart.authorization_url("https://api.example", client_id="c", redirect_uri=uri)


def test_connect_refuses_an_unsafe_redirect_url_before_any_request() -> None:
    with pytest.raises(quickstart.UnsafeRedirectURIError):
        quickstart.connect("https://api.example", code="abc", redirect_uri="http://app.example/cb", **APP)


def test_authorize_url_carries_the_flow_parameters_and_a_fresh_state() -> None:
    url, state = quickstart.authorization_url("https://api.example", client_id="c", redirect_uri=REDIRECT_URI)
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "api.example", "/oauth/authorize")
    query = parse_qs(parts.query)
    assert query == {"response_type": ["code"], "client_id": ["c"], "redirect_uri": [REDIRECT_URI], "state": [state]}
    assert len(state) >= 20
    assert quickstart.authorization_url("https://api.example", client_id="c", redirect_uri=REDIRECT_URI)[1] != state
    fixed = quickstart.authorization_url("https://x.example", client_id="c", redirect_uri=REDIRECT_URI, state="s1")
    assert fixed[1] == "s1" and "state=s1" in fixed[0]


def test_callback_with_another_state_is_refused(mock: Mock) -> None:
    url, _state = quickstart.authorization_url(mock.url, client_id=APP["client_id"], redirect_uri=REDIRECT_URI)
    location = mock.http.get(url).headers["location"]
    with pytest.raises(quickstart.QuickstartAuthorizationError) as err:
        quickstart.code_from_callback(location, expected_state="forged")
    assert err.value.error == "state_mismatch"
    assert "code=" in location and parse_qs(urlsplit(location).query)["code"][0] not in str(err.value)


def test_declined_authorization_is_a_typed_error(mock: Mock) -> None:
    with pytest.raises(quickstart.QuickstartAuthorizationError) as err:
        mock.authorize(deny="1")
    assert err.value.error == "access_denied"


def test_authorize_refuses_an_unregistered_redirect_url_without_redirecting(mock: Mock) -> None:
    url, _ = quickstart.authorization_url(mock.url, client_id=APP["client_id"], redirect_uri="https://other.example/cb")
    response = mock.http.get(url)
    assert response.status_code == 400 and "location" not in response.headers


# -- code exchange, refresh, expiry --------------------------------------------------------------


def test_code_is_exchanged_once_with_the_documented_form(mock: Mock) -> None:
    sent: list[httpx.Request] = []
    code = mock.authorize()
    client = quickstart.connect(
        mock.url, code=code, redirect_uri=REDIRECT_URI, httpx_args={"event_hooks": {"request": [sent.append]}}, **APP
    )
    for _ in range(5):
        _get(client)
    token_request = sent[0]
    assert (token_request.method, token_request.url.path) == ("POST", "/oauth/token")
    assert parse_qs(token_request.content.decode()) == {
        "grant_type": ["authorization_code"],
        "code": [code.reveal()],
        "redirect_uri": [REDIRECT_URI],
        "client_id": [APP["client_id"]],
        "client_secret": [APP["client_secret"]],
    }
    assert len(sent) == 6
    assert mock.auth()["grants"] == ["authorization_code"]


@pytest.mark.parametrize(("control", "params"), [("advance-clock", {"seconds": 3601}), ("expire-tokens", {})])
def test_refused_access_token_is_refreshed_once(
    client: AuthenticatedClient, mock: Mock, control: str, params: dict[str, int]
) -> None:
    _get(client)
    mock.control(control, **params)
    assert _get(client, 2).id == 2
    auth = mock.auth()
    assert auth["grants"] == ["authorization_code", "refresh_token"]
    assert auth["rejected_bearer"] == 1
    assert mock.stats()["by_operation"]["get_customer"] == 3  # first call, the refused attempt, the retry


def test_access_token_is_refreshed_shortly_before_expires_in() -> None:
    now = [0.0]
    with MockServer(create_app(redirect_uri=REDIRECT_URI, token_lifetime=300, **APP)) as server:
        mock = Mock(server)
        client = mock.connect(refresh_margin=60, clock=lambda: now[0])
        _get(client)
        now[0] += 239  # 61 s left
        _get(client)
        now[0] += 2  # 59 s left: refresh first
        _get(client)
        assert mock.auth()["grants"] == ["authorization_code", "refresh_token"]
        assert mock.auth()["rejected_bearer"] == 0


def test_refresh_tokens_rotate_and_each_set_reaches_the_token_store(mock: Mock) -> None:
    saved: list[dict[str, Any]] = []
    client = mock.connect(token_store=saved.append)
    _get(client)
    for _ in range(2):
        mock.control("expire-tokens")
        _get(client)
    refresh_tokens = [s["refresh_token"] for s in saved]
    assert len(refresh_tokens) == 3 and len(set(refresh_tokens)) == 3
    assert all(s["expires_at"] is not None and s["token_type"] == "Bearer" for s in saved)
    form = {"grant_type": "refresh_token", "refresh_token": refresh_tokens[0], **APP}
    reused = mock.http.post("/oauth/token", data=form)  # a superseded refresh token is dead
    assert (reused.status_code, reused.json()["error"]) == (400, "invalid_grant")


def test_client_resumes_from_a_stored_token_set(mock: Mock) -> None:
    saved: list[dict[str, Any]] = []
    _get(mock.connect(token_store=saved.append))
    resumed = quickstart.connect(mock.url, stored=saved[-1], token_store=saved.append, **APP)
    assert _get(resumed, 3).id == 3
    assert mock.auth()["grants"] == ["authorization_code"]  # the stored access token was still good
    expired = {**saved[-1], "expires_at": 0}  # saved long ago: the refresh token takes over
    assert _get(quickstart.connect(mock.url, stored=expired, **APP), 4).id == 4
    assert mock.auth()["grants"] == ["authorization_code", "refresh_token"]


def test_connect_needs_exactly_one_of_code_and_stored() -> None:
    with pytest.raises(ValueError, match="exactly one"):
        quickstart.connect("https://api.example", **APP)
    with pytest.raises(ValueError, match="exactly one"):
        quickstart.connect("https://api.example", code="c", redirect_uri=REDIRECT_URI, stored={}, **APP)
    with pytest.raises(ValueError, match="redirect_uri"):
        quickstart.connect("https://api.example", code="c", **APP)


def test_reused_code_is_refused_and_revokes_what_it_issued(mock: Mock) -> None:
    code = mock.authorize()
    first = quickstart.connect(mock.url, code=code, redirect_uri=REDIRECT_URI, **APP)
    _get(first)
    second = quickstart.connect(mock.url, code=code, redirect_uri=REDIRECT_URI, **APP)
    with pytest.raises(quickstart.QuickstartAuthenticationError) as err:
        _get(second)
    assert "authorization_code grant" in str(err.value) and "already used" in str(err.value)
    with pytest.raises(quickstart.QuickstartAuthenticationError) as revoked:  # 401, then the refresh is refused too
        _get(first)
    assert "refresh_token grant" in str(revoked.value)


def test_wrong_client_secret_is_a_typed_authentication_error(mock: Mock) -> None:
    client = quickstart.connect(
        mock.url, code=mock.authorize(), redirect_uri=REDIRECT_URI, client_id=APP["client_id"], client_secret="nope-42"
    )
    with pytest.raises(quickstart.QuickstartAuthenticationError) as err:
        _get(client)
    assert isinstance(err.value, errors.AuthenticationError)
    assert err.value.status_code == 401 and "invalid_client" in err.value.detail
    assert "nope-42" not in f"{err.value} {err.value!r} {err.value.body!r}"
    assert mock.stats()["by_operation"].get("get_customer", 0) == 0


def test_threads_and_tasks_share_one_code_exchange(client: AuthenticatedClient, mock: Mock) -> None:
    with ThreadPoolExecutor(8) as pool:
        ids = list(pool.map(lambda i: _get(client, 1 + i % 5).id, range(20)))

    async def many() -> list[Customer]:
        calls = (quickstart.aexpect(Customer, get_customer.asyncio_detailed, client=client, id=6) for _ in range(20))
        return await asyncio.gather(*calls)

    ids += [c.id for c in asyncio.run(many())]
    assert sorted(set(ids)) == [1, 2, 3, 4, 5, 6]
    assert mock.auth()["grants"] == ["authorization_code"]


def test_nothing_secret_in_reprs_logs_or_errors(mock: Mock, caplog: pytest.LogCaptureFixture) -> None:
    code = mock.authorize()  # the browser leg (its redirect carries the code) is not the adapter's traffic
    caplog.set_level(logging.DEBUG)
    saved: list[dict[str, Any]] = []
    client = quickstart.connect(mock.url, code=code, redirect_uri=REDIRECT_URI, token_store=saved.append, **APP)
    _get(client)
    with pytest.raises(quickstart.QuickstartNotFoundError) as not_found:
        _get(client, 999)
    auth = client.get_httpx_client().auth
    secrets = [APP["client_secret"], code.reveal(), saved[-1]["access_token"], saved[-1]["refresh_token"]]
    provider = auth.provider  # type: ignore[union-attr]
    texts = [
        repr(client),
        repr(auth),
        repr(provider),
        repr(provider.grant),
        repr(auth.cache.latest()),  # type: ignore[union-attr]
        caplog.text,
        str(not_found.value),
        repr(not_found.value),
    ]
    for text in texts:
        for secret in secrets:
            assert secret not in text


def test_code_expires_unused(mock: Mock) -> None:
    code = mock.authorize()
    mock.control("advance-clock", seconds=601)
    client = quickstart.connect(mock.url, code=code, redirect_uri=REDIRECT_URI, **APP)
    with pytest.raises(quickstart.QuickstartAuthenticationError, match="authorization code expired"):
        _get(client)
