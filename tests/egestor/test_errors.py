"""eGestor failures come out as typed errors built from the envelope; nothing secret leaks into them."""

from __future__ import annotations

import logging
import socket

import pytest
from egestor_client import AuthenticatedClient
from egestor_client.api.contatos import create_contato, delete_contato, get_contato, list_contatos
from egestor_client.models import ContatoCreate, ContatoTipo

from erp_adapters import egestor, errors
from tests.egestor.conftest import CLIENT_SECRET, Mock


def test_404_and_410_are_distinct_kinds(client: AuthenticatedClient) -> None:
    with pytest.raises(egestor.EgestorNotFoundError) as missing:
        egestor.call(get_contato.sync_detailed, client=client, codigo=404_404)
    assert not isinstance(missing.value, errors.GoneError)
    assert (missing.value.status_code, missing.value.err_code) == (404, 404)
    assert missing.value.vendor_message == "Nenhum registro com código 404404 encontrado"
    assert str(missing.value) == (
        "get_contato (GET /contatos/404404) failed with HTTP 404: Nenhum registro com código 404404 encontrado"
    )

    egestor.call(delete_contato.sync_detailed, client=client, codigo=1)
    with pytest.raises(errors.GoneError) as gone:  # catchable as the vendor-neutral kind too
        egestor.call(get_contato.sync_detailed, client=client, codigo=1)
    assert isinstance(gone.value, egestor.EgestorGoneError) and not isinstance(gone.value, errors.NotFoundError)
    assert gone.value.err_fields is None and gone.value.err_obs is None


def test_validation_error_carries_the_fields(client: AuthenticatedClient) -> None:
    body = ContatoCreate(nome="x" * 61, tipo=[ContatoTipo.CLIENTE])  # the doc limits nome to 60 characters
    with pytest.raises(egestor.EgestorValidationError) as invalid:
        egestor.call(create_contato.sync_detailed, client=client, body=body)
    assert invalid.value.status_code == 400
    assert invalid.value.err_fields and "nome" in str(invalid.value.err_fields)
    assert "create_contato (POST /contatos) failed with HTTP 400: Erro de validação." in str(invalid.value)


def test_401_after_one_renewal_is_an_authentication_error(client: AuthenticatedClient, mock: Mock) -> None:
    egestor.call(list_contatos.sync_detailed, client=client)
    refusal = {
        "errCode": 401,
        "errMsg": "Acesso negado.",
        "errObs": "access_denied",
        "errFields": None,
        "errUrl": "/v1/contatos",
    }
    mock.next_response("GET", "/contatos", 401, refusal)
    mock.next_response("GET", "/contatos", 401, refusal)
    with pytest.raises(egestor.EgestorAuthenticationError) as refused:
        egestor.call(list_contatos.sync_detailed, client=client)
    assert (refused.value.err_obs, refused.value.err_url) == ("access_denied", "/v1/contatos")
    assert mock.count("grant_refresh_token") == 1  # one renewal, one retry, then the error


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ({"total": 1, "per_page": 50, "current_page": 1, "last_page": 1}, "required property is missing"),  # no "data"
        ({"total": 1, "per_page": 50, "current_page": 1, "last_page": 1, "next_page_url": None, "prev_page_url": None,
          "from": 1, "to": 1, "data": [{"codigo": "1", "tipo": ["parceiro"]}]}, "data[0].tipo[0]: a string that is"),
    ],
)  # fmt: skip
def test_drifted_responses_are_parse_errors_with_the_raw_body(
    client: AuthenticatedClient, mock: Mock, body: dict[str, object], reason: str
) -> None:
    egestor.call(list_contatos.sync_detailed, client=client)
    mock.next_response("GET", "/contatos", 200, body)
    with pytest.raises(egestor.EgestorParseError) as drifted:
        egestor.call(list_contatos.sync_detailed, client=client)
    assert drifted.value.status_code == 200
    assert reason in str(drifted.value) and '"total":' in drifted.value.body.decode().replace(" ", "")


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (500, egestor.EgestorServerError),
        (405, egestor.EgestorUnexpectedStatusError),
        (418, egestor.EgestorUnexpectedStatusError),
    ],
)
def test_other_statuses(client: AuthenticatedClient, mock: Mock, status: int, kind: type[Exception]) -> None:
    egestor.call(list_contatos.sync_detailed, client=client)
    mock.next_response("GET", "/contatos", status, {"errCode": status, "errMsg": "falhou"})
    with pytest.raises(kind, match=f"HTTP {status}: falhou"):
        egestor.call(list_contatos.sync_detailed, client=client)


def test_no_answer_is_a_transport_error() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = egestor.connect(f"http://127.0.0.1:{port}", personal_token="eyJ.not.used", timeout=2.0)
    with pytest.raises(egestor.EgestorTransportError, match=r"could not reach the token endpoint http://127\.0\.0\.1"):
        egestor.call(list_contatos.sync_detailed, client=client)


def test_no_secret_in_reprs_logs_or_errors(mock: Mock, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    stored: list[egestor.StoredToken] = []
    personal = mock.personal_token()
    code = mock.authorization_code()
    client = mock.connect(code=code, token_store=stored.append)
    egestor.call(list_contatos.sync_detailed, client=client)
    mock.advance_clock(901)
    egestor.call(list_contatos.sync_detailed, client=client)  # a refresh, logged at DEBUG
    with pytest.raises(egestor.EgestorNotFoundError) as missing:
        egestor.call(get_contato.sync_detailed, client=client, codigo=999)
    refused_client = mock.connect(code=code)  # a spent code: refused
    with pytest.raises(egestor.EgestorAuthenticationError) as refused:
        egestor.call(list_contatos.sync_detailed, client=refused_client)

    auth = client.get_httpx_client().auth
    rendered = " ".join(
        [repr(client), repr(auth), repr(auth.provider), repr(auth.cache.latest()), caplog.text]  # type: ignore[union-attr]
        + [f"{e} {e!r} {e.detail}" for e in (missing.value, refused.value)]
    )
    secrets = [CLIENT_SECRET, personal, code] + [
        s[k] for s in stored for k in ("access_token", "refresh_token", "personal_token") if s.get(k)
    ]
    assert len(secrets) >= 7
    for secret in secrets:
        assert secret not in rendered
