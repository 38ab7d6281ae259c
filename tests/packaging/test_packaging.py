"""Each generated client and the adapters are normal distributions that work from their wheels alone.

Once per run, every ``clients/<vendor>`` and ``adapters/`` is built with ``uv build`` (an sdist,
then a wheel built *from that sdist*, so a file missing from either shows up). Then, per vendor, a
fresh venv gets only that client's wheel and ``erp-adapters[<vendor>]`` (dependencies from PyPI,
held to ``requirements/dev.lock``), and a script run with that venv's Python imports both, checks
``py.typed`` is shipped, connects through the vendor's adapter to the vendor's mock (served by this
test process on 127.0.0.1) and makes one call. It also reports the installed distributions, so
the test can check the extra pulled in what the vendor needs and nothing another vendor needs.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
import sys
import textwrap
import tomllib
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from erp_mocks.engine import MockServer
from tests.packaging.build import LOCK, ROOT, Built, run, uv

pytestmark = pytest.mark.packaging

ADAPTER_EXTRAS: dict[str, list[str]] = tomllib.loads((ROOT / "adapters" / "pyproject.toml").read_text())["project"][
    "optional-dependencies"
]
VENDOR_ONLY_DEPENDENCIES = ("authlib", "filelock")
"""Distributions only some vendor extras name: installed exactly when the vendor's extra names them."""
MOCK_ONLY_DEPENDENCIES = ("erp-mocks", "starlette", "uvicorn", "pydantic", "jsonschema")
"""What the mocks need and an integrator's install must not get."""


@dataclass
class Smoke:
    """How to run one vendor's mock and make one call to it through the installed adapter."""

    mock: str
    options: dict[str, Any]
    script: str
    expect: str
    prepare: Callable[[str], dict[str, Any]] = field(default=lambda url: {})


def _egestor_token(url: str) -> dict[str, Any]:
    response = httpx.get(f"{url}/_mock/personal-token", timeout=10)
    response.raise_for_status()
    return {"personal_token": response.json()["personal_token"]}


def _quickstart_code(url: str) -> dict[str, Any]:
    from erp_adapters import quickstart

    redirect = "http://127.0.0.1:8765/callback"
    authorize, state = quickstart.authorization_url(url, client_id="pkg-app", redirect_uri=redirect)
    response = httpx.get(authorize, timeout=10)
    assert response.status_code == 302, response.text
    code = quickstart.code_from_callback(response.headers["location"], expected_state=state)
    return {"code": code.reveal(), "redirect_uri": redirect}


SMOKE: dict[str, Smoke] = {
    "egestor": Smoke(
        "erp_mocks.egestor.app",
        {"client_id": "pkg-app", "client_secret": "pkg-secret", "records": 3},
        """
        from erp_adapters import egestor
        from egestor_client.api.contatos import list_contatos
        client = egestor.connect(args["url"], personal_token=args["personal_token"])
        result = egestor.call(list_contatos.sync_detailed, client=client)
        """,
        "ContatoList",
        _egestor_token,
    ),
    "gestix": Smoke(
        "erp_mocks.gestix.app",
        {"api_token": "pkg-token", "username": "pkg", "password": "pkg-password", "accounts": ["03101176"]},
        """
        import tempfile
        from erp_adapters import gestix
        from gestix_client.api.status import get_status
        client = gestix.connect("03101176", api_token="pkg-token", server=args["url"], nonce_dir=tempfile.mkdtemp())
        result = gestix.call(get_status.sync_detailed, client=client)
        """,
        "Status",
    ),
    "gks4": Smoke(
        "erp_mocks.gks4.app",
        {"client_id": "pkg-client", "client_secret": "pkg-secret"},
        """
        from erp_adapters import gks4
        from gks4_client.api.customers import get_customer
        client = gks4.connect(args["url"], client_id="pkg-client", client_secret="pkg-secret",
                              token_url=args["url"] + "/connect/token")
        result = gks4.call(get_customer.sync_detailed, customer_number="K100421", client=client)
        """,
        "Customer",
    ),
    "quickstart": Smoke(
        "erp_mocks.quickstart.app",
        {"client_id": "pkg-app", "client_secret": "pkg-secret", "redirect_uri": "http://127.0.0.1:8765/callback"},
        """
        from erp_adapters import quickstart
        from quickstart_client.api.customers import list_customers
        client = quickstart.connect(args["url"], client_id="pkg-app", client_secret="pkg-secret",
                                    code=args["code"], redirect_uri=args["redirect_uri"])
        result = quickstart.call(list_customers.sync_detailed, client=client)
        """,
        "CustomerPage",
        _quickstart_code,
    ),
    "wisedat": Smoke(
        "erp_mocks.wisedat.app",
        {"api_key": "pkg-key", "user": "pkg", "password": "pkg-password", "key_bits": 1024},
        """
        from erp_adapters import wisedat
        from wisedat_client.api.company import get_company
        client = wisedat.connect(args["url"], api_key="pkg-key", user="pkg", password="pkg-password")
        result = wisedat.call(get_company.sync_detailed, client=client)
        """,
        "Company",
    ),
}

