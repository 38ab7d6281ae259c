"""The mocks and erp-contract as an integrator installs them: wheels in a fresh venv outside the repo.

One fresh venv (made once, outside the repo) gets the mocks' wheel, every client's wheel,
``erp-adapters[<all vendors>]`` and erp-contract's wheel (dependencies held to the lock): what five
integrators would each install for their vendor, in one venv to keep CI cheap (per-vendor
isolation of the client installs is tests/packaging/test_packaging.py's job). Per vendor, its
``erp-mock <vendor> --port 0`` serves the vendor (specs from the wheel's package data, nothing from
the repo), its ``erp-contract`` checks that mock with writes and the stateful phase on a small
budget and must pass, and stopping the mock leaves no process of its group behind.
"""

from __future__ import annotations

import os
import re
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import httpx
import pytest

from tests.packaging.build import ROOT, Built, fresh_venv
from tests.processes import group_alive, started

pytestmark = pytest.mark.packaging

SPECS = sorted(path.name for path in (ROOT / "specs").glob("*.yaml"))
VENDORS = [name.removesuffix(".yaml") for name in SPECS]
BANNER_URL = re.compile(r" mock on (http://127\.0\.0\.1:\d+)")


@pytest.mark.parametrize(("project", "package"), [("mocks", "erp_mocks"), ("contract", "erp_contract")])
def test_wheel_and_sdist_ship_the_repo_specs(dist: dict[str, Built], project: str, package: str) -> None:
    wheel = zipfile.ZipFile(dist[project].wheel)
    for name in SPECS:
        assert wheel.read(f"{package}/specs/{name}") == (ROOT / "specs" / name).read_bytes(), name


def _mock_env(vendor: str, url: str, tmp: Path) -> dict[str, str]:
    """The erp-contract variables for the CLI mock's demo credentials (what its banner prints)."""
    if vendor == "wisedat":
        return {"WISEDAT_API_KEY": "demo-api-key", "WISEDAT_USER": "api", "WISEDAT_PASSWORD": "demo-password"}
    if vendor == "gks4":
        return {"GKS4_CLIENT_ID": "demo-client", "GKS4_CLIENT_SECRET": "demo-secret"}
    if vendor == "gestix":
        return {"GESTIX_ACCOUNT": "03101176", "GESTIX_API_TOKEN": "demo-api-token"}
    if vendor == "egestor":
        token = httpx.get(f"{url}/_mock/personal-token", timeout=10).json()["personal_token"]
        return {"EGESTOR_PERSONAL_TOKEN": token}
    redirect = "http://127.0.0.1:8765/callback"
    answer = httpx.get(
        f"{url}/oauth/authorize",
        params={"response_type": "code", "client_id": "demo-client", "redirect_uri": redirect, "state": "s"},
        timeout=10,
    )
    code = httpx.URL(answer.headers["location"]).params["code"]
    return {
        "QUICKSTART_CLIENT_ID": "demo-client",
        "QUICKSTART_CLIENT_SECRET": "demo-secret",
        "QUICKSTART_TOKEN_FILE": str(tmp / "quickstart-tokens.json"),
        "QUICKSTART_CODE": code,
        "QUICKSTART_REDIRECT_URI": redirect,
    }


_MOCK_OPTIONS: dict[str, list[str]] = {"egestor": ["--option", "rate_limit=1000000"]}
"""eGestor's documented 60 requests/minute would answer most contract cases with 429."""


def _token_url(vendor: str, url: str) -> list[str]:
    return ["--token-url", f"{url}/connect/token"] if vendor == "gks4" else []


@pytest.fixture(scope="module")
def integrator_bin(dist: dict[str, Built], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bin directory of a fresh venv with the mocks, every client, the adapters and erp-contract."""
    return fresh_venv(
        tmp_path_factory.mktemp("integrator") / "venv",
        str(dist["mocks"].wheel), *(str(dist[vendor].wheel) for vendor in VENDORS),
        f"{dist['adapters'].wheel}[{','.join(VENDORS)}]", str(dist["contract"].wheel),
    )  # fmt: skip


@pytest.mark.parametrize("vendor", VENDORS)
@pytest.mark.parametrize("mode", ["exact", "variance"])
def test_erp_mock_and_erp_contract_from_the_wheels(
    mode: str, vendor: str, dist: dict[str, Built], integrator_bin: Path, tmp_path: Path
) -> None:
    if mode == "variance" and "erp_mocks/engine/variance.py" not in zipfile.ZipFile(dist["mocks"].wheel).namelist():
        pytest.skip("this build of the mocks has no variance mode (erp_mocks/engine/variance.py)")
    bin_dir = integrator_bin
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    variance = ["--variance"] if mode == "variance" else []
    argv = [str(bin_dir / "erp-mock"), vendor, "--port", "0", *variance, *_MOCK_OPTIONS.get(vendor, [])]
    with started(argv, cwd=tmp_path, env=env, ready="Ctrl-C to stop") as (mock, banner):
        url = next(m[1] for line in banner if (m := BANNER_URL.search(line)))
        assert f"{vendor}.connect(" in "\n".join(banner)
        report = tmp_path / "junit.xml"
        contract = subprocess.run(  # noqa: S603 - fixed argv
            [str(bin_dir / "erp-contract"), vendor, "--base-url", url, *_token_url(vendor, url),
             "--writes", "--max-examples", "3", "--scenarios", "10", "--junit-xml", str(report)],
            cwd=tmp_path, env={**env, **_mock_env(vendor, url, tmp_path)}, capture_output=True, text=True,
            timeout=240, check=False,
        )  # fmt: skip
        assert contract.returncode == 0, contract.stdout + contract.stderr
        assert re.search(rf"^{vendor}\s+\d+\s+\d+", contract.stdout, re.M), contract.stdout
        suite = ET.parse(report).getroot().find("testsuite")  # noqa: S314 - our own file
        assert suite is not None and suite.get("failures") == "0" and int(suite.get("tests", "0")) > 0
        assert httpx.post(f"{url}/_mock/reset", timeout=10).json()["reset"] is True
    assert mock.returncode is not None
    assert not group_alive(mock.pid)


def test_the_wheel_mock_reads_no_repo_file(integrator_bin: Path, tmp_path: Path) -> None:
    found = subprocess.run(  # noqa: S603 - fixed argv
        [str(integrator_bin / "python"), "-I", "-c",
         "from erp_mocks.engine.spec import spec_path; print(spec_path('gks4'))"],
        cwd=tmp_path, capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    assert str(integrator_bin.parent) in found.stdout and str(ROOT) not in found.stdout
