"""Variance mode's building blocks: lossless branch conversion and its validator cache."""

from __future__ import annotations

from typing import Any

import pytest

from erp_mocks.engine.variance import _convert


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
