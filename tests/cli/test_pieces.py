"""The pieces of ``erp``: the token file, the config file, parameter conversion, the loopback receiver."""

from __future__ import annotations

import datetime as dt
import enum
import io
import re
import stat
import threading
import typing
from pathlib import Path

import httpx
import pytest

from erp_adapters import token_file
from erp_adapters.cli import config, connection, operations
from erp_adapters.cli.convert import ConversionError, convert, from_json_value
from erp_adapters.cli.loopback import LoopbackReceiver
from erp_adapters.cli.progress import PageProgress
from erp_adapters.errors import AuthorizationError


def test_token_file_replaces_a_readable_file_with_a_private_one(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    path.write_text("{}")
    path.chmod(0o644)
    token_file.save(path, {"access_token": "a-1", "refresh_token": "r-1", "expires_at": 1.0})
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert token_file.load(path)["refresh_token"] == "r-1"
    assert [p.name for p in tmp_path.iterdir()] == ["t.json"]  # no temporary file left behind


def test_token_file_that_is_not_a_json_object_is_a_value_error(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    path.write_text('["refresh-secret-value"]')
    with pytest.raises(ValueError, match="JSON object") as caught:
        token_file.load(path)
    assert "refresh-secret-value" not in str(caught.value)


def test_token_store_saves_every_token_set(tmp_path: Path) -> None:
    store = token_file.store(tmp_path / "sub" / "t.json")
    store({"access_token": "a", "refresh_token": "r1", "expires_at": None})
    store({"access_token": "b", "refresh_token": "r2", "expires_at": None})
    assert token_file.load(tmp_path / "sub" / "t.json")["refresh_token"] == "r2"


def test_environment_wins_over_the_config_file(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text('[gks4]\nclient_id = "from-file"\nclient_secret = "file-secret"\n')
    path.chmod(0o600)
    settings = config.load("gks4", path=path, environ={"ERP_GKS4_CLIENT_ID": "from-env"})
    assert (settings.get("client_id"), settings.get("client_secret")) == ("from-env", "file-secret")
    assert "file-secret" not in repr(settings)


def test_a_readable_config_file_with_secrets_is_refused_but_one_without_is_read(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text('[gks4]\nclient_secret = "file-secret"\n')
    path.chmod(0o644)
    with pytest.raises(config.ConfigError, match="chmod 600"):
        config.load("gks4", path=path, environ={})
    path.write_text('[gks4]\nbase_url = "https://example.test"\n')
    assert config.load("gks4", path=path, environ={}).get("base_url") == "https://example.test"


def test_a_broken_config_file_is_reported_without_its_content(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text('[gks4]\nclient_secret = "leaky-secret-value\n')
    path.chmod(0o600)
    with pytest.raises(config.ConfigError) as caught:
        config.load("gks4", path=path, environ={})
    assert "line 2" in str(caught.value) and "leaky-secret-value" not in str(caught.value)


def test_an_absent_default_config_is_empty_but_an_absent_explicit_one_is_an_error(tmp_path: Path) -> None:
    assert config.load("gks4", environ={"XDG_CONFIG_HOME": str(tmp_path)}).values == {}
    with pytest.raises(config.ConfigError, match="does not exist"):
        config.load("gks4", path=tmp_path / "absent.toml", environ={})


class Colour(enum.Enum):
    RED = "red"


def test_parameters_are_converted_to_their_annotated_types() -> None:
    assert convert(int | None, "42") == 42
    assert convert(bool, "no") is False
    assert convert(list[int], "1,2,3") == [1, 2, 3]
    assert convert(dt.date, "2026-12-05") == dt.date(2026, 12, 5)
    assert convert(Colour, "red") is Colour.RED
    assert convert(dict[str, str], '{"a": "b"}') == {"a": "b"}
    assert convert(int | str, "abc") == "abc"  # the first member that fits
    with pytest.raises(ConversionError):
        convert(int, "abc")
    assert from_json_value(list[int], [1, 2]) == [1, 2]


def test_operations_are_listed_from_every_resource_client_class() -> None:
    names = {vendor: operations.names_of(connection.resource_client_class(vendor)) for vendor in config.VENDORS}
    assert {"contatos.list", "contatos.retrieve", "vendas.retrieve_contato"} <= set(names["egestor"])
    assert {"products.list", "products.retrieve", "products.create"} <= set(names["wisedat"])
    operation_ids = set()
    for vendor, listed in names.items():
        client_class = connection.resource_client_class(vendor)
        for name in listed:
            resource, method = name.split(".")
            kind = typing.get_type_hints(client_class)[resource]
            found = re.search(r"Operation: `(\w+)`", getattr(kind, method).__doc__ or "")
            assert found, name
            operation_ids.add((vendor, found.group(1)))
    assert len(operation_ids) == 102  # every operation of the five specs is reachable by name


def test_receiver_ignores_other_requests_and_returns_the_callback() -> None:
    with LoopbackReceiver(0, "/cb") as receiver:
        results: list[str] = []
        waiting = threading.Thread(target=lambda: results.append(receiver.wait(30)))
        waiting.start()
        assert httpx.get(f"http://127.0.0.1:{receiver.port}/favicon.ico", timeout=10).status_code == 404
        assert httpx.get(f"{receiver.redirect_uri}?code=x", timeout=10).status_code == 404  # no state
        assert httpx.get(f"{receiver.redirect_uri}?code=c1&state=s1", timeout=10).status_code == 200
        waiting.join(timeout=30)
    assert results == [f"{receiver.redirect_uri}?code=c1&state=s1"]


def test_receiver_wait_is_bounded() -> None:
    with LoopbackReceiver() as receiver, pytest.raises(AuthorizationError, match="no redirect"):
        receiver.wait(0.5)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_redraws_on_a_terminal_and_writes_lines_elsewhere() -> None:
    terminal, log = _Terminal(), io.StringIO()
    for stream in (terminal, log):
        progress = PageProgress(stream)
        progress(1, 50, 2)
        progress(2, 70, 2)
        progress.done()
    assert terminal.getvalue() == (
        "\r[############............] page 1/2, 50 items\r[########################] page 2/2, 70 items\n"
    )
    assert log.getvalue().splitlines() == [
        "[############............] page 1/2, 50 items",
        "[########################] page 2/2, 70 items",
    ]
