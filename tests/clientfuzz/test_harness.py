"""The client fuzzer's judge can fail: it catches values that contradict their hints and bare exceptions."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from wisedat_client.api.products import list_products
from wisedat_client.models import ProductDetail, Tax

from tests.clientfuzz import harness


@pytest.fixture(autouse=True)
def _untallied() -> Iterator[None]:
    """These cases test the judge; they do not count in the fuzzing tally."""
    saved = harness.cases.copy(), harness.failures.copy()
    yield
    harness.cases.clear()
    harness.cases.update(saved[0])
    harness.failures.clear()
    harness.failures.update(saved[1])


DETAIL = {"id": 5, "name": "BOLT", "tax": {"id": "NOR", "type": 3}}


def _list_products(status: int = 200) -> harness.Response:
    return next(
        r for r in harness.declared_responses("wisedat") if r.operation_id == "list_products" and r.status == status
    )


def test_mismatch_names_the_field_that_contradicts_its_hint() -> None:
    wrong = ProductDetail(id=5, tax=Tax(id=7))  # type: ignore[arg-type]
    assert harness.mismatch(wrong, ProductDetail) == "tax.id: int is not str"
    assert harness.mismatch(ProductDetail(id=True), ProductDetail) == "id: bool is not an int"
    assert harness.mismatch(ProductDetail.from_dict(DETAIL), ProductDetail) is None


def test_a_valid_body_parses_and_a_mutated_one_fails_with_its_path() -> None:
    response = _list_products()
    assert harness.schema_accepts(response, DETAIL)
    assert harness.judge(response, DETAIL) is None
    wrong = harness.mutate(DETAIL, "wrong", ("tax", "id"))
    assert not harness.schema_accepts(response, wrong)
    assert harness.judge(response, wrong) is None  # ParseError naming tax.id: the accepted outcome


def test_a_model_contradicting_its_hints_is_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    def lenient(**_: Any) -> ProductDetail:
        return ProductDetail(id="5")  # type: ignore[arg-type]

    monkeypatch.setattr(list_products, "_parse_response", lenient)
    problem = harness.judge(_list_products(), DETAIL)
    assert problem is not None and "id: str is not an int" in problem


@pytest.mark.parametrize("valid", [True, False])
def test_a_bare_exception_from_the_parser_is_a_failure(monkeypatch: pytest.MonkeyPatch, valid: bool) -> None:
    def broken(**_: Any) -> ProductDetail:
        raise KeyError("id")

    monkeypatch.setattr(list_products, "_parse_response", broken)
    body = DETAIL if valid else {"name": "no id"}
    problem = harness.judge(_list_products(), body)
    assert problem is not None
    assert ("failed to parse" if valid else "without a field path") in problem


def test_an_error_status_must_raise_the_vendor_error_for_it() -> None:
    assert harness.judge(_list_products(404), {"errors": ["not here"]}) is None
    assert harness.judge(_list_products(404), ["not", "the envelope"]) is None


@pytest.mark.parametrize(
    ("path", "exists"),
    [
        ("tax.id", True),
        ("tax.missing", True),
        ("tax.id.deeper", False),
        ("items[0]", False),
        ("", True),
        ('odd["a.b"][1]', True),
        ('odd["a.b"][2]', False),
        ("odd.a.b", False),
    ],
)
def test_path_exists(path: str, exists: bool) -> None:
    assert harness.path_exists({**DETAIL, "odd": {"a.b": [0, 1]}}, path) is exists


def test_every_mutation_kind_applies() -> None:
    kinds = {kind for kind, _ in harness.mutations(DETAIL)}
    assert kinds == set(harness.MUTATIONS)
    assert harness.mutate(DETAIL, "drop", ("id",)) == {"name": "BOLT", "tax": {"id": "NOR", "type": 3}}
    assert harness.mutate(DETAIL, "null", ("tax", "type"))["tax"]["type"] is None
    assert DETAIL["tax"] == {"id": "NOR", "type": 3}  # the original is untouched


def test_generated_bodies_are_valid() -> None:
    response = _list_products()

    @settings(max_examples=20, derandomize=True, database=None, deadline=None)
    @given(body=harness.body_strategy("wisedat", response.schema_key))
    def run(body: Any) -> None:
        assert harness.schema_accepts(response, body)

    run()


def test_the_null_policy_names_an_optional_property_that_rejects_null() -> None:
    schema = {
        "type": "object",
        "required": ["id"],
        "properties": {
            "id": {"type": "integer"},
            "strict": {"type": "string"},
            "tolerant": {"type": "string", "nullable": True},
            "items": {"type": "array", "items": {"type": "object", "properties": {"deep": {"type": "string"}}}},
        },
    }
    response = harness.Response("gks4", "get_x", "get", "/x", 200, "application/json", json.dumps(schema))
    body = {"id": 1, "strict": "a", "tolerant": "b", "items": [{"deep": "c"}]}
    assert sorted(harness.null_policy_violations(response, body)) == [
        "get_x 200 application/json: items may be absent but not null",
        "get_x 200 application/json: items[*].deep may be absent but not null",
        "get_x 200 application/json: strict may be absent but not null",
    ]
    error = harness.Response("gks4", "get_x", "get", "/x", 404, "application/json", json.dumps(schema))
    assert harness.null_policy_violations(error, body) == []  # the policy covers success bodies
