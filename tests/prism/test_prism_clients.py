"""Every operation of every generated client, called against Prism's mock of its spec.

For each operation, schemathesis draws valid inputs from the spec; the test turns them into the
generated function's arguments (attrs models via ``from_dict``, enums, dates), calls its
``sync_detailed`` with a generated ``AuthenticatedClient`` and requires a documented success
status and, where that response has a JSON schema, a parsed model. Prism validates the request the
client serialised and answers from the spec, so this checks the client's request building and its
response parsing against the spec alone, independently of our mocks. Credentials are placeholders
(Prism checks presence only).
"""

from __future__ import annotations

import datetime
import enum
import functools
import importlib
import inspect
import io
import pkgutil
import re
import types
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, assume, given, settings
from schemathesis import Case, GenerationMode
from schemathesis.core import NotSet

from tests.prism import prism

pytestmark = [
    pytest.mark.prism,
    pytest.mark.skipif(not prism.available(), reason="Prism CLI not installed: run `npm ci` in the repo root"),
]

SPECS = Path(__file__).resolve().parents[2] / "specs"
VENDORS = sorted(path.stem for path in SPECS.glob("*.yaml"))
EXAMPLES = 3
"""Valid inputs drawn per operation (the spec's shape is what is checked, not the data)."""
_SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck)
)
_JSON = re.compile(r"^application/(.+\+)?json")


@functools.cache
def _schema(vendor: str) -> schemathesis.BaseSchema:
    return schemathesis.openapi.from_path(SPECS / f"{vendor}.yaml")


def _operation_ids(vendor: str) -> list[str]:
    return sorted(operation["operationId"] for _, _, operation in prism.operations_of(_schema(vendor).raw_schema))


@functools.cache
def _endpoints(vendor: str) -> dict[str, types.ModuleType]:
    """The generated endpoint modules of ``<vendor>_client.api``, by module name (the snake_case operationId)."""
    api = importlib.import_module(f"{vendor}_client.api")
    found = {}
    for info in pkgutil.walk_packages(api.__path__, prefix=f"{api.__name__}."):
        module = importlib.import_module(info.name)
        if hasattr(module, "sync_detailed"):
            found[info.name.rsplit(".", 1)[1]] = module
    return found


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).replace("-", "_").lower()


def _key(name: str) -> str:
    """A spec parameter name or Python argument name, comparable: ``modifiedSince`` ~ ``modified_since``."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _client(vendor: str) -> Any:
    package = importlib.import_module(f"{vendor}_client")
    schemes = _schema(vendor).raw_schema.get("components", {}).get("securitySchemes", {})
    headers, query = prism.client_credentials(schemes)
    return package.AuthenticatedClient(
        base_url=prism.url(vendor), token=prism.TOKEN, headers=headers, httpx_args={"params": query}, timeout=10.0
    )


def _convert(annotation: Any, value: Any) -> Any:
    """``value`` (JSON, as schemathesis generated it) as the generated function expects ``annotation``."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        options = [
            a for a in typing.get_args(annotation) if a is not type(None) and getattr(a, "__name__", "") != "Unset"
        ]
        errors = []
        for option in options:
            try:
                return _convert(option, value)
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                errors.append(exc)
        raise TypeError(f"{value!r} fits none of {options}: {errors}")
    if origin is list:
        (item,) = typing.get_args(annotation)
        if not isinstance(value, list):
            raise TypeError(f"{value!r} is not a list")
        return [_convert(item, v) for v in value]
    if isinstance(annotation, type):
        if issubclass(annotation, enum.Enum):
            return annotation(value)
        if annotation is datetime.datetime:
            return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        if annotation is datetime.date:
            return datetime.date.fromisoformat(value)
        if hasattr(annotation, "from_dict"):
            if not isinstance(value, dict):
                raise TypeError(f"{value!r} is not an object for {annotation.__name__}")
            return annotation.from_dict(value)
        if annotation.__name__ == "File":
            payload = value if isinstance(value, bytes) else str(value).encode()
            file: Any = annotation
            return file(payload=io.BytesIO(payload), file_name="file")
        if annotation in (int, float) and isinstance(value, bool):
            raise TypeError(f"{value!r} is a bool")
        if annotation is float and isinstance(value, int):
            return float(value)
        if annotation in (int, str, bool, float) and not isinstance(value, annotation):
            raise TypeError(f"{value!r} is not {annotation.__name__}")
    return value


def _arguments(fn: Callable[..., Any], case: Case[Any]) -> dict[str, Any]:
    """Keyword arguments for a generated ``sync_detailed`` from a generated case (required ones and the body)."""
    hints = typing.get_type_hints(fn)
    given_values = {
        _key(name): value
        for container in (case.path_parameters, case.query, case.headers, case.cookies)
        for name, value in (container or {}).items()
    }
    arguments: dict[str, Any] = {}
    for name, parameter in inspect.signature(fn).parameters.items():
        if name == "client":
            continue
        if name == "body":
            if not isinstance(case.body, NotSet):
                arguments[name] = _convert(hints[name], case.body)
            continue
        if parameter.default is inspect.Parameter.empty:
            arguments[name] = _convert(hints[name], given_values[_key(name)])
    return arguments


def _successes(operation: dict[str, Any]) -> dict[int, bool]:
    """Documented 2xx statuses, each with whether its answer is JSON with a schema (so must parse)."""
    found = {}
    for status, response in operation["responses"].items():
        if str(status).startswith("2"):
            content = response.get("content", {})
            found[int(status)] = any(_JSON.match(media) and "schema" in body for media, body in content.items())
    return found


@pytest.mark.parametrize(
    ("vendor", "operation_id"),
    [(vendor, operation_id) for vendor in VENDORS for operation_id in _operation_ids(vendor)],
)
def test_client_call(vendor: str, operation_id: str) -> None:
    schema: Any = _schema(vendor)
    result = schema.find_operation_by_id(operation_id)
    operation = result.ok() if hasattr(result, "ok") else result
    module = _endpoints(vendor).get(_snake(operation_id))
    assert module is not None, f"{vendor}_client has no module for {operation_id}"
    successes = _successes(operation.definition.raw)
    client = _client(vendor)

    @given(case=operation.as_strategy(generation_mode=GenerationMode.POSITIVE))
    @_SETTINGS
    def call(case: Case[Any]) -> None:
        assume("" not in (case.query or {}).values())  # Prism reads `?id=` as no id at all
        response = module.sync_detailed(client=client, **_arguments(module.sync_detailed, case))
        assert response.status_code in successes, (
            f"{operation.label}: {response.status_code} {response.content[:300]!r}"
        )
        if successes[response.status_code]:
            assert response.parsed is not None, f"{operation.label}: unparsed {response.content[:300]!r}"

    call()
