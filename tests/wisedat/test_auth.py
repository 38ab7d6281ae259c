"""The Wisedat login against the mock's real RSA + JWT: one login per token, recovery, typed errors."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import pytest
from wisedat_client import AuthenticatedClient
from wisedat_client.api.company import get_company
from wisedat_client.api.products import list_products
from wisedat_client.models import Company

from erp_adapters import wisedat
from erp_adapters.wisedat.auth import WisedatLogin, encrypt_credentials, jwt_lifetime, public_key
from tests.wisedat.conftest import CREDENTIALS, Mock


def test_200_calls_make_exactly_one_login(client: AuthenticatedClient, mock: Mock) -> None:
    for _ in range(200):
        wisedat.call(list_products.sync_detailed, client=client)
    assert mock.count("login") == 1
    assert mock.count("get_status") == 1
    assert mock.count("list_products") == 200
    assert mock.status_count(401) == 0


@pytest.mark.exact_values
def test_threads_and_tasks_share_one_login(client: AuthenticatedClient, mock: Mock) -> None:
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda _: wisedat.expect(Company, get_company.sync_detailed, client=client), range(40)))

    async def many() -> list[Company]:
        return await asyncio.gather(
            *(wisedat.aexpect(Company, get_company.asyncio_detailed, client=client) for _ in range(40))
        )

    results += asyncio.run(many())
    assert len(results) == 80 and {c.name for c in results} == {"Empresa Demo, Lda"}
    assert mock.count("login") == 1


@pytest.mark.exact_values
def test_expired_token_is_recovered_without_a_failed_call(client: AuthenticatedClient, mock: Mock) -> None:
    wisedat.call(get_company.sync_detailed, client=client)
    mock.control("advance-clock", seconds=31 * 60)  # the server now considers the JWT expired
    company = wisedat.expect(Company, get_company.sync_detailed, client=client)
    assert company.name == "Empresa Demo, Lda"
    assert mock.count("login") == 2
    assert mock.count("get_company") == 3  # the refused attempt, then the retry that succeeded


def test_token_is_renewed_before_it_expires() -> None:
    """With the adapter's clock past the token's lifetime minus the margin, it logs in before sending."""
    from erp_mocks.engine import MockServer
    from erp_mocks.wisedat.app import create_app

    now = [0.0]
    with MockServer(create_app(**CREDENTIALS, token_lifetime=600)) as server:
        helper = Mock(server)
        client = wisedat.connect(server.url, **CREDENTIALS, refresh_margin=60, clock=lambda: now[0])
        wisedat.call(get_company.sync_detailed, client=client)
        now[0] += 600 - 59  # inside the renewal margin, not yet expired for the server
        wisedat.call(get_company.sync_detailed, client=client)
        assert helper.count("login") == 2
        assert helper.status_count(401) == 0


def test_key_rotation_is_recovered_without_a_failed_call(client: AuthenticatedClient, mock: Mock) -> None:
    wisedat.call(get_company.sync_detailed, client=client)
    mock.control("rotate-key")
    for _ in range(5):
        wisedat.call(get_company.sync_detailed, client=client)
    assert mock.count("login") == 2
    assert mock.count("get_status") == 2  # the new public key was fetched


def test_wrong_password_raises_the_typed_authentication_error(mock: Mock) -> None:
    client = wisedat.connect(
        mock.url, api_key=CREDENTIALS["api_key"], user="integration", password="not-the-password-9f3"
    )
    with pytest.raises(wisedat.WisedatAuthenticationError) as err:
        wisedat.call(get_company.sync_detailed, client=client)
    assert err.value.status_code == 401
    assert "login (POST /authentication/login)" in str(err.value)
    assert "not-the-password-9f3" not in str(err.value) and "not-the-password-9f3" not in repr(err.value)


@pytest.mark.parametrize(("state", "name"), [(0, "OFFLINE"), (3, "API_NOT_ACTIVATED"), (6, "INACTIVE_PLAN")])
def test_status_state_other_than_online_is_a_typed_error(
    mock: Mock, client: AuthenticatedClient, state: int, name: str
) -> None:
    mock.control("state", value=state)
    with pytest.raises(wisedat.WisedatStateError) as err:
        wisedat.call(get_company.sync_detailed, client=client)
    assert (err.value.state, err.value.state_name) == (state, name)
    assert name in str(err.value)


def test_unknown_api_key_is_company_not_found(mock: Mock) -> None:
    client = wisedat.connect(mock.url, api_key="no-such-key", user="integration", password="x")
    with pytest.raises(wisedat.WisedatStateError) as err:
        wisedat.call(get_company.sync_detailed, client=client)
    assert err.value.state_name == "COMPANY_NOT_FOUND"


@pytest.mark.parametrize("padding", ["pkcs1v15", "oaep-sha1", "oaep-sha256"])
def test_padding_is_selectable(mock: Mock, padding: str) -> None:
    client = wisedat.connect(mock.url, **CREDENTIALS, padding=padding)  # type: ignore[arg-type]
    assert wisedat.expect(Company, get_company.sync_detailed, client=client).id == "DEMO"


@pytest.mark.exact_values
def test_login_header_is_real_rsa(mock: Mock) -> None:
    """The header decrypts only with the server's private key: a header made for an old key fails."""
    status = mock.http.get("/status", headers={"Authorization": f"WDAPI {CREDENTIALS['api_key']}"}).json()
    login = WisedatLogin(mock.url, **CREDENTIALS)
    key = public_key(status["PublicKey"]["Modulus"], status["PublicKey"]["Exponent"])
    header = encrypt_credentials(key, login.api_key, login.user, login.password, "pkcs1v15")
    assert mock.http.post("/authentication/login", headers={"Authorization": f"WDAPI {header}"}).status_code == 200
    mock.control("rotate-key")
    assert mock.http.post("/authentication/login", headers={"Authorization": f"WDAPI {header}"}).status_code == 401


def test_jwt_lifetime_reads_exp_or_defaults_to_30_minutes() -> None:
    assert jwt_lifetime("not-a-jwt") == 1800
    token = "e30.eyJleHAiOjEwMDB9.sig"  # {"exp": 1000}
    assert jwt_lifetime(token, now=400) == 600
