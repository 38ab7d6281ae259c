"""The openapi-python-client gaps that are closed outside generated code, one test each.

Covered elsewhere: KeyError/ValueError/TypeError and non-standard statuses (tests/wisedat/
test_robustness.py); securitySchemes producing no code (every client test authenticates through the
adapter's httpx.Auth); vendor-specific gaps live in that vendor's tests.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import httpx
import pytest
from wisedat_client import AuthenticatedClient

from erp_adapters import wisedat

ROOT = Path(__file__).resolve().parents[1]


def _generate_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate_script", ROOT / "scripts" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["generate_script"] = module
    spec.loader.exec_module(module)
    return module


def test_generated_client_has_no_timeout_but_connect_sets_one() -> None:
    assert AuthenticatedClient("http://127.0.0.1:9", token="t").get_httpx_client().timeout == httpx.Timeout(None)
    client = wisedat.connect("http://127.0.0.1:9", api_key="k", user="u", password="p")
    timeout = client.get_httpx_client().timeout
    assert (timeout.read, timeout.connect) == (30.0, 10.0)


def test_timeout_is_configurable() -> None:
    client = wisedat.connect("http://127.0.0.1:9", api_key="k", user="u", password="p", timeout=2.5)
    assert client.get_httpx_client().timeout == httpx.Timeout(2.5)


def test_regeneration_removes_stale_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`--overwrite` would keep a stale top-level file; our script deletes the output directory first."""
    generate = _generate_script()
    monkeypatch.setattr(generate, "CLIENTS", tmp_path / "clients")
    monkeypatch.setattr(generate, "MOCK_MODELS", tmp_path / "models")
    vendor = generate.Vendor("gestix")  # the smallest spec: fast to generate
    stale = vendor.client_dir / "stale_module.py"
    stale.parent.mkdir(parents=True)
    stale.write_text("STALE = True\n")
    assert generate.main(["gestix"]) == 0
    assert not stale.exists()
    assert (vendor.client_dir / "gestix_client" / "py.typed").exists()
    assert generate.main(["--check", "gestix"]) == 0


def test_check_mode_reports_a_hand_edit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    generate = _generate_script()
    monkeypatch.setattr(generate, "CLIENTS", tmp_path / "clients")
    monkeypatch.setattr(generate, "MOCK_MODELS", tmp_path / "models")
    assert generate.main(["gestix"]) == 0
    edited = tmp_path / "clients" / "gestix" / "gestix_client" / "client.py"
    edited.write_text(edited.read_text() + "# hand edit\n")
    assert generate.main(["--check", "gestix"]) == 1
    out = capsys.readouterr().out
    assert "STALE gestix" in out and "-# hand edit" in out