_PROLOGUE = """
import importlib.metadata, importlib.resources, json, sys
args = json.loads(sys.argv[1])
for package in (args["client"], "erp_adapters"):
    assert importlib.resources.files(package).joinpath("py.typed").is_file(), f"{package} ships no py.typed"
"""
_EPILOGUE = """
dists = sorted(d.metadata["Name"].lower().replace("_", "-") for d in importlib.metadata.distributions())
print(json.dumps({"result": type(result).__name__, "distributions": dists}))
"""


def test_every_client_has_a_smoke_call() -> None:
    assert sorted(SMOKE) == sorted(path.parent.name for path in ROOT.glob("clients/*/pyproject.toml"))


@pytest.mark.parametrize("vendor", sorted(SMOKE))
def test_wheel_installs_alone_and_calls_the_mock(vendor: str, dist: dict[str, Built], tmp_path: Path) -> None:
    smoke = SMOKE[vendor]
    client, adapters = dist[vendor], dist["adapters"]
    for built in (client, adapters):
        assert built.sdist.stat().st_size > 0
        assert any(name.endswith("/py.typed") for name in zipfile.ZipFile(built.wheel).namelist()), built.wheel

    venv = tmp_path / "venv"
    run([*uv(), "venv", "--quiet", "--python", sys.executable, str(venv)])
    python = venv / "bin" / "python"
    run(
        [*uv(), "pip", "install", "--quiet", "--python", str(python), "-c", str(LOCK),
         str(client.wheel), f"{adapters.wheel}[{vendor}]"],
        env={**os.environ, "VIRTUAL_ENV": str(venv)},
    )  # fmt: skip

    script = _PROLOGUE + textwrap.dedent(smoke.script) + _EPILOGUE
    factory = importlib.import_module(smoke.mock).create_app
    with MockServer(factory(**smoke.options)) as server:
        args = {"url": server.url, "client": f"{vendor}_client", **smoke.prepare(server.url)}
        # cwd outside the repo, so nothing but the venv's site-packages can be imported.
        ran = run([str(python), "-I", "-c", script, json.dumps(args)], cwd=tmp_path)
    report = json.loads(ran.stdout.strip().splitlines()[-1])

    assert report["result"] == smoke.expect
    installed = set(report["distributions"])
    assert {f"{vendor}-client", "erp-adapters", "httpx"} <= installed
    assert not {f"{other}-client" for other in SMOKE if other != vendor} & installed
    assert not set(MOCK_ONLY_DEPENDENCIES) & installed
    named = {requirement.split(">")[0].split("=")[0].split("<")[0] for requirement in ADAPTER_EXTRAS[vendor]}
    for dependency in VENDOR_ONLY_DEPENDENCIES:
        assert (dependency in installed) == (dependency in named), f"{dependency} for {vendor}: {sorted(installed)}"
