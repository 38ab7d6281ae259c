"""Issue 8: the out-of-band authorize step may answer HTML or JSON ``{"code": ...}``; both give the code."""

from __future__ import annotations

import json

import httpx
import pytest

from erp_adapters import egestor, errors
from tests.egestor.conftest import CLIENT_ID, Mock


@pytest.mark.parametrize(
    "page",
    [
        '<html><head><title>Success code=abc-123</title></head><body><code id="code">abc-123</code></body></html>',
        "<html><head><title>Success code=abc-123</title></head><body>ok</body></html>",
        json.dumps({"code": "abc-123"}),
        json.dumps({"code": "abc-123"}).encode(),
    ],
)
def test_code_from_html_or_json(page: str | bytes) -> None:
    assert egestor.code_from_oob_page(page).reveal() == "abc-123"


@pytest.mark.parametrize(
    ("page", "error"),
    [
        ("<html>nothing here</html>", "missing_code"),
        ('{"error": "access_denied"}', "access_denied"),
        ("{}", "missing_code"),
    ],
)
def test_no_code_is_an_authorization_error(page: str, error: str) -> None:
    with pytest.raises(errors.AuthorizationError) as err:
        egestor.code_from_oob_page(page)
    assert err.value.error == error


def test_code_from_the_mock_page_is_accepted_by_the_token_endpoint(mock: Mock) -> None:
    url, _state = egestor.authorization_url(CLIENT_ID, authorize_endpoint=f"{mock.url}/oauth/authorize")
    code = egestor.code_from_oob_page(httpx.get(url, timeout=10).text)
    client = mock.connect(code=code)
    from egestor_client.api.contatos import list_contatos

    assert isinstance(list(egestor.paginate(list_contatos.sync_detailed, client=client)), list)
