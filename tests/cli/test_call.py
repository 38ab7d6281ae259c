"""``erp call`` against all five mocks, in-process (``main([...])``), credentials from the environment."""

from __future__ import annotations

import asyncio
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import httpx
import pytest

from erp_adapters import token_file
from erp_mocks.egestor.app import create_app as egestor_app
from erp_mocks.engine import MockServer
from erp_mocks.gestix.app import create_app as gestix_app
from erp_mocks.gks4.app import TOKEN_PATH as GKS4_TOKEN_PATH
from erp_mocks.gks4.app import create_app as gks4_app
from erp_mocks.quickstart.app import create_app as quickstart_app
from erp_mocks.wisedat.app import create_app as wisedat_app
from tests.cli.conftest import ErpRunner
from tests.egestor.conftest import DEFAULTS as EGESTOR
from tests.egestor.conftest import Mock as EgestorMock
from tests.gestix.conftest import ACCOUNT, OTHER_ACCOUNT
from tests.gestix.conftest import CREDENTIALS as GESTIX
from tests.gks4.conftest import CREDENTIALS as GKS4
from tests.quickstart.conftest import APP as QUICKSTART
from tests.quickstart.conftest import REDIRECT_URI as QUICKSTART_REDIRECT
from tests.quickstart.conftest import Mock as QuickstartMock
from tests.wisedat.conftest import CREDENTIALS as WISEDAT


def _json_lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


# -- Wisedat ---------------------------------------------------------------------------------------


def _wisedat_env(monkeypatch: pytest.MonkeyPatch, server: MockServer) -> None:
    """The ``ERP_WISEDAT_*`` settings that point ``erp`` at ``server`` with the mock's credentials."""
    monkeypatch.setenv("ERP_WISEDAT_BASE_URL", server.url)
    monkeypatch.setenv("ERP_WISEDAT_API_KEY", WISEDAT["api_key"])
    monkeypatch.setenv("ERP_WISEDAT_USER", WISEDAT["user"])
    monkeypatch.setenv("ERP_WISEDAT_PASSWORD", WISEDAT["password"])


@pytest.fixture
def wisedat(monkeypatch: pytest.MonkeyPatch, env: dict[str, str]) -> Iterator[MockServer]:
    with MockServer(wisedat_app(**WISEDAT)) as server:
        _wisedat_env(monkeypatch, server)
        yield server


def _product(tmp_path: Path, name: str) -> Path:
    body = tmp_path / f"{name}.json"
    body.write_text(json.dumps({"name": name, "description": f"{name} item", "price": 1.5, "type": 1, "tax": "RE"}))
    return body


def test_wisedat_create_list_all_and_retrieve(erp: ErpRunner, wisedat: MockServer, tmp_path: Path) -> None:
    created = [
        erp("call", "wisedat", "products.create", "--body", str(_product(tmp_path, f"BOLT{i}")), "--json")
        for i in range(3)
    ]
    assert all(r.code == 0 for r in created), [r.text for r in created]
    ids = [json.loads(r.out)["id"] for r in created]

    listed = erp("call", "wisedat", "products.list", "--all", "--json", "--param", "limit=2")
    assert listed.code == 0, listed.text
    assert sorted(item["id"] for item in _json_lines(listed.out)) == sorted(ids)
    assert "page 2" in listed.err  # the progress line, from the pager's on_page

    one = erp("call", "wisedat", "products.retrieve", "--param", f"id={ids[1]}")
    assert one.code == 0, one.text
    assert "BOLT1" in one.out and "BOLT1 item" in one.out
    assert WISEDAT["password"] not in one.text + listed.text and WISEDAT["api_key"] not in one.text + listed.text


def test_wisedat_missing_record_exits_1_with_the_typed_error(erp: ErpRunner, wisedat: MockServer) -> None:
    result = erp("call", "wisedat", "products.retrieve", "--param", "id=987654")
    assert result.code == 1
    assert "WisedatNotFoundError" in result.err
    assert result.out == ""


class _Recorder:
    """Wraps a mock app: keeps each request's headers, and holds GET /products back ``delay`` seconds."""

    def __init__(self, app: Any, delay: float = 0.0) -> None:
        self.app, self.delay = app, delay
        self.headers: list[dict[str, str]] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            self.headers.append({k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]})
            if self.delay and scope["path"] == "/products":
                await asyncio.sleep(self.delay)
        await self.app(scope, receive, send)


@pytest.fixture
def recorded_wisedat(monkeypatch: pytest.MonkeyPatch, env: dict[str, str]) -> Iterator[_Recorder]:
    recorder = _Recorder(wisedat_app(**WISEDAT))
    with MockServer(cast(Any, recorder)) as server:  # a plain ASGI wrapper around the Starlette app
        _wisedat_env(monkeypatch, server)
        yield recorder


