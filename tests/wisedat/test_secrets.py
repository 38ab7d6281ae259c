"""Credentials and tokens never show up in reprs, log records or error messages."""

from __future__ import annotations

import logging

import pytest
from wisedat_client import AuthenticatedClient
from wisedat_client.api.company import get_company

from erp_adapters import wisedat
from erp_adapters.secrets import Secret
from tests.wisedat.conftest import CREDENTIALS, Mock


def _secrets(client: AuthenticatedClient) -> list[str]:
    token = client.get_httpx_client().auth.cache.latest()  # type: ignore[union-attr]
    values = [CREDENTIALS["api_key"], CREDENTIALS["password"]]
    return values + ([token.access.reveal()] if token else [])


def test_nothing_secret_in_reprs_or_logs(client: AuthenticatedClient, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    wisedat.call(get_company.sync_detailed, client=client)
    auth = client.get_httpx_client().auth
    texts = [repr(client), repr(auth), repr(auth.provider), repr(auth.cache.latest()), caplog.text]  # type: ignore[union-attr]
    secrets = _secrets(client)
    assert len(secrets) == 3
    for text in texts:
        for secret in secrets:
            assert secret not in text


def test_nothing_secret_in_errors(mock: Mock) -> None:
    client = wisedat.connect(mock.url, api_key=CREDENTIALS["api_key"], user="integration", password="not-the-password")
    with pytest.raises(wisedat.WisedatAuthenticationError) as err:
        wisedat.call(get_company.sync_detailed, client=client)
    rendered = f"{err.value} {err.value!r} {err.value.body!r} {err.value.detail}"
    assert "not-the-password" not in rendered and CREDENTIALS["api_key"] not in rendered


def test_secret_masks_every_rendering() -> None:
    secret = Secret("hunter2")
    assert "hunter2" not in f"{secret} {secret!r} {secret!s} {[secret]} {'%s' % secret}"
    assert secret.reveal() == "hunter2"
