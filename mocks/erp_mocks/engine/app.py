"""A spec-driven ASGI app: routes, parameter and body validation from the spec; behaviour from a vendor.

The engine does what is the same for every vendor mock:

* routes each request to the spec operation matching its method and path (404 / 405 otherwise);
* asks the vendor to authenticate it against the operation's security requirements;
* coerces and validates path, query and header parameters against their schemas;
* validates a JSON body with the pydantic model datamodel-code-generator made from the spec
  (strict mode, so ``"1"`` is not an integer and ``1`` is not a date);
* hands the validated call to the vendor's handler for that ``operationId``.

Every mock also gets two test controls outside its spec: ``GET /_mock/stats`` (request counts by
operation and status) and ``POST /_mock/next-response`` (``{"method", "path", "status", "body"}``:
the next matching request gets exactly that answer, before auth — for robustness tests).

A vendor supplies a :class:`VendorMock`: its error body format, its auth check and its handlers.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Protocol
from urllib.parse import quote, urlencode

import jsonschema
import pydantic
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp, Receive, Scope, Send

from erp_mocks.engine.seed import SeedEntry, SeedError
from erp_mocks.engine.spec import JSON, Operation, Parameter, Spec, to_json_schema
from erp_mocks.engine.variance import Variance


@dataclass
class Call:
    """A validated request, as handlers see it."""

    operation: Operation
    request: Request
    path: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, Any]
    body: Any
    """The request body as an instance of the generated pydantic model (or decoded JSON)."""
    raw_body: bytes
    auth: Any = None
    """Whatever the vendor's ``authenticate`` returned for this request (e.g. the session)."""
    prefix: dict[str, str] = field(default_factory=dict)
    """Values of the ``{name}`` placeholders of a templated ``build_app`` prefix (e.g. the account)."""


Handler = Callable[[Call], Response]


class VendorMock(Protocol):
    """What a vendor plugs into the engine."""

    @property
    def spec(self) -> Spec:
        """The loaded spec the mock serves."""
        ...

    @property
    def models(self) -> ModuleType:
        """The module of pydantic models datamodel-code-generator made from the spec."""
        ...

    @property
    def handlers(self) -> Mapping[str, Handler]:
        """One handler per operationId of the spec."""
        ...

    def error(self, status: int, messages: list[str]) -> Response:
        """An error response in the vendor's documented format."""
        ...

    def authenticate(self, call: Call) -> Response | None:
        """Check the call's credentials; return an error response to refuse it (may set ``call.auth``)."""
        ...

    def extra_routes(self) -> list[BaseRoute]:
        """Routes outside the spec (test controls such as key rotation), or an empty list."""
        ...


class BadInput(Exception):  # noqa: N818 - control flow inside the engine, never escapes it
    """A parameter or body failed validation; ``messages`` go into the error body (``status``, 400 by default).

    The one way a mock rejects input: the engine raises it for the spec's rules, a vendor's handler
    for the rules only the vendor's documentation states (a valid NIF, an existing customer, an
    allowed sort); either way the engine answers ``vendor.error(status, messages)``.
    """

    def __init__(self, messages: list[str], status: int = 400) -> None:
        super().__init__("; ".join(messages))
        self.messages = messages
        self.status = status


def _scalar(raw: str, schema: JSON, name: str) -> Any:
    kind = schema.get("type")
    try:
        if kind == "integer":
            if not raw.lstrip("-").isdigit():
                raise ValueError
            return int(raw)
        if kind == "number":
            value = float(raw)
            if not math.isfinite(value):
                raise ValueError
            return value
        if kind == "boolean":
            if raw not in ("true", "false"):
                raise ValueError
            return raw == "true"
    except ValueError:
        raise BadInput([f"parameter {name!r} must be of type {kind}, got {raw!r}"]) from None
    return raw


def _coerce(param: Parameter, values: list[str], all_query: Mapping[str, list[str]]) -> Any:
    schema = param.schema
    kind = schema.get("type")
    if kind == "array":
        items = schema.get("items", {})
        explode = param.explode if param.explode is not None else param.style in (None, "form")
        raw_items = values if explode else [part for v in values for part in v.split(",")]
        return [_scalar(v, items, param.name) for v in raw_items]
    if kind == "object" and param.style == "deepObject":
        prefix = f"{param.name}["
        entries = {key: vals for key, vals in all_query.items() if key.startswith(prefix) and key.endswith("]")}
        for key, vals in entries.items():
            _single(vals, key)
        return {
            key[len(prefix) : -1]: _scalar(vals[0], schema.get("additionalProperties") or {}, key)
            for key, vals in entries.items()
        }
    return _scalar(_single(values, param.name), schema, param.name)