def test_header_goes_on_the_call_only(erp: ErpRunner, recorded_wisedat: _Recorder) -> None:
    result = erp("call", "wisedat", "products.list", "-H", "X-Trace-Id: abc-123", "--header", "X-Other:2")
    assert result.code == 0, result.err
    api = [h for h in recorded_wisedat.headers if "x-trace-id" in h]
    assert len(api) == 1 and api[0]["x-other"] == "2" and api[0]["x-trace-id"] == "abc-123"
    assert len(recorded_wisedat.headers) > 1  # the status and login requests did not carry it


@pytest.mark.parametrize("bad", ["NoColon", ": value", "Bad Name: x", "X-Ok: line\nbreak", "X-Ok: café"])
def test_a_malformed_header_is_a_usage_error(erp: ErpRunner, recorded_wisedat: _Recorder, bad: str) -> None:
    result = erp("call", "wisedat", "products.list", "--header", bad)
    assert result.code == 2
    assert "--header" in result.err
    assert recorded_wisedat.headers == []  # refused before anything was sent


def test_timeout_bounds_the_call(erp: ErpRunner, recorded_wisedat: _Recorder) -> None:
    """The answer is held back 3 s: without the timeout the call would succeed (exit 0)."""
    recorded_wisedat.delay = 3.0
    result = erp("call", "wisedat", "products.list", "--timeout", "0.3")
    assert result.code == 1, result.text
    assert "WisedatTransportError: list_products (GET /products)" in result.err and "ReadTimeout" in result.err


