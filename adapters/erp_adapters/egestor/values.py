"""Plain Python values from eGestor's loosely typed fields.

The generated client keeps each field as the API sent it, typed as the spec's union: a code can be
``1`` or ``"1"`` (``int | str``), an amount ``100`` or ``"50.00"`` (``float | str``), a date
``"2017-04-24"`` or ``"0000-00-00"`` (``str``), a timestamp ``"2017-01-15 11:20:15"`` (``str``).
These helpers turn them into one Python type each; an absent field (``UNSET``), ``None``, ``""``
and the zero date all become ``None``.

>>> as_int("1"), as_decimal("50.00"), as_date("0000-00-00"), as_datetime("2017-01-15 11:20:15")
(1, Decimal('50.00'), None, datetime.datetime(2017, 1, 15, 11, 20, 15))
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from egestor_client.types import Unset

_EMPTY_DATES = frozenset({"", "0000-00-00", "0000-00-00 00:00:00"})


def as_int(value: int | str | Unset | None) -> int | None:
    """``1`` or ``"1"`` -> ``1``; ``""`` / absent -> ``None``. Raises ``ValueError`` for non-digits."""
    if value is None or isinstance(value, Unset) or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(f"not a whole number: {value!r}")
    return int(value)


def as_decimal(value: float | int | str | Unset | None) -> Decimal | None:
    """``100``, ``10.37`` or ``"50.00"`` -> ``Decimal`` (floats via their shortest repr: 10.37 -> Decimal('10.37'))."""
    if value is None or isinstance(value, Unset) or value == "":
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise ValueError(f"not a decimal number: {value!r}") from None


def as_date(value: str | Unset | None) -> dt.date | None:
    """``"2017-04-24"`` -> ``date(2017, 4, 24)``; ``"0000-00-00"``, ``""`` and absent -> ``None``."""
    if value is None or isinstance(value, Unset) or value in _EMPTY_DATES:
        return None
    return dt.date.fromisoformat(value)


def as_datetime(value: str | Unset | None) -> dt.datetime | None:
    """``"2017-01-15 11:20:15"`` -> a naive ``datetime`` (no time zone is sent: it is the account's local time)."""
    if value is None or isinstance(value, Unset) or value in _EMPTY_DATES:
        return None
    return dt.datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
