"""Seed data: records a mock holds before it serves, created through the spec's own operations.

A seed file (JSON, or YAML when it ends in ``.yaml``/``.yml``) is a list of entries, applied in
order when the mock starts and again after every ``POST /_mock/reset``::

    - operation: create_customer        # an operationId of the vendor's spec
      path: {}                          # path parameters (optional)
      query: {}                         # query parameters (optional; e.g. Gestix's ``nonce``)
      prefix: {account: "03101176"}     # server variables of a templated prefix (Gestix only)
      body: {customerNumber: K1, ...}   # the request body, as a client would send it

Each entry is validated exactly like a request (parameters, JSON Schema, generated model) and
handled by the vendor's handler, without credentials (seeding is not a login). An entry that is
refused (any status >= 400) stops the mock with :class:`SeedError` naming the entry and the
answer, so a seed never half-applies silently.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from starlette.responses import Response

Invoke = Callable[["SeedEntry"], Response]
"""What :func:`erp_mocks.engine.app.build_app` exposes as ``app.state.invoke``."""


class SeedError(Exception):
    """A seed file that cannot be read, or an entry the mock refused."""


@dataclass(frozen=True)
class SeedEntry:
    """One call of a seed file."""

    operation: str
    path: Mapping[str, Any] = field(default_factory=dict)
    query: Mapping[str, Any] = field(default_factory=dict)
    prefix: Mapping[str, str] = field(default_factory=dict)
    body: Any = None


_KEYS = {"operation", "path", "query", "prefix", "body"}


def read_seed(file: Path) -> list[SeedEntry]:
    """The entries of a seed file (see the module docstring for the format)."""
    try:
        text = file.read_text()
        raw = yaml.safe_load(text) if file.suffix in (".yaml", ".yml") else json.loads(text)
    except (OSError, ValueError, yaml.YAMLError) as exc:
        raise SeedError(f"cannot read seed file {file}: {exc}") from None
    if not isinstance(raw, list):
        raise SeedError(f"seed file {file}: expected a list of entries, got {type(raw).__name__}")
    entries = []
    for index, item in enumerate(raw):
        if not isinstance(item, dict) or "operation" not in item or set(item) - _KEYS:
            raise SeedError(f"seed file {file}, entry {index}: expected a mapping with 'operation' and only {_KEYS}")
        problem = _type_problem(item)
        if problem:
            raise SeedError(f"seed file {file}, entry {index}: {problem}")
        entries.append(SeedEntry(**item))
    return entries


_SCALAR = (str, int, float, bool)


def _type_problem(item: dict[str, Any]) -> str | None:
    """What is wrong with the types of a seed entry's fields (``None`` if nothing is)."""
    if not isinstance(item["operation"], str):
        return "'operation' must be a string (an operationId)"
    for key in ("path", "query", "prefix"):
        values = item.get(key, {})
        if not isinstance(values, dict) or not all(isinstance(name, str) for name in values):
            return f"{key!r} must be a mapping of names to values"
        for name, value in values.items():
            many = key == "query" and isinstance(value, list)  # a repeated query parameter
            if not all(isinstance(one, _SCALAR) for one in (value if many else [value])):
                return f"{key}.{name} must be a string, a number or a boolean" + (
                    " (or a list of them)" * (key == "query")
                )
            if key == "prefix" and not isinstance(value, str):
                return f"prefix.{name} must be a string"
    return None


def apply_seed(invoke: Invoke, entries: Sequence[SeedEntry]) -> None:
    """Run every entry through ``invoke``; raise :class:`SeedError` on the first refused one."""
    for index, entry in enumerate(entries):
        response = invoke(entry)
        if response.status_code >= 400:
            body = bytes(response.body).decode("utf-8", "replace")[:500]
            raise SeedError(f"seed entry {index} ({entry.operation}) refused with {response.status_code}: {body}")
