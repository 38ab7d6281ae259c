"""``erp-mock``'s building blocks: seed files, ``POST /_mock/reset``, the banner and spec loading."""

from __future__ import annotations

import json
import socket
import sys
from pathlib import Path

import httpx
import pytest
from gks4_client import AuthenticatedClient
from gks4_client.api.customers import get_customer
from gks4_client.models import Customer

from erp_adapters import gks4
from erp_adapters.gks4 import GKS4NotFoundError
from erp_mocks.banner import banner
from erp_mocks.engine import BadInput, MockServer
from erp_mocks.engine.seed import SeedError, read_seed
from erp_mocks.engine.serve import serve_forever
from erp_mocks.engine.spec import spec_path
from erp_mocks.registry import VENDORS, build, demo_options
from tests.processes import started

ROOT = Path(__file__).resolve().parents[2]
CUSTOMER = {"name": "Seeded AB", "number": "K900001", "invoiceEmail": None, "corporateIdentityNumber": "556000-0099"}


def _seed_file(tmp_path: Path, entries: list[dict[str, object]], suffix: str = ".json") -> Path:
    path = tmp_path / f"seed{suffix}"
    path.write_text(json.dumps(entries))  # JSON is YAML too
    return path


def _client(url: str) -> AuthenticatedClient:
    options = demo_options("gks4")
    return gks4.connect(url, **options, token_url=f"{url}/connect/token")


def test_seeded_record_is_served_and_comes_back_after_a_reset(tmp_path: Path) -> None:
    seed = read_seed(_seed_file(tmp_path, [{"operation": "create_customer", "body": CUSTOMER}], ".yaml"))
    with MockServer(build("gks4", seed=seed)) as server:
        client = _client(server.url)
        assert gks4.expect(Customer, get_customer.sync_detailed, customer_number="K900001", client=client).name == (
            "Seeded AB"
        )
        created = {**CUSTOMER, "number": "K900002", "name": "Made later AB"}
        made = client.get_httpx_client().post("/api/v1/customers", json=created)
        assert made.status_code in (200, 201), made.text

        reset = httpx.post(f"{server.url}/_mock/reset")
        assert reset.status_code == 200 and reset.json()["resets"] == 1

        client = _client(server.url)  # a reset forgets every token: log in again
        with pytest.raises(GKS4NotFoundError):
            gks4.call(get_customer.sync_detailed, customer_number="K900002", client=client)
        assert gks4.expect(Customer, get_customer.sync_detailed, customer_number="K900001", client=client)


