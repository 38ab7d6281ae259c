"""Quickstart's ``created_at`` / ``updated_at``: ``"YYYY-MM-DD hh:mm:ss"`` strings, not ISO 8601.

The generated models keep them as strings (the spec gives them a pattern, not ``format:
date-time``, because they are not RFC 3339); :func:`parse_timestamp` turns them into datetimes.
"""

from __future__ import annotations

import datetime as dt
import re

from quickstart_client.types import Unset

FORMAT = "%Y-%m-%d %H:%M:%S"
_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}")  # the spec's pattern (strptime alone is lax)


def parse_timestamp(value: str | Unset | None, *, tz: dt.tzinfo | None = None) -> dt.datetime | None:
    """``"2019-01-01 01:01:01"`` as a :class:`datetime.datetime`; ``None`` for a null or absent value.

    The vendor does not state the time zone, so the result is naive unless ``tz`` is given (it is
    attached, not converted to). A value in any other format raises ``ValueError``.

    >>> parse_timestamp("2019-01-01 01:01:01")
    datetime.datetime(2019, 1, 1, 1, 1, 1)
    """
    if value is None or isinstance(value, Unset):
        return None
    problem = f"{value!r} is not a Quickstart timestamp (YYYY-MM-DD hh:mm:ss)"
    if not isinstance(value, str) or not _SHAPE.fullmatch(value):
        raise ValueError(problem)
    try:
        parsed = dt.datetime.strptime(value, FORMAT)
    except ValueError as exc:  # e.g. month 13
        raise ValueError(problem) from exc
    return parsed.replace(tzinfo=tz) if tz is not None else parsed
