"""The tolerant-reader rule of scripts/lint_specs.py fails on a spec edit that breaks the policy, naming the place."""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "scripts") not in sys.path:
    sys.path.insert(0, str(ROOT / "scripts"))

import lint_specs  # noqa: E402
import tolerant_reader  # noqa: E402

VENDORS = ["egestor", "gestix", "gks4", "quickstart", "wisedat"]


def _spec(vendor: str) -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load((ROOT / "specs" / f"{vendor}.yaml").read_text())
    return document


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_spec_follows_the_policy(vendor: str) -> None:
    assert tolerant_reader.violations(_spec(vendor)) == []


def test_an_optional_response_property_that_rejects_null_fails_naming_it(capsys: pytest.CaptureFixture[str]) -> None:
    spec = _spec("gks4")
    spec["components"]["schemas"]["Customer"]["properties"]["postalAddress"] = {"$ref": "#/components/schemas/Address"}
    assert lint_specs._tolerant_reader("gks4", spec) == 1
    assert "FAIL gks4: Customer.postalAddress: optional response property must accept null" in capsys.readouterr().out


def test_a_nullable_scalar_made_strict_again_fails() -> None:
    spec = _spec("wisedat")
    schema = spec["components"]["schemas"]["Country"]["properties"]["name"]
    del schema["nullable"]
    assert tolerant_reader.violations(spec) == ["Country.name: optional response property must accept null"]


def test_a_required_property_may_reject_null() -> None:
    spec = _spec("wisedat")
    assert "nullable" not in spec["components"]["schemas"]["Country"]["properties"]["iso_3166_1"]
    assert tolerant_reader.violations(spec) == []


def test_a_schema_shared_by_a_request_and_a_response_must_be_split() -> None:
    spec = _spec("egestor")
    venda = spec["components"]["schemas"]["VendaCreate"]["properties"]
    venda["customizado"] = {"$ref": "#/components/schemas/VendaCustomizado"}
    assert tolerant_reader.violations(spec) == [
        "VendaCustomizado: schema is used by a request and a response; split it (requests stay strict)"
    ]


def test_a_json_body_without_415_and_a_401_with_content_fail() -> None:
    spec = copy.deepcopy(_spec("gks4"))
    del spec["paths"]["/api/v1/customers"]["post"]["responses"]["415"]
    spec["components"]["responses"]["Unauthorized"]["content"] = {
        "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
    }
    problems = tolerant_reader.violations(spec)
    assert "POST /api/v1/customers: takes a JSON body but declares no 415" in problems
    assert (
        "GET /api/v1/customers/{customerNumber}: the 401 declares content; its body may be empty, so declare none"
        in problems
    )


def test_an_example_its_schema_rejects_is_reported() -> None:
    spec = _spec("egestor")
    spec["components"]["responses"]["NotFound"]["content"]["application/json"]["example"]["errCode"] = "404"
    problems = tolerant_reader.violations(spec)
    assert problems and all("example does not match its schema: '404' is not of type 'integer'" in p for p in problems)
