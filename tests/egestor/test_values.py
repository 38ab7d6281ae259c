"""How eGestor's loosely typed fields become Python values (erp_adapters.egestor.values)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from egestor_client.types import UNSET

from erp_adapters.egestor.values import as_date, as_datetime, as_decimal, as_int


def test_codes_sent_as_numbers_or_digit_strings() -> None:
    assert [as_int(1), as_int("1"), as_int("-3"), as_int(""), as_int(None), as_int(UNSET)] == [
        1,
        1,
        -3,
        None,
        None,
        None,
    ]
    with pytest.raises(ValueError, match="abc"):
        as_int("abc")
    with pytest.raises(ValueError, match="True"):
        as_int(True)


def test_amounts_sent_as_numbers_or_decimal_strings() -> None:
    assert as_decimal("50.00") == Decimal("50.00") and str(as_decimal("50.00")) == "50.00"
    assert as_decimal(100) == Decimal(100)
    assert as_decimal(10.37) == Decimal("10.37")  # not 10.3699999999999992184029906638897955417633056640625
    assert as_decimal("0.000") == 0
    assert [as_decimal(""), as_decimal(None), as_decimal(UNSET)] == [None, None, None]
    with pytest.raises(ValueError, match="1,50"):
        as_decimal("1,50")


def test_dates_with_the_zero_date() -> None:
    assert as_date("2017-04-24") == dt.date(2017, 4, 24)
    assert [as_date("0000-00-00"), as_date(""), as_date(None), as_date(UNSET)] == [None, None, None, None]
    with pytest.raises(ValueError, match="month"):
        as_date("2017-13-01")


def test_timestamps_without_a_zone() -> None:
    stamp = as_datetime("2017-01-15 11:20:15")
    assert stamp == dt.datetime(2017, 1, 15, 11, 20, 15)
    assert stamp is not None and stamp.tzinfo is None
    assert [as_datetime("0000-00-00 00:00:00"), as_datetime(""), as_datetime(UNSET)] == [None, None, None]
    with pytest.raises(ValueError, match="2017-01-15T11:20:15"):
        as_datetime("2017-01-15T11:20:15")
