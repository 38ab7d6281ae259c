"""Every example in specs/egestor.yaml (the vendor doc's examples) parses through the generated client.

Each response example is fed to the generated parse function of its operation and status; the
result must be the model the spec names, and turning it back into JSON must give the example back
unchanged (nothing dropped, nothing coerced: ``"1"`` stays ``"1"``, ``"0.000"`` stays ``"0.000"``).
Request examples go through their request models the same way.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from egestor_client import AuthenticatedClient, models

SPEC: dict[str, Any] = yaml.safe_load((Path(__file__).resolve().parents[2] / "specs" / "egestor.yaml").read_text())


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _examples(media: dict[str, Any]) -> dict[str, Any]:
    found = {"example": media["example"]} if "example" in media else {}
    found.update({name: _resolve(example)["value"] for name, example in media.get("examples", {}).items()})
    return found


def _cases() -> list[Any]:
    cases = []
    for path_item in SPEC["paths"].values():
        for method, operation in path_item.items():
            if method not in ("get", "post", "put", "delete"):
                continue
            for status, response in operation["responses"].items():
                media = _resolve(response).get("content", {}).get("application/json")
                if media is None:
                    continue
                schema = media["schema"]["$ref"].rsplit("/", 1)[-1]
                for name, example in _examples(media).items():
                    case_id = f"{operation['operationId']}-{status}-{name}"
                    cases.append(
                        pytest.param(
                            operation["tags"][0], operation["operationId"], int(status), schema, example, id=case_id
                        )
                    )
    return cases


CASES = _cases()


def test_the_doc_examples_are_all_walked() -> None:
    by_status: dict[int, int] = {}
    for case in CASES:
        by_status[case.values[2]] = by_status.get(case.values[2], 0) + 1
    # 200: every operation but the authorize page and POST /servicos (the doc prints no body), two token answers.
    # 404/410: 21 each. The 401 declares no content (its body may be empty): its two doc examples are
    # x-error-examples of components/responses/Unauthorized, checked below.
    assert by_status == {200: 33, 404: 21, 410: 21}


@pytest.mark.parametrize("name", ["contatos", "vendas"])
def test_the_401_doc_examples_parse_as_the_error_model(name: str) -> None:
    example = SPEC["components"]["responses"]["Unauthorized"]["x-error-examples"][name]["value"]
    parsed = models.Error.from_dict(example)
    assert parsed.err_code == 401
    assert parsed.to_dict() == example


@pytest.mark.parametrize(("tag", "operation_id", "status", "schema", "example"), CASES)
def test_response_example_parses(tag: str, operation_id: str, status: int, schema: str, example: Any) -> None:
    module = importlib.import_module(f"egestor_client.api.{tag}.{operation_id}")
    client = AuthenticatedClient("http://egestor.test", token="")
    response = httpx.Response(status, json=example, request=httpx.Request("GET", "http://egestor.test/"))
    parsed = module._parse_response(client=client, response=response)
    assert type(parsed).__name__ == schema
    assert parsed.to_dict() == example


def test_request_examples_parse() -> None:
    body = SPEC["paths"]["/oauth/access_token"]["post"]["requestBody"]["content"]["application/json"]
    names: dict[str, Any] = {
        "authorization_code": models.AccessTokenRequestAuthorizationCode,
        "refresh_token": models.AccessTokenRequestRefreshToken,
        "personal": models.AccessTokenRequestPersonal,
    }
    examples = _examples(body)
    assert set(examples) == set(names)
    for name, example in examples.items():
        assert names[name].from_dict(example).to_dict() == example