def _single(values: list[str], name: str) -> str:
    """The one value of a parameter that is not an array; given twice or more, it violates its schema."""
    if len(values) > 1:
        raise BadInput([f"parameter {name!r} is given {len(values)} times; it takes one value"])
    return values[0]


def _validate(value: Any, schema: JSON, where: str) -> None:
    validator = jsonschema.Draft4Validator(to_json_schema(schema), format_checker=jsonschema.FormatChecker())
    # Name the failing element ("body.salesOrderlines.0.quantity"), not just the document.
    problems = [
        f"{''.join([where, *(f'.{p}' for p in e.absolute_path)])}: {e.message}" for e in validator.iter_errors(value)
    ]
    if problems:
        raise BadInput(problems)


def _params(
    op: Operation, request: Request, path_values: dict[str, str]
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    query_lists: dict[str, list[str]] = {}
    for key, value in request.query_params.multi_items():
        query_lists.setdefault(key, []).append(value)
    found: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "header": {}}
    for param in op.parameters:
        if param.location == "path":
            raw = [path_values[param.name]]
        elif param.location == "query":
            raw = query_lists.get(param.name, [])
            if param.style == "deepObject":
                raw = ["present"] if any(k.startswith(f"{param.name}[") for k in query_lists) else []
        elif param.location == "header":
            raw = request.headers.getlist(param.name)
        else:
            continue
        if not raw:
            if param.required:
                raise BadInput([f"{param.location} parameter {param.name!r} is required"])
            continue
        value = _coerce(param, raw, query_lists)
        _validate(value, param.schema, f"{param.location} parameter {param.name!r}")
        found[param.location][param.name] = value
    return found["path"], found["query"], found["header"]


def _body(op: Operation, spec: Spec, models: ModuleType, request: Request, raw: bytes) -> Any:
    if not op.body_media_types:
        return None
    if not raw.strip():
        if op.body_required:
            raise BadInput(["a request body is required"])
        return None
    content_type = request.headers.get("content-type", "").split(";")[0].strip()
    if "application/json" in op.body_media_types and content_type not in ("application/json", ""):
        raise BadInput([f"content type {content_type!r} is not accepted; send application/json"], status=415)
    try:
        data = json.loads(raw)
    except ValueError:
        raise BadInput(["the body is not valid JSON"]) from None
    # JSON Schema first (it is exact about nulls and types), then the generated model for the handler.
    _validate(data, spec.body_schema(op), "body")
    model = getattr(models, op.body_schema_name, None) if op.body_schema_name else None
    if isinstance(model, type) and issubclass(model, pydantic.BaseModel):
        try:
            return model.model_validate_json(raw, strict=True)
        except pydantic.ValidationError as exc:
            raise BadInput([_pydantic_message(e) for e in exc.errors()]) from None
    return data


def _pydantic_message(error: Any) -> str:
    location = ".".join(str(part) for part in error["loc"])
    return f"body.{location}: {error['msg']}" if location else f"body: {error['msg']}"


@dataclass
class Stats:
    """Request counters a test can read (``GET /_mock/stats``)."""

    by_operation: Counter[str] = field(default_factory=Counter)
    by_status: Counter[int] = field(default_factory=Counter)

    def as_json(self) -> JSON:
        return {"by_operation": dict(self.by_operation), "by_status": {str(k): v for k, v in self.by_status.items()}}


def _prefix_regex(prefix: str) -> re.Pattern[str]:
    """``/api/{account}/v4.0.0`` as a regex with one named group per placeholder."""
    parts = re.split(r"\{([^}/]+)\}", prefix)
    return re.compile("".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>[^/]+)" for i, p in enumerate(parts)))


