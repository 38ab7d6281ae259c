"""Quickstart's list parameters in the documented wire format: ``filter[field]=v1,v2`` and ``sort=-field``.

The spec declares ``filter`` as a deepObject parameter, but openapi-python-client ignores the style
and merges the ``ListFilter``'s keys into the query as they are: a filter keyed by field name would
go out as ``status=open,paid``, which the server does not read as a filter. :func:`filters` builds
the ``ListFilter`` with the bracketed wire keys instead, so the generated function sends exactly
``filter[status]=open,paid`` (percent-encoded by httpx as ``filter%5Bstatus%5D=open%2Cpaid``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from quickstart_client.models import ListFilter

_FIELD = re.compile(r"^[A-Za-z_][A-Za-z0-9_.]*$")


def _joined(field: str, values: str | Iterable[str]) -> str:
    listed = [values] if isinstance(values, str) else list(values)
    if not listed:
        raise ValueError(f"filter on {field!r} needs at least one value")
    for value in listed:
        if not isinstance(value, str) or not value or "," in value:
            raise ValueError(f"filter value {value!r} for {field!r} must be a non-empty string without commas")
    return ",".join(listed)


def filters(fields: Mapping[str, str | Iterable[str]] | None = None, /, **more: str | Iterable[str]) -> ListFilter:
    """A ``ListFilter`` that the generated list functions send as ``filter[<field>]=<v1>,<v2>``.

    >>> filters(status=["open", "paid"]).to_dict()
    {'filter[status]': 'open,paid'}

    A record matches when its field equals any of the values; several fields must all match.
    Values cannot contain commas (the format has no escape for them).
    """
    result = ListFilter()
    for field, values in {**(fields or {}), **more}.items():
        if not _FIELD.match(field):
            raise ValueError(f"filter field {field!r} is not a field name")
        result[f"filter[{field}]"] = _joined(field, values)
    return result


def sort(field: str, *, descending: bool = False) -> str:
    """The ``sort`` value: ``field`` ascending, ``-field`` descending.

    >>> sort("created_at", descending=True)
    '-created_at'
    """
    if not _FIELD.match(field):
        raise ValueError(f"sort field {field!r} is not a field name")
    return f"-{field}" if descending else field