def test_wisedat_wrong_password_exits_1_and_does_not_print_it(
    erp: ErpRunner, wisedat: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ERP_WISEDAT_PASSWORD", "not-the-password-42")
    result = erp("call", "wisedat", "products.list")
    assert result.code == 1
    assert "AuthenticationError" in result.err
    assert "not-the-password-42" not in result.text


# -- eGestor ---------------------------------------------------------------------------------------


@pytest.fixture
def egestor(monkeypatch: pytest.MonkeyPatch, env: dict[str, str], tmp_path: Path) -> Iterator[EgestorMock]:
    """An eGestor mock and a token file saved by a first authorization (as ``erp login`` leaves it)."""
    with MockServer(egestor_app(**EGESTOR)) as server:
        mock = EgestorMock(server, EGESTOR)
        path = tmp_path / "egestor-token.json"
        with mock.connect(token_store=token_file.store(path)) as client:
            from egestor_client.api.contatos import list_contatos

            from erp_adapters import egestor as adapter

            adapter.call(list_contatos.sync_detailed, client=client)
        monkeypatch.setenv("ERP_EGESTOR_BASE_URL", server.url)
        monkeypatch.setenv("ERP_EGESTOR_CLIENT_ID", EGESTOR["client_id"])
        monkeypatch.setenv("ERP_EGESTOR_CLIENT_SECRET", EGESTOR["client_secret"])
        monkeypatch.setenv("ERP_EGESTOR_TOKEN_FILE", str(path))
        yield mock
        mock.http.close()


def test_egestor_list_all_retrieve_and_create(
    erp: ErpRunner, egestor: EgestorMock, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    listed = erp("call", "egestor", "contatos.list", "--all", "--json")
    assert listed.code == 0, listed.text
    records = _json_lines(listed.out)
    assert len(records) == EGESTOR["records"]

    codigo = records[0]["codigo"]
    one = erp("call", "egestor", "contatos.retrieve", "--param", f"codigo={codigo}", "--json")
    assert one.code == 0, one.text
    assert json.loads(one.out)["codigo"] == codigo

    body = tmp_path / "contato.json"
    body.write_text(json.dumps({"nome": "Casa do Parafuso", "tipo": ["cliente"]}))
    made = erp("call", "egestor", "contatos.create", "--body", str(body), "--json")
    assert made.code == 0, made.text
    new = json.loads(made.out)["codigo"]
    again = erp("call", "egestor", "contatos.retrieve", "--param", f"codigo={new}")
    assert again.code == 0 and "Casa do Parafuso" in again.out

    path = Path(os.environ["ERP_EGESTOR_TOKEN_FILE"])
    stored = token_file.load(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    for result in (listed, one, made, again):
        assert EGESTOR["client_secret"] not in result.text
        assert stored["access_token"] not in result.text and stored["refresh_token"] not in result.text


def test_egestor_renewal_during_call_rotates_the_token_file(erp: ErpRunner, egestor: EgestorMock) -> None:
    path = Path(os.environ["ERP_EGESTOR_TOKEN_FILE"])
    before = token_file.load(path)
    egestor.advance_clock(3600)  # the access token has expired at the server
    result = erp("call", "egestor", "contatos.list")
    assert result.code == 0, result.text
    after = token_file.load(path)
    assert after["refresh_token"] != before["refresh_token"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_egestor_usage_errors_exit_2(erp: ErpRunner, egestor: EgestorMock) -> None:
    unknown = erp("call", "egestor", "contatos.frobnicate")
    assert unknown.code == 2 and "frobnicate" in unknown.err and "retrieve" in unknown.err
    not_a_resource = erp("call", "egestor", "close.anything")
    assert not_a_resource.code == 2 and "no resource 'close'" in not_a_resource.err
    raw = erp("call", "egestor", "contatos.with_raw_response")
    assert raw.code == 2
    bad_type = erp("call", "egestor", "contatos.retrieve", "--param", "codigo=abc")
    assert bad_type.code == 2 and "codigo" in bad_type.err
    missing = erp("call", "egestor", "contatos.retrieve")
    assert missing.code == 2 and "--param codigo=" in missing.err
    extra = erp("call", "egestor", "contatos.list", "--param", "colour=blue")
    assert extra.code == 2 and "colour" in extra.err
    not_a_list = erp("call", "egestor", "contatos.create", "--all", "--body", "-", stdin="{}")
    assert not_a_list.code == 2


def test_egestor_without_a_token_file_says_to_log_in(
    erp: ErpRunner, egestor: EgestorMock, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("ERP_EGESTOR_TOKEN_FILE", str(tmp_path / "absent.json"))
    result = erp("call", "egestor", "contatos.list")
    assert result.code == 2 and "erp login egestor" in result.err


# -- Gestix ----------------------------------------------------------------------------------------


@pytest.fixture
def gestix(monkeypatch: pytest.MonkeyPatch, env: dict[str, str], tmp_path: Path) -> Iterator[MockServer]:
    with MockServer(gestix_app(**GESTIX, accounts=[ACCOUNT, OTHER_ACCOUNT])) as server:
        monkeypatch.setenv("ERP_GESTIX_ACCOUNT", ACCOUNT)
        monkeypatch.setenv("ERP_GESTIX_SERVER", server.url)
        monkeypatch.setenv("ERP_GESTIX_API_TOKEN", GESTIX["api_token"])
        monkeypatch.setenv("ERP_GESTIX_NONCE_DIR", str(tmp_path / "nonces"))
        yield server


def test_gestix_list_and_create(erp: ErpRunner, gestix: MockServer) -> None:
    listed = erp("call", "gestix", "customers.list", "--json")
    assert listed.code == 0, listed.text
    assert isinstance(json.loads(listed.out), list)

    made = erp("call", "gestix", "invoices.create", "--body", "-", "--json", stdin="{}")
    assert made.code == 0, made.text
    assert json.loads(made.out)
    assert GESTIX["api_token"] not in listed.text + made.text


# -- GKS4 ------------------------------------------------------------------------------------------


@pytest.fixture
def gks4(monkeypatch: pytest.MonkeyPatch, env: dict[str, str]) -> Iterator[MockServer]:
    with MockServer(gks4_app(**GKS4)) as server:
        monkeypatch.setenv("ERP_GKS4_BASE_URL", server.url)
        monkeypatch.setenv("ERP_GKS4_TOKEN_URL", server.url + GKS4_TOKEN_PATH)
        monkeypatch.setenv("ERP_GKS4_CLIENT_ID", GKS4["client_id"])
        monkeypatch.setenv("ERP_GKS4_CLIENT_SECRET", GKS4["client_secret"])
        yield server


def test_gks4_create_then_retrieve(erp: ErpRunner, gks4: MockServer, tmp_path: Path) -> None:
    body = tmp_path / "customer.json"
    body.write_text(
        json.dumps(
            {
                "name": "Sörmlands Etikett AB",
                "number": "K300042",
                "invoiceEmail": None,
                "corporateIdentityNumber": "556123-4567",
            }
        )
    )
    made = erp("call", "gks4", "customers.create", "--body", str(body))
    assert made.code == 0, made.text

    one = erp("call", "gks4", "customers.retrieve", "--param", "customer_number=K300042", "--json")
    assert one.code == 0, one.text
    assert json.loads(one.out)["name"] == "Sörmlands Etikett AB"

    missing = erp("call", "gks4", "customers.retrieve", "--param", "customer_number=NOPE")
    assert missing.code == 1 and "NotFoundError" in missing.err
    assert GKS4["client_secret"] not in made.text + one.text + missing.text


def test_gks4_from_a_private_config_file(
    erp: ErpRunner, gks4: MockServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for key in ("BASE_URL", "TOKEN_URL", "CLIENT_ID", "CLIENT_SECRET"):
        monkeypatch.delenv(f"ERP_GKS4_{key}")
    config = tmp_path / "erp.toml"
    config.write_text(
        f'[gks4]\nbase_url = "{gks4.url}"\ntoken_url = "{gks4.url}{GKS4_TOKEN_PATH}"\n'
        f'client_id = "{GKS4["client_id"]}"\nclient_secret = "{GKS4["client_secret"]}"\n'
    )
    config.chmod(0o600)
    ok = erp("--config", str(config), "call", "gks4", "customers.retrieve", "--param", "customer_number=NOPE")
    assert ok.code == 1 and "NotFoundError" in ok.err  # authenticated: the API answered 404

    config.chmod(0o644)
    refused = erp("--config", str(config), "call", "gks4", "customers.retrieve", "--param", "customer_number=NOPE")
    assert refused.code == 2 and "chmod 600" in refused.err
    assert GKS4["client_secret"] not in ok.text + refused.text


def test_missing_credentials_name_the_variable(
    erp: ErpRunner, gks4: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ERP_GKS4_CLIENT_SECRET")
    result = erp("call", "gks4", "customers.retrieve", "--param", "customer_number=K1")
    assert result.code == 2 and "ERP_GKS4_CLIENT_SECRET" in result.err


# -- Quickstart ------------------------------------------------------------------------------------


@pytest.fixture
def quickstart(monkeypatch: pytest.MonkeyPatch, env: dict[str, str], tmp_path: Path) -> Iterator[QuickstartMock]:
    with MockServer(quickstart_app(redirect_uri=QUICKSTART_REDIRECT, **QUICKSTART)) as server:
        mock = QuickstartMock(server)
        path = tmp_path / "quickstart-token.json"
        from quickstart_client.api.customers import list_customers

        from erp_adapters import quickstart as adapter

        with mock.connect(token_store=token_file.store(path)) as client:
            adapter.call(list_customers.sync_detailed, client=client)
        monkeypatch.setenv("ERP_QUICKSTART_BASE_URL", server.url)
        monkeypatch.setenv("ERP_QUICKSTART_CLIENT_ID", QUICKSTART["client_id"])
        monkeypatch.setenv("ERP_QUICKSTART_CLIENT_SECRET", QUICKSTART["client_secret"])
        monkeypatch.setenv("ERP_QUICKSTART_TOKEN_FILE", str(path))
        yield mock
        mock.http.close()


def test_quickstart_list_all_and_retrieve(erp: ErpRunner, quickstart: QuickstartMock) -> None:
    listed = erp("call", "quickstart", "customers.list", "--all", "--json", "--param", "sort=name")
    assert listed.code == 0, listed.text
    customers = _json_lines(listed.out)
    assert len(customers) > 1
    assert [c["name"] for c in customers] == sorted(c["name"] for c in customers)

    one = erp("call", "quickstart", "customers.retrieve", "--param", f"id={customers[0]['id']}")
    assert one.code == 0, one.text
    assert str(customers[0]["name"]) in one.out

    gone = erp("call", "quickstart", "customers.retrieve", "--param", "id=99999999")
    assert gone.code == 1 and "NotFoundError" in gone.err
    assert QUICKSTART["client_secret"] not in listed.text + one.text + gone.text


def test_a_body_that_does_not_fit_the_model_names_the_field(
    erp: ErpRunner, wisedat: MockServer, tmp_path: Path
) -> None:
    body = tmp_path / "bad.json"
    body.write_text(json.dumps({"name": "X", "description": "x", "price": 1, "type": "M", "tax": "RE"}))
    result = erp("call", "wisedat", "products.create", "--body", str(body))
    assert result.code == 2
    assert "ProductCreate" in result.err and "type" in result.err
    assert wisedat_count(wisedat, "create_product") == 0  # nothing was sent


def wisedat_count(server: MockServer, operation: str) -> int:
    return int(httpx.get(f"{server.url}/_mock/stats", timeout=10).json()["by_operation"].get(operation, 0))


def test_egestor_with_a_personal_token_needs_no_token_file(
    erp: ErpRunner, egestor: EgestorMock, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("ERP_EGESTOR_TOKEN_FILE", str(tmp_path / "absent.json"))
    personal = egestor.personal_token()
    monkeypatch.setenv("ERP_EGESTOR_PERSONAL_TOKEN", personal)
    result = erp("call", "egestor", "produtos.list", "--all")
    assert result.code == 0, result.text
    assert personal not in result.text
    assert not (tmp_path / "absent.json").exists()


def test_operations_and_help(erp: ErpRunner, env: dict[str, str]) -> None:
    listed = erp("operations", "quickstart")
    assert listed.code == 0
    assert listed.out.split() == [
        "customers.list",
        "customers.retrieve",
        "invoices.list",
        "invoices.retrieve",
        "orders.list",
        "orders.retrieve",
    ]
    assert erp("call", "--help").code == 0
    assert erp("call", "nosuchvendor", "x.list").code == 2
