"""Client-side response fuzzing: generated response bodies through the generated client and the adapter.

For every operation of a vendor's spec and every declared response (status x JSON media type), bodies
are generated from the response schema (:mod:`tests.clientfuzz.bodies`) and mutated (a property nulled,
dropped or given a wrong type, an unknown property added, the body replaced by a wrong JSON type).
Each body is answered by an ``httpx.MockTransport`` (no sockets) to the adapter's ``call()`` of the
generated ``sync_detailed`` function, and judged:

* a 2xx body the schema accepts must parse, into values that match the generated type hints
  (checked recursively with :func:`typing.get_type_hints`);
* a 2xx body the schema rejects must parse into values of the declared types, or raise the vendor's
  ``ParseError`` whose cause is the generated ``ParseFailure`` naming a path that exists in the body;
* a non-2xx answer must raise the vendor's typed error for that status; when the schema accepts
  its body, the generated parser alone must also parse it into the declared types.

Anything else (a bare exception, a value contradicting its type hint) is a failure. Counts per
vendor are tallied in :data:`cases` and :data:`failures` (printed by ``tests/clientfuzz/conftest.py``).
"""

from __future__ import annotations

import contextlib
import copy
import datetime
import enum
import importlib
import inspect
import json
import math
import pkgutil
import re
import types
import typing
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import attrs
import httpx
import jsonschema
import yaml
from hypothesis import strategies as st

from tests.clientfuzz.bodies import from_schema

SPECS = Path(__file__).resolve().parents[2] / "specs"
VENDORS = ["egestor", "gestix", "gks4", "quickstart", "wisedat"]
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options"}

cases: Counter[str] = Counter()
"""Bodies fed to the client, per vendor."""
failures: Counter[str] = Counter()
"""Bodies whose outcome broke a rule above, per vendor."""
operations: Counter[str] = Counter()
"""Operations with at least one fuzzed JSON response, per vendor."""
responses: Counter[str] = Counter()
"""Fuzzed (operation, status, media type) combinations, per vendor."""
seconds: defaultdict[str, float] = defaultdict(float)
"""Wall time per vendor."""


# -- the spec as JSON Schema ---------------------------------------------------------------------------------------

_DROP = {"example", "examples", "description", "title", "discriminator", "readOnly", "writeOnly", "xml", "deprecated"}
_DROP |= {"externalDocs"}