def build_app(vendor: VendorMock, *, prefix: str = "") -> Starlette:
    """The ASGI app serving ``vendor``'s spec under ``prefix``.

    ``prefix`` may contain ``{name}`` placeholders (a server variable such as the account); their
    values reach the vendor as ``call.prefix``, and a path that does not match the prefix is a 404.
    """
    templated = _prefix_regex(prefix) if "{" in prefix else None
    stats = Stats()
    routes_by_path: dict[str, dict[str, Operation]] = {}
    for op in vendor.spec.operations:
        routes_by_path.setdefault(op.path, {})[op.method] = op

    canned: list[tuple[str, str, Response]] = []

    transformers: dict[int, Variance] = {}
    """The variance transformer of each seed this app was switched to (see ``engine.variance.enable``)."""

    async def dispatch(request: Request) -> Response:
        settings = getattr(request.app.state, "variance", None)
        variance = None
        if settings is not None:
            if settings.seed not in transformers:
                transformers[settings.seed] = Variance(vendor.spec, settings.seed)
            variance = transformers[settings.seed]
        if prefix and templated is None and not request.url.path.startswith(prefix):
            return vendor.error(404, [f"no operation at {request.url.path}"])
        path = request.url.path[len(prefix) :] if prefix else request.url.path
        prefix_values: dict[str, str] = {}
        if templated is not None:
            found = templated.match(request.url.path)
            if found is None:
                return vendor.error(404, [f"no operation at {request.url.path}"])
            prefix_values, path = found.groupdict(), request.url.path[found.end() :]
        for index, (method, target, response) in enumerate(canned):
            if method == request.method and target == path:
                del canned[index]
                return response
        for template, methods in routes_by_path.items():
            match = methods[next(iter(methods))].path_regex.fullmatch(path)
            if match is None:
                continue
            op = methods.get(request.method)
            if op is None:
                return vendor.error(405, [f"method {request.method} is not allowed on {template}"])
            raw = await request.body()
            call = Call(op, request, {}, {}, {}, None, raw, prefix=prefix_values)
            refused = vendor.authenticate(call)
            if refused is not None:
                response = refused
            else:
                try:
                    call.path, call.query, call.headers = _params(op, request, match.groupdict())
                    call.body = _body(op, vendor.spec, vendor.models, request, raw)
                    response = vendor.handlers[op.operation_id](call)
                except BadInput as exc:
                    response = vendor.error(exc.status, exc.messages)
            if variance is not None:
                response = variance.response(op, response)
            stats.by_operation[op.operation_id] += 1
            stats.by_status[response.status_code] += 1
            return response
        return vendor.error(404, [f"no operation at {path}"])

    async def stats_route(_request: Request) -> Response:
        return JSONResponse(stats.as_json())

    async def next_response(request: Request) -> Response:
        """Queue a canned answer for the next ``method path`` request (robustness tests)."""
        spec = await request.json()
        body = spec.get("body", "")
        raw = body if isinstance(body, str) else json.dumps(body)
        response = Response(
            raw, status_code=int(spec["status"]), media_type=spec.get("content_type", "application/json")
        )
        canned.append((spec["method"].upper(), spec["path"], response))
        return JSONResponse({"queued": len(canned)})

    def invoke(entry: SeedEntry) -> Response:
        """Run one seed entry through validation and its handler, without credentials."""
        op = vendor.spec.by_id.get(entry.operation)
        if op is None:
            raise SeedError(f"the spec has no operation {entry.operation!r}")
        values = {name: str(value) for name, value in entry.path.items()}
        path = op.path
        for name, value in values.items():
            path = path.replace(f"{{{name}}}", value)
        # As dispatch does: the whole (decoded) path must match, each placeholder filled by exactly
        # its seed value (a value holding "/" cannot be, nor can a placeholder the entry leaves out).
        match = op.path_regex.fullmatch(path)
        if match is None or match.groupdict() != values:
            raise SeedError(f"{entry.operation}: path parameters {dict(entry.path)} do not fill {op.path}")
        raw = json.dumps(entry.body).encode() if entry.body is not None else b""
        quoted = op.path
        for name, value in values.items():
            quoted = quoted.replace(f"{{{name}}}", quote(value, safe=""))
        scope = {
            "type": "http",
            "method": op.method,
            "path": prefix + path,
            "raw_path": (prefix + quoted).encode(),
            "query_string": urlencode(dict(entry.query), doseq=True).encode(),
            "headers": [(b"content-type", b"application/json")],
        }
        call = Call(op, Request(scope), {}, {}, {}, None, raw, prefix=dict(entry.prefix))
        seed_auth = getattr(vendor, "seed_auth", None)
        call.auth = seed_auth(call) if seed_auth is not None else None
        try:
            call.path, call.query, call.headers = _params(op, call.request, match.groupdict())
            call.body = _body(op, vendor.spec, vendor.models, call.request, raw)
            return vendor.handlers[op.operation_id](call)
        except BadInput as exc:
            return vendor.error(exc.status, exc.messages)

    routes: list[BaseRoute] = [
        Route("/_mock/stats", stats_route, methods=["GET"]),
        Route("/_mock/next-response", next_response, methods=["POST"]),
        *vendor.extra_routes(),
    ]
    app = Starlette(routes=routes)
    # Every request no control route takes goes to dispatch, whatever its path holds (an encoded
    # newline, say, which Starlette's path convertor does not match) or its method: the answer is
    # always the vendor's JSON error body, never Starlette's plain-text 404 / 405.
    app.router.default = _asgi(dispatch)
    app.state.stats = stats
    app.state.invoke = invoke
    app.state.spec = vendor.spec
    app.state.variance = None
    return app


def _asgi(endpoint: Callable[[Request], Awaitable[Response]]) -> ASGIApp:
    """``endpoint`` as a plain ASGI app (the router's fallback for requests no route matched)."""

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        response = await endpoint(Request(scope, receive))
        await response(scope, receive, send)

    return app