def test_a_refused_seed_entry_names_the_entry_and_the_answer(tmp_path: Path) -> None:
    bad = {**CUSTOMER}
    del bad["name"]
    seed = read_seed(
        _seed_file(
            tmp_path,
            [{"operation": "create_customer", "body": CUSTOMER}, {"operation": "create_customer", "body": bad}],
        )
    )
    with pytest.raises(SeedError, match=r"seed entry 1 \(create_customer\) refused with 400: .*name"):
        build("gks4", seed=seed)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"operation": "x"}', "expected a list"),
        ('[{"body": {}}]', "entry 0"),
        ('[{"operation": "x", "headers": {}}]', "entry 0"),
        ("[", "cannot read"),
    ],
)
def test_malformed_seed_files_are_refused(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "seed.json"
    path.write_text(content)
    with pytest.raises(SeedError, match=message):
        read_seed(path)


def test_unknown_operation_is_refused(tmp_path: Path) -> None:
    seed = read_seed(_seed_file(tmp_path, [{"operation": "no_such_op"}]))
    with pytest.raises(SeedError, match="no operation 'no_such_op'"):
        build("gks4", seed=seed)


def test_gestix_seed_acts_for_the_account_its_prefix_names(tmp_path: Path) -> None:
    entry: dict[str, object] = {"operation": "create_invoice", "prefix": {"account": "03101176"}, "query": {"nonce": 1},
             "body": {"customer": "Cliente semeado"}}  # fmt: skip
    app = build("gestix", seed=read_seed(_seed_file(tmp_path, [entry])))
    invoices = app.state.mock.data["03101176"].invoices
    assert [record["customer"] for record in invoices] == ["Cliente semeado"]


@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_banner_names_every_url_and_credential(vendor: str) -> None:
    options = demo_options(vendor)
    text = banner(vendor, "http://127.0.0.1:8123", options)
    assert "http://127.0.0.1:8123/_mock/reset" in text
    assert f"{vendor}.connect(" in text
    assert f"erp-contract {vendor} --base-url http://127.0.0.1:8123" in text
    for key in ("client_id", "client_secret", "api_key", "api_token", "password"):
        if key in options:
            assert repr(options[key]) in text, key


def test_gks4_banner_prints_the_token_url_the_client_must_be_given() -> None:
    text = banner("gks4", "http://127.0.0.1:8123", demo_options("gks4"))
    assert "token_url='http://127.0.0.1:8123/connect/token'" in text


def test_specs_come_from_the_repo_in_a_development_install() -> None:
    for vendor in VENDORS:
        assert spec_path(vendor) == ROOT / "specs" / f"{vendor}.yaml"


def test_egestor_refuses_a_sale_whose_total_is_not_a_number() -> None:
    """Found by the stateful phase: a sale of 1e308 x 10 was stored, then every read of it answered 500."""
    app = build("egestor", options={"client_id": "c", "client_secret": "s", "records": 1})
    data = app.state.mock.data
    with pytest.raises(BadInput, match="excede"):
        data.create_venda({"codContato": 1, "produtos": [{"codProduto": 1, "quant": 10, "preco": 1e308}]})


class _AnnouncedError(Exception):
    pass


def test_the_port_accepts_connections_before_it_is_announced() -> None:
    """Found by the packaging test: the banner came before listen(), so an eager client was refused."""
    connected: list[int] = []

    def ready(port: int) -> None:
        with socket.create_connection(("127.0.0.1", port), timeout=5):
            connected.append(port)
        raise _AnnouncedError  # stop before serving: only the announcement is under test

    with pytest.raises(_AnnouncedError):
        serve_forever(build("gks4"), 0, ready=ready)
    assert connected


def test_erp_mock_serves_at_the_url_it_prints(tmp_path: Path) -> None:
    argv = [sys.executable, "-m", "erp_mocks", "gks4", "--port", "0"]
    with started(argv, cwd=tmp_path, ready=r" mock on http://") as (_process, lines):
        url = lines[-1].split(" mock on ")[1].split()[0]
        assert httpx.get(f"{url}/_mock/stats", timeout=10).status_code == 200


@pytest.mark.parametrize(
    "path",
    [{"customerNumber": "K900001/zzz"}, {}, {"customerNumber": "K900001", "other": "x"}],
    ids=["value-with-slash", "unfilled-placeholder", "unknown-placeholder"],
)
def test_a_seed_path_that_does_not_fill_the_template_is_refused(tmp_path: Path, path: dict[str, str]) -> None:
    entries: list[dict[str, object]] = [
        {"operation": "create_customer", "body": CUSTOMER},
        {"operation": "get_customer", "path": path},
    ]
    with pytest.raises(SeedError, match=r"get_customer: path parameters .* do not fill"):
        build("gks4", seed=read_seed(_seed_file(tmp_path, entries)))


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"operation": "create_customer", "query": [1]}, "'query' must be a mapping"),
        ({"operation": 7}, "'operation' must be a string"),
        ({"operation": "get_customer", "path": {"customerNumber": {"a": 1}}}, "path.customerNumber must be"),
        ({"operation": "create_customer", "prefix": {"account": 3}}, "prefix.account must be a string"),
    ],
)
def test_seed_fields_of_the_wrong_type_are_refused(tmp_path: Path, entry: dict[str, object], message: str) -> None:
    with pytest.raises(SeedError, match=rf"entry 0: {message}"):
        read_seed(_seed_file(tmp_path, [entry]))


def test_cli_reports_a_bad_seed_entry_as_a_seed_error_not_an_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from erp_mocks.__main__ import main

    seed = _seed_file(tmp_path, [{"operation": "create_customer", "query": [1]}])
    with pytest.raises(SystemExit) as exited:
        main(["gks4", "--port", "0", "--seed", str(seed)])
    assert str(exited.value.code).startswith("erp-mock: seed file")
    assert "--option" not in capsys.readouterr().err


def test_cli_refuses_an_option_the_vendor_does_not_take(capsys: pytest.CaptureFixture[str]) -> None:
    from erp_mocks.__main__ import main

    with pytest.raises(SystemExit) as exited:
        main(["gks4", "--port", "0", "--option", "no_such_option=1"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "--option: " in err and "no_such_option" in err