def _convert(node: Any) -> Any:
    """An OpenAPI 3.0 schema object as JSON Schema (draft 7): ``nullable`` and component ``$ref``s translated."""
    if isinstance(node, list):
        return [_convert(item) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _DROP or key.startswith("x-"):
            continue
        if key == "$ref":
            out[key] = value.replace("#/components/schemas/", "#/definitions/")
        elif key in {"properties", "definitions"}:
            out[key] = {name: _convert(sub) for name, sub in value.items()}
        else:
            out[key] = _convert(value)
    for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        if out.get(exclusive) is True:  # OpenAPI 3.0's boolean form
            out[exclusive] = out.pop(bound)
        elif out.get(exclusive) is False:
            del out[exclusive]
    if out.pop("nullable", False):
        if "type" in out and "$ref" not in out:
            # An enum stays as listed: OpenAPI 3.0.3 allows null there only when the enum lists it.
            out["type"] = [out["type"], "null"] if isinstance(out["type"], str) else [*out["type"], "null"]
        else:
            return {"anyOf": [out, {"type": "null"}]}
    return out


@cache
def spec(vendor: str) -> dict[str, Any]:
    """The vendor's OpenAPI document."""
    loaded: dict[str, Any] = yaml.safe_load((SPECS / f"{vendor}.yaml").read_text())
    return loaded


@cache
def _definitions(vendor: str) -> dict[str, Any]:
    return {name: _convert(schema) for name, schema in spec(vendor)["components"].get("schemas", {}).items()}


def json_schema(vendor: str, schema: dict[str, Any]) -> dict[str, Any]:
    """A response schema of ``vendor`` as a self-contained JSON Schema."""
    return {**_convert(schema), "definitions": _definitions(vendor)}


@dataclass(frozen=True)
class Response:
    """One declared JSON response of one operation."""

    vendor: str
    operation_id: str
    method: str
    path: str
    status: int
    media_type: str
    schema_key: str
    """The response schema as canonical JSON (one strategy per distinct schema)."""

    @property
    def label(self) -> str:
        return f"{self.operation_id} {self.status} {self.media_type}"


def declared_responses(vendor: str) -> list[Response]:
    """Every (operation, status, JSON media type) of the vendor's spec, in spec order."""
    document = spec(vendor)
    shared = document.get("components", {}).get("responses", {})
    found = []
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method not in HTTP_METHODS:
                continue
            for status, response in operation.get("responses", {}).items():
                if "$ref" in response:
                    response = shared[response["$ref"].rsplit("/", 1)[-1]]
                for media_type, content in (response.get("content") or {}).items():
                    if not re.search(r"[/+]json\b", media_type) or "schema" not in content or not status.isdigit():
                        continue
                    key = json.dumps(content["schema"], sort_keys=True)
                    found.append(Response(vendor, operation["operationId"], method, path, int(status), media_type, key))
    return found


@cache
def body_strategy(vendor: str, schema_key: str) -> st.SearchStrategy[Any]:
    """Bodies the response schema accepts."""
    schema = json_schema(vendor, json.loads(schema_key))
    return from_schema(schema).filter(_validator(vendor, schema_key).is_valid)


@cache
def _validator(vendor: str, schema_key: str) -> jsonschema.Draft7Validator:
    return jsonschema.Draft7Validator(
        json_schema(vendor, json.loads(schema_key)), format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER
    )


def schema_accepts(response: Response, body: Any) -> bool:
    """Whether the response schema accepts ``body``."""
    return bool(_validator(response.vendor, response.schema_key).is_valid(body))


# -- mutations ---------------------------------------------------------------------------------------------------

Path_ = tuple[str | int, ...]


def _locations(body: Any, at: Path_ = ()) -> Iterator[tuple[Path_, Any]]:
    yield at, body
    if isinstance(body, dict):
        for key, value in body.items():
            yield from _locations(value, (*at, key))
    elif isinstance(body, list):
        for index, value in enumerate(body):
            yield from _locations(value, (*at, index))


def _wrong(value: Any) -> Any:
    """A value of another JSON type than ``value``."""
    if isinstance(value, bool):
        return 1
    if isinstance(value, str):
        return 42
    if isinstance(value, int | float):
        return "42"
    if isinstance(value, list):
        return {"not": "a list"}
    if isinstance(value, dict):
        return ["not", "an object"]
    return "not null"


MUTATIONS = ("null", "drop", "wrong", "extra")


def mutations(body: Any) -> list[tuple[str, Path_]]:
    """Every mutation that applies to ``body``: (kind, location)."""
    found: list[tuple[str, Path_]] = [("wrong", ())]
    for at, value in _locations(body):
        if isinstance(value, dict):
            found.append(("extra", at))
        if at and isinstance(at[-1], str):
            found += [("null", at), ("drop", at), ("wrong", at)]
        elif at:
            found.append(("wrong", at))
    return found


def mutate(body: Any, kind: str, at: Path_) -> Any:
    """A copy of ``body`` with one mutation applied."""
    if not at:
        return _wrong(body)
    mutated = copy.deepcopy(body)
    parent = mutated
    for step in at[:-1]:
        parent = parent[step]
    last = at[-1]
    if kind == "null":
        parent[last] = None
    elif kind == "drop":
        del parent[last]
    elif kind == "wrong":
        parent[last] = _wrong(parent[last])
    elif kind == "extra":
        parent[last]["zz_unknown_property"] = {"kept": [1, "two", None]}
    return mutated


def path_exists(body: Any, path: str) -> bool:
    """Whether a ParseFailure path (``items[3].product.name``) names a place in ``body``.

    The last step may be absent (a missing required property), but its parent must exist.
    """
    steps: list[str | int] = []
    for quoted, index, name in re.findall(r'\[("(?:[^"\\]|\\.)*")\]|\[(\d+)\]|([^.\[\]]+)', path):
        steps.append(json.loads(quoted) if quoted else int(index) if index else name)
    node = body
    for position, step in enumerate(steps):
        last = position == len(steps) - 1
        if isinstance(step, int):
            if not isinstance(node, list) or step >= len(node):
                return False
        elif not isinstance(node, dict) or (step not in node and not last):
            return False
        elif step not in node:
            return True
        node = node[step]
    return True


# -- the generated client --------------------------------------------------------------------------------------------


def make_client(vendor: str, handler: Callable[[httpx.Request], httpx.Response]) -> Any:
    """The vendor's generated client, wired as the adapter wires it, answering every request with ``handler``.

    The only place the fuzzer builds a client: auth is a no-op (bodies are what is fuzzed here, not
    logins), the transport is an ``httpx.MockTransport``.
    """
    core = importlib.import_module(f"erp_adapters.{vendor}")._core
    return core.connect("http://127.0.0.1:9", httpx.Auth(), httpx_args={"transport": httpx.MockTransport(handler)})


@cache
def endpoint_modules(vendor: str) -> dict[str, types.ModuleType]:
    """Generated endpoint modules by operationId."""
    api = importlib.import_module(f"{vendor}_client.api")
    found = {}
    for info in pkgutil.walk_packages(api.__path__, prefix=api.__name__ + "."):
        module = importlib.import_module(info.name)
        if hasattr(module, "sync_detailed"):
            found[info.name.rsplit(".", 1)[-1]] = module
    return found


class _Body:
    """A stand-in request body: the fuzzer varies responses, not requests."""

    def to_dict(self) -> dict[str, Any]:
        return {}

    def to_multipart(self) -> list[Any]:
        return []


def _dummy(hint: Any) -> Any:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        arms = [
            arm for arm in typing.get_args(hint) if arm is not type(None) and getattr(arm, "__name__", "") != "Unset"
        ]
        return _dummy(arms[0])
    if origin is list:
        return []
    if inspect.isclass(hint):
        if issubclass(hint, enum.Enum):
            return next(iter(hint))
        if hint is bool:
            return True
        if hint is int:
            return 1
        if hint is float:
            return 1.0
        if hint is str:
            return "x"
        if hint is datetime.datetime:
            return datetime.datetime(2026, 1, 2, 3, 4, 5)
        if hint is datetime.date:
            return datetime.date(2026, 1, 2)
        if hint is uuid.UUID:
            return uuid.UUID(int=1)
    return _Body()


@cache
def call_kwargs(vendor: str, operation_id: str) -> dict[str, Any]:
    """Values for the required parameters of the operation's ``sync_detailed`` (anything of the right type)."""
    function = endpoint_modules(vendor)[operation_id].sync_detailed
    hints = typing.get_type_hints(function)
    return {
        name: _dummy(hints[name])
        for name, parameter in inspect.signature(function).parameters.items()
        if name != "client" and parameter.default is inspect.Parameter.empty
    }


# -- type hints ----------------------------------------------------------------------------------------------------


def mismatch(value: Any, hint: Any, at: str = "") -> str | None:
    """Where ``value`` contradicts ``hint`` (recursively through attrs models), or None when it matches."""
    origin = typing.get_origin(hint)
    where = at or "(root)"
    if hint is Any:
        return None
    if origin in (typing.Union, types.UnionType):
        arms = typing.get_args(hint)
        problems = [mismatch(value, arm, at) for arm in arms]
        if any(problem is None for problem in problems):
            return None
        for arm, problem in zip(arms, problems, strict=True):
            outer = typing.get_origin(arm) or arm
            if inspect.isclass(outer) and isinstance(value, outer) and outer is not object:
                return problem  # the arm of the value's own type: its problem is the precise one
        return f"{where}: {type(value).__name__} matches no arm of {hint}"
    if origin is list:
        if not isinstance(value, list):
            return f"{where}: {type(value).__name__} is not a list"
        (item_hint,) = typing.get_args(hint) or (Any,)
        for index, item in enumerate(value):
            problem = mismatch(item, item_hint, f"{at}[{index}]")
            if problem:
                return problem
        return None
    if origin is dict:
        return None if isinstance(value, dict) else f"{where}: {type(value).__name__} is not a dict"
    if hint is type(None) or hint is None:
        return None if value is None else f"{where}: {type(value).__name__} is not None"
    if hint is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
        return None if ok else f"{where}: {type(value).__name__} is not a float"
    if hint is int:
        return None if type(value) is int else f"{where}: {type(value).__name__} is not an int"
    if inspect.isclass(hint) and attrs.has(hint):
        if not isinstance(value, hint):
            return f"{where}: {type(value).__name__} is not {hint.__name__}"
        hints = _model_hints(hint)
        for field in attrs.fields(hint):
            problem = mismatch(getattr(value, field.name), hints[field.name], f"{at}.{field.name}".lstrip("."))
            if problem:
                return problem
        return None
    if inspect.isclass(hint):
        return None if isinstance(value, hint) else f"{where}: {type(value).__name__} is not {hint.__name__}"
    return None


@cache
def _model_hints(model: type) -> dict[str, Any]:
    return typing.get_type_hints(model)


@cache
def return_hint(vendor: str, operation_id: str, status: int) -> Any:
    """What the generated parser of the operation declares for a body of ``status``.

    The strict templates declare ``response_<status>: <type>`` before parsing it; a status parsed
    without a declared type (an untyped schema) is ``Any``.
    """
    module = endpoint_modules(vendor)[operation_id]
    source = inspect.getsource(module._parse_response)
    declared = re.search(rf"^\s+response_{status}: (.+)$", source, re.M)
    if declared is None:
        return Any
    return eval(declared[1], vars(module))  # noqa: S307 - a type expression of generated code


# -- one case ------------------------------------------------------------------------------------------------------


def _vendor_errors(vendor: str) -> Any:
    return importlib.import_module(f"erp_adapters.{vendor}.errors").KINDS


def judge(response: Response, body: Any) -> str | None:
    """Feed ``body`` through the client and the adapter; return what went wrong, or None."""
    vendor = response.vendor
    module = endpoint_modules(vendor)[response.operation_id]
    adapter = importlib.import_module(f"erp_adapters.{vendor}")
    kinds = _vendor_errors(vendor)
    raw = json.dumps(body).encode()
    valid = schema_accepts(response, body)

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(response.status, content=raw, headers={"content-type": response.media_type})

    client = make_client(vendor, answer)
    kwargs = call_kwargs(vendor, response.operation_id)
    hint = return_hint(vendor, response.operation_id, response.status)
    cases[vendor] += 1
    try:
        problem = _outcome(adapter, kinds, module, client, kwargs, hint, response, body, valid)
    finally:
        with contextlib.suppress(Exception):
            client.get_httpx_client().close()
    if problem:
        failures[vendor] += 1
        return f"{response.label} ({'valid' if valid else 'invalid'} body {raw[:300]!r}): {problem}"
    return None


def _outcome(
    adapter: Any,
    kinds: Any,
    module: types.ModuleType,
    client: Any,
    kwargs: dict[str, Any],
    hint: Any,
    response: Response,
    body: Any,
    valid: bool,
) -> str | None:
    success = 200 <= response.status < 300
    try:
        value = adapter.call(module.sync_detailed, client=client, **kwargs)
    except kinds.parse as error:
        if not success:
            return f"{type(error).__name__} for status {response.status}, expected {kinds.for_status(response.status)}"
        if valid:
            return f"a valid body failed to parse: {error}"
        cause = error.__cause__
        path = getattr(cause, "path", None)
        if path is None or type(cause).__name__ not in {"ParseFailure", "MissingProperty", "WrongType"}:
            return f"parse error without a field path: {type(cause).__name__}: {cause}"
        if not path_exists(body, path):
            return f"ParseFailure path {path!r} is not in the body: {cause}"
        if path and path not in str(error):
            return f"the message does not name the path {path!r}: {error}"
        return None
    except Exception as error:
        expected = kinds.for_status(response.status)
        if not success and isinstance(error, expected):
            return _error_body_parses(module, client, kwargs, hint) if valid else None
        return f"{type(error).__module__}.{type(error).__name__}: {error}"
    if not success:
        return f"status {response.status} returned {type(value).__name__} instead of raising"
    if value is None:
        return "a JSON body parsed to None"
    return mismatch(value, hint)


def _error_body_parses(module: types.ModuleType, client: Any, kwargs: dict[str, Any], hint: Any) -> str | None:
    """A valid error body must parse in the generated client too (the adapter raises before one could see it)."""
    try:
        parsed = module.sync_detailed(client=client, **kwargs).parsed
    except Exception as error:
        return f"the generated parser failed on a valid error body: {type(error).__name__}: {error}"
    if parsed is None:
        return "a valid error body parsed to None"
    return mismatch(parsed, hint)


def mutation_strategy(body: Any) -> st.SearchStrategy[tuple[str, Path_]]:
    """One of the mutations that apply to ``body``."""
    return st.sampled_from(mutations(body))


# -- the tolerant-reader policy (specs/README.md, issue 8 (a)) -------------------------------------------------------


@cache
def declared_property_names(vendor: str, schema_key: str) -> frozenset[str]:
    """Every property name the response schema (with the spec's component schemas) declares."""
    names: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "properties" and isinstance(value, dict):
                    names.update(value)
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(json_schema(vendor, json.loads(schema_key)))
    return frozenset(names)


def null_policy_violations(response: Response, body: Any) -> list[str]:
    """Properties of ``body`` that the response schema lets be absent but not ``null``.

    The policy: an optional response property may arrive as ``null`` (and parses as ``None``). So
    wherever dropping a property keeps a 2xx body valid, nulling it must too. Only the spec is
    judged here (the client's half is :func:`judge`: a valid body must parse).
    """
    if not 200 <= response.status < 300 or not schema_accepts(response, body):
        return []
    declared = declared_property_names(response.vendor, response.schema_key)
    found = []
    for kind, at in mutations(body):
        if kind != "null" or at[-1] not in declared:
            continue  # the values of a free-form map (additionalProperties) are not properties
        absent_ok = schema_accepts(response, mutate(body, "drop", at))
        if absent_ok and not schema_accepts(response, mutate(body, "null", at)):
            where = "".join("[*]" if isinstance(step, int) else f".{step}" for step in at).lstrip(".")
            found.append(f"{response.label}: {where} may be absent but not null")
    return found
