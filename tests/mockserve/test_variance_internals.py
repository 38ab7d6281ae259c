"""Variance mode's building blocks: lossless branch conversion and its validator cache."""

from __future__ import annotations

from typing import Any

import pytest

from erp_mocks.engine import variance
from erp_mocks.engine.spec import Spec, spec_path
from erp_mocks.engine.variance import Variance, _convert


@pytest.mark.parametrize(
    ("value", "kind", "expected"),
    [("7", "integer", 7), ("-12", "number", -12), ("2.5", "number", 2.5), (7, "string", "7")],
)
def test_a_lossless_conversion_is_made(value: Any, kind: str, expected: Any) -> None:
    converted = _convert(value, {"type": kind}, {"type": "string"})
    assert converted == expected and type(converted) is type(expected)


@pytest.mark.parametrize(
    ("value", "kind"),
    [("007", "integer"), ("007", "number"), ("50.00", "number"), ("1e3", "number"), ("-0", "integer"),
     ("nan", "number"), ("1.5", "integer"), ("x", "number")],
)  # fmt: skip
def test_text_a_number_would_not_print_back_as_is_kept(value: str, kind: str) -> None:
    assert _convert(value, {"type": kind}, {"type": "string"}) is None


def test_each_variance_has_its_own_validator_cache() -> None:
    spec = Spec(spec_path("gks4"))
    schema = {"type": "integer"}
    first = Variance(spec, 1)
    assert first._valid(3, schema) and not first._valid("x", schema)
    assert len(first._validators) == 1
    for seed in range(5):  # what each reset does: a fresh app, a fresh Variance
        later = Variance(spec, seed)
        assert later._valid(3, {"type": "integer"})
        assert len(later._validators) == 1
    assert len(first._validators) == 1
    assert not hasattr(variance, "_validators")  # no module-level cache that outlives the apps
