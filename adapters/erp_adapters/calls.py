"""The one send path of every vendor: build the request, send it, read it, map every failure.

A vendor declares what is specific to it once, as a :class:`Caller` (its error classes, its
error-message extractor, its page reader and its generated client class); the :class:`Caller`
supplies the whole surface — ``call``, ``acall``, ``expect``, ``aexpect``, ``paginate``,
``apaginate`` and ``connect`` — for sync and async code alike.

How a call runs (the generated endpoint modules are used, never patched):

1. the generated module's ``_get_kwargs`` builds the request (path, query, JSON body);
2. the core sends it through the client's httpx client with ``stream=True`` and reads the body
   itself, within the call's :mod:`~erp_adapters.limits` (total deadline, body cap); the client's
   auth (token renewal, nonces) and transport (pacing) take part as usual;
3. one status policy maps every non-2xx answer to the vendor's typed error; a 2xx answer goes to
   the generated ``_build_response``, with undocumented statuses refused (a 204 or 3xx where the
   spec documents a body is an :class:`~erp_adapters.errors.UnexpectedStatusError`, never ``None``);
4. any failure — transport, deadline, body size, parse (including ``RecursionError`` on deeply
   nested JSON), a request that cannot be encoded — is raised as the vendor's typed error, with
   secrets scrubbed and no lower-layer exception reachable through ``__cause__`` / ``__context__``.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
import os
import ssl
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from http import HTTPStatus
from types import FunctionType, ModuleType
from typing import Any, ParamSpec, Protocol, TypeVar

import attrs
import httpx

from erp_adapters import decoding, errors, limits, pagination, request_urls
from erp_adapters.kinds import ErrorKinds, MessageExtractor
from erp_adapters.limits import Limits
from erp_adapters.urls import check_transport_security, is_loopback

__all__ = [
    "DEFAULT_TIMEOUT",
    "CallOptions",
    "Caller",
    "DetailedResponse",
    "ErrorKinds",
    "MessageExtractor",
    "check_transport_security",
    "describe_operation",
    "is_loopback",
    "json_field",
]

P = ParamSpec("P")
T = TypeVar("T")
M = TypeVar("M")
C = TypeVar("C")
T_co = TypeVar("T_co", covariant=True)

log = logging.getLogger("erp_adapters.calls")

_PARSE_FAILURES = (KeyError, ValueError, TypeError, AttributeError, RecursionError)

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""Per-read timeout of every client (30 s, 10 s to connect); the total is bounded by ``deadline``."""


@attrs.frozen
class CallOptions:
    """Options of one call, applied to its request only (the shared httpx client is never changed).

    Attributes:
        timeout: the httpx timeout of this request (seconds or an ``httpx.Timeout``); ``None``
            keeps the client's own.
        extra_headers: headers added to this request (they win over the client's of the same name).

    """

    timeout: float | httpx.Timeout | None = None
    extra_headers: Mapping[str, str] | None = None

    def apply(self, request_kwargs: Mapping[str, Any]) -> dict[str, Any]:
        """``request_kwargs`` of ``httpx.Client.build_request`` with these options merged in."""
        merged = dict(request_kwargs)
        if self.timeout is not None:
            merged["timeout"] = self.timeout
        if self.extra_headers:
            merged["headers"] = {**dict(merged.get("headers") or {}), **self.extra_headers}
        return merged


NO_OPTIONS = CallOptions()
"""The options of a call that gives none."""


class DetailedResponse(Protocol[T_co]):
    """The shape of the ``Response`` class of every generated client."""

    @property
    def status_code(self) -> int:
        """The HTTP status (an ``HTTPStatus`` in generated code)."""
        ...

    @property
    def content(self) -> bytes:
        """The raw body."""
        ...

    @property
    def parsed(self) -> T_co:
        """The body parsed into the documented model for that status (a union including ``None``)."""
        ...


def _limited_class(client_class: type[C]) -> type[C]:
    """A subclass of a generated client class that carries the :class:`Limits` of its calls."""
    cached = _LIMITED.get(client_class)
    if cached is None:
        namespace = {
            "__annotations__": {"erp_limits": Limits},
            "erp_limits": attrs.field(factory=Limits, kw_only=True),
            "__module__": client_class.__module__,
            "__qualname__": client_class.__qualname__,
            "__doc__": client_class.__doc__,
        }
        cached = _LIMITED[client_class] = attrs.define(type(client_class.__name__, (client_class,), namespace))
    return cached


_LIMITED: dict[type[Any], type[Any]] = {}


def _limits_of(client: Any) -> Limits:
    found = getattr(client, "erp_limits", None)
    return found if isinstance(found, Limits) else Limits()


class _StrictParsing:
    """Stands in for the client when the generated parser runs: an undocumented status raises."""

    raise_on_unexpected_status = True


_STRICT = _StrictParsing()


def _operation(fn: Callable[..., Any]) -> str:
    return getattr(fn, "__module__", "").rsplit(".", 1)[-1] or getattr(fn, "__name__", "call")


def describe_operation(name: str, request: httpx.Request) -> str:
    """``name (METHOD /path)``: how errors name the operation that failed (never the login it needed)."""
    return f"{name} ({request.method} {request.url.path})"


def _named(name: str, request: httpx.Request | None) -> str:
    """How a failure names the operation: with its method and path once the request was built."""
    return name if request is None else describe_operation(name, request)


def _log_answer(name: str, response: httpx.Response) -> None:
    if log.isEnabledFor(logging.DEBUG):
        log.debug("%s answered %s", describe_operation(name, response.request), response.status_code)


_STANDARD_STATUSES = frozenset(HTTPStatus._value2member_map_)
"""The statuses an HTTP standard defines (the generated parser turns the status into an ``HTTPStatus``)."""


_MODULES: dict[Callable[..., Any], ModuleType] = {}
_MODULES_CACHED = 4096
"""Most endpoint functions whose module :func:`_generated_module` remembers (the five clients have ~200)."""


def _generated_module(fn: Callable[..., Any]) -> ModuleType | None:
    """The generated endpoint module ``fn`` belongs to (it has ``_get_kwargs`` and ``_build_response``), or None."""
    found = _MODULES.get(fn) if type(fn) is FunctionType else None
    if found is not None:
        return found
    module = sys.modules.get(getattr(fn, "__module__", ""))
    if module is None or not callable(getattr(module, "_get_kwargs", None)):
        return None
    if not callable(getattr(module, "_build_response", None)):
        return None
    if type(fn) is FunctionType and len(_MODULES) < _MODULES_CACHED:
        _MODULES[fn] = module
    return module


def _is_undocumented_status(exc: BaseException) -> bool:
    return type(exc).__name__ == "UnexpectedStatus"


class Caller:
    """A vendor's declaration and the call surface built on it.

    Args:
        kinds: the vendor's error classes.
        message: pulls the vendor's error text out of a decoded error body.
        read_page: turns a parsed list response into a :class:`~erp_adapters.pagination.Page`.
        client_class: the generated ``AuthenticatedClient`` class (for :meth:`connect`).

    """

    def __init__(
        self,
        kinds: ErrorKinds,
        message: MessageExtractor,
        read_page: pagination.PageReader | None = None,
        client_class: type[Any] | None = None,
    ) -> None:
        self.kinds = kinds
        self._message = message
        self._read_page = read_page
        self.client_class = client_class

    # -- connect ---------------------------------------------------------------------------------

    def connect(
        self,
        base_url: str,
        auth: httpx.Auth,
        *,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        deadline: float | None = limits.DEFAULT_DEADLINE,
        max_body_bytes: int = limits.DEFAULT_MAX_BODY_BYTES,
        max_retry_after: float = limits.DEFAULT_MAX_RETRY_AFTER,
        allow_insecure_http: bool = False,
        verify: Any = True,
        proxy: Any = None,
        httpx_args: Mapping[str, Any] | None = None,
        token_urls: Sequence[str] = (),
        limiter: Any = None,
        max_retries: int = 0,
    ) -> Any:
        """A generated client wired with ``auth``, the call limits and one transport (see ``connect()`` of a vendor).

        ``httpx_args`` are merged with these options: ``verify``, ``proxy`` and ``follow_redirects``
        given there win over the keyword arguments, never collide with them. A ``transport`` given
        there is wrapped (pacing, 429 policy), not replaced.
        """
        from erp_adapters.pacing import PacedTransport, RetryPolicy

        if self.client_class is None:
            raise TypeError("this Caller was declared without a client class")
        for what, url in (("base URL", base_url), *(("token URL", u) for u in token_urls)):
            check_transport_security(url, allow_insecure_http=allow_insecure_http, kinds=self.kinds, what=what)
        args: dict[str, Any] = dict(httpx_args or {})
        verify = args.pop("verify", verify)
        if isinstance(verify, str | os.PathLike):  # a CA bundle: httpx 0.28 wants it as an SSLContext
            verify = ssl.create_default_context(cafile=os.fspath(verify))
        proxy = args.pop("proxy", proxy)
        follow = bool(args.pop("follow_redirects", False))
        given = args.pop("transport", None)
        call_limits = Limits(deadline=deadline, max_body_bytes=max_body_bytes, max_retry_after=max_retry_after)
        args["auth"] = auth
        args["transport"] = PacedTransport(
            limiter,
            retry=RetryPolicy(max_retries=max_retries, max_retry_after=max_retry_after),
            sync_transport=given if isinstance(given, httpx.BaseTransport) else None,
            async_transport=given if isinstance(given, httpx.AsyncBaseTransport) else None,
            transport_options={"verify": verify, "proxy": proxy, "trust_env": bool(args.get("trust_env", True))},
        )
        resolved = timeout if isinstance(timeout, httpx.Timeout) or timeout is None else httpx.Timeout(timeout)
        extra: dict[str, Any] = {"headers": {"Accept-Encoding": decoding.ACCEPT_ENCODING}}  # only what is decoded
        if "token" in inspect.signature(self.client_class).parameters:
            extra |= {"token": "", "prefix": ""}
        cls = _limited_class(self.client_class)
        return cls(
            base_url, timeout=resolved, follow_redirects=follow, httpx_args=args, erp_limits=call_limits, **extra
        )

    # -- the send path ----------------------------------------------------------------------------

    def vendor_message(self, body: bytes) -> str:
        """The vendor's error text in ``body``, or the body itself if it is not the documented shape."""
        try:
            return self._message(json.loads(body))
        except (*_PARSE_FAILURES, IndexError):
            return body[:300].decode("utf-8", errors="replace").strip()

    def _failure(self, operation: str, exc: BaseException) -> errors.ERPError | None:
        """The vendor's typed error for a failure while sending/reading, or None (not ours: re-raise)."""
        if isinstance(exc, errors.ERPError):
            return errors.detach(exc, exc.__cause__) if not isinstance(exc.__cause__, errors.ERPError) else exc
        error: errors.ERPError
        if isinstance(exc, limits.DeadlineHit | TimeoutError) or (
            isinstance(exc, httpx.TimeoutException) and limits.expired()
        ):
            error = self.kinds.deadline(operation, exc)
        elif isinstance(exc, limits.BodyTooLarge):
            error = self.kinds.too_large(operation, exc.status, b"", str(exc))
        elif isinstance(exc, decoding.UndecodableBody):
            error = self.kinds.parse(operation, exc.status, b"", exc.reason)
        elif isinstance(exc, httpx.TransportError):
            error = self.kinds.transport(operation, exc)
        elif isinstance(exc, ValueError | httpx.InvalidURL | httpx.StreamError):
            error = self.kinds.transport(operation, f"the request could not be sent: {errors.describe(exc)}")
        else:
            return None
        return errors.detach(error, exc)

    def request(
        self, client: Any, request_kwargs: Mapping[str, Any], operation: str, options: CallOptions = NO_OPTIONS
    ) -> httpx.Response:
        """Send one request through ``client`` and read its body, within the client's limits.

        Transport, deadline and size failures raise the vendor's typed errors; the status is not
        judged here (:meth:`call` does that), so callers with their own answers (a PDF) can use it.
        ``options`` (per-call timeout and headers) apply to this request only.
        """
        failure: errors.ERPError | None = None
        if options is not NO_OPTIONS:
            request_kwargs = options.apply(request_kwargs)
        with limits.scope(_limits_of(client)):
            http: httpx.Client = client.get_httpx_client()
            request: httpx.Request | None = None
            try:
                request = http.build_request(**request_urls.compose(http, request_kwargs))
                response = http.send(request, stream=True)
                try:
                    limits.read_body(response)
                finally:
                    response.close()
            except Exception as exc:
                failure = self._failure(_named(operation, request), exc)
                if failure is None:
                    raise
        if failure is not None:
            raise failure
        _log_answer(operation, response)
        return response

    async def arequest(
        self, client: Any, request_kwargs: Mapping[str, Any], operation: str, options: CallOptions = NO_OPTIONS
    ) -> httpx.Response:
        """Async :meth:`request` (the deadline also bounds it through ``asyncio.timeout``)."""
        failure: errors.ERPError | None = None
        if options is not NO_OPTIONS:
            request_kwargs = options.apply(request_kwargs)
        call_limits = _limits_of(client)
        with limits.scope(call_limits):
            http: httpx.AsyncClient = client.get_async_httpx_client()
            request: httpx.Request | None = None
            try:
                request = http.build_request(**request_urls.compose(http, request_kwargs))
                async with asyncio.timeout(call_limits.deadline):
                    response = await http.send(request, stream=True)
                    try:
                        await limits.aread_body(response)
                    finally:
                        await response.aclose()
            except Exception as exc:
                failure = self._failure(_named(operation, request), exc)
                if failure is None:
                    raise
        if failure is not None:
            raise failure
        _log_answer(operation, response)
        return response

    def _prepare(
        self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> tuple[ModuleType, Any, dict[str, Any], str]:
        module = _generated_module(fn)
        if module is None or "client" not in kwargs:
            raise TypeError(f"{fn!r} is not a generated endpoint function called with client=...")
        client = kwargs.pop("client")
        request_kwargs: dict[str, Any] = module._get_kwargs(*args, **kwargs)
        return module, client, request_kwargs, _operation(fn)

    def _judge(self, module: ModuleType, client: Any, name: str, response: httpx.Response) -> Any:
        """Map a non-2xx answer to the vendor's error; parse a 2xx one with the generated parser."""
        status, body = response.status_code, response.content
        if not 200 <= status < 300:
            operation = describe_operation(name, response.request)
            raise self.kinds.for_status(status)(operation, status, body, self.vendor_message(body))
        try:
            if status not in _STANDARD_STATUSES:
                operation = describe_operation(name, response.request)
                raise self.kinds.unexpected_status(operation, status, body, "a status no HTTP standard defines")
            return module._build_response(client=_STRICT, response=response).parsed
        except errors.ERPError:
            raise
        except Exception as exc:
            failure = self._parse_failure(describe_operation(name, response.request), status, body, exc)
            if failure is None:
                raise
        raise failure

    def _parse_failure(self, operation: str, status: int, body: bytes, exc: Exception) -> errors.ERPError | None:
        error: errors.ERPError
        if _is_undocumented_status(exc):
            error = self.kinds.unexpected_status(operation, status, body, f"HTTP {status} is not documented here")
        elif isinstance(exc, _PARSE_FAILURES):
            error = self.kinds.parse(operation, status, body, errors.describe(exc))
        else:
            return None
        return errors.detach(error, exc)

    def call(self, fn: Callable[P, DetailedResponse[T]], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Call a generated ``sync_detailed`` function through the core; return its parsed success body.

        The static type is the generated function's documented union; use :meth:`expect` for a
        result typed as one model.
        """
        module, client, request_kwargs, operation = self._prepare(fn, args, dict(kwargs))
        response = self.request(client, request_kwargs, operation)
        parsed: T = self._judge(module, client, operation, response)
        return parsed

    __call__ = call

    async def acall(self, fn: Callable[P, Awaitable[DetailedResponse[T]]], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Async :meth:`call` for a generated ``asyncio_detailed`` function."""
        module, client, request_kwargs, operation = self._prepare(fn, args, dict(kwargs))
        response = await self.arequest(client, request_kwargs, operation)
        parsed: T = self._judge(module, client, operation, response)
        return parsed

    def expect(self, model: type[M], fn: Callable[P, DetailedResponse[Any]], /, *args: P.args, **kwargs: P.kwargs) -> M:
        """Like :meth:`call`, but check (and type) the result as an instance of ``model``."""
        module, client, request_kwargs, operation = self._prepare(fn, args, dict(kwargs))
        response = self.request(client, request_kwargs, operation)
        return self._check(model, operation, response, self._judge(module, client, operation, response))

    async def aexpect(
        self, model: type[M], fn: Callable[P, Awaitable[DetailedResponse[Any]]], /, *args: P.args, **kwargs: P.kwargs
    ) -> M:
        """Async :meth:`expect`."""
        module, client, request_kwargs, operation = self._prepare(fn, args, dict(kwargs))
        response = await self.arequest(client, request_kwargs, operation)
        return self._check(model, operation, response, self._judge(module, client, operation, response))

    def _check(self, model: type[M], name: str, response: httpx.Response, result: object) -> M:
        if isinstance(result, model):
            return result
        raise self.kinds.parse(
            describe_operation(name, response.request),
            response.status_code,
            response.content,
            f"expected {model.__name__}, got {type(result).__name__}",
        )

    def invoke(
        self, fn: Callable[..., Any], kwargs: Mapping[str, Any], options: CallOptions = NO_OPTIONS
    ) -> tuple[Any, httpx.Response]:
        """:meth:`call` with per-call ``options``: the parsed success body and the response it came from.

        ``kwargs`` are the generated function's arguments, ``client=`` included.
        """
        module, client, request_kwargs, operation = self._prepare(fn, (), dict(kwargs))
        response = self.request(client, request_kwargs, operation, options)
        return self._judge(module, client, operation, response), response

    async def ainvoke(
        self, fn: Callable[..., Any], kwargs: Mapping[str, Any], options: CallOptions = NO_OPTIONS
    ) -> tuple[Any, httpx.Response]:
        """Async :meth:`invoke` for a generated ``asyncio_detailed`` function."""
        module, client, request_kwargs, operation = self._prepare(fn, (), dict(kwargs))
        response = await self.arequest(client, request_kwargs, operation, options)
        return self._judge(module, client, operation, response), response

    def refuse(self, fn: Callable[..., Any], response: httpx.Response, problem: str) -> errors.ERPError:
        """The vendor's ParseError for a 2xx answer of ``fn`` that is not the documented success model."""
        return self.kinds.parse(
            describe_operation(_operation(fn), response.request), response.status_code, response.content, problem
        )

    def page_reader(self, fn: Callable[..., Any]) -> pagination.PageReader:
        """The checked page reader of the list function ``fn``; a vendor without one reads bare arrays."""
        if self._read_page is None:
            return self._bare_reader(fn)
        return self._reader(fn)

    def _bare_reader(self, fn: Callable[..., Any]) -> pagination.PageReader:
        operation = _operation(fn)

        def bare(result: Any) -> pagination.Page:
            if isinstance(result, list):
                return pagination.Page(result, last_page=1)
            failure = self.kinds.parse(operation, 200, b"", f"not a list: {type(result).__name__}")
            raise errors.detach(failure, None)

        return bare

    # -- pagination --------------------------------------------------------------------------------

    def _reader(self, fn: Callable[..., Any]) -> pagination.PageReader:
        read = self._read_page
        if read is None:
            raise TypeError("this vendor has no paginated lists")
        operation = _operation(fn)

        def checked(result: Any) -> pagination.Page:
            try:
                page = read(result)
                if not isinstance(page.items, Sequence) or isinstance(page.items, str | bytes):
                    raise TypeError(f"the page's items are {type(page.items).__name__}, not a list")
                return page
            except _PARSE_FAILURES as exc:
                failure = self.kinds.parse(operation, 200, b"", f"not a list page: {errors.describe(exc)}")
            raise errors.detach(failure, None)

        return checked

    def paginate(self, fn: Callable[..., DetailedResponse[Any]], /, *, client: Any, **params: Any) -> Iterator[Any]:
        """Every item of a list operation, fetching page after page (errors as by :meth:`call`).

        ``fn`` is a generated ``sync_detailed`` list function; ``params`` are its filters.
        """
        return pagination.call_pages(self.call, fn, self._reader(fn), client=client, **params)

    def apaginate(
        self, fn: Callable[..., Awaitable[DetailedResponse[Any]]], /, *, client: Any, **params: Any
    ) -> AsyncIterator[Any]:
        """Async :meth:`paginate` for the generated ``asyncio_detailed`` list functions."""
        return pagination.acall_pages(self.acall, fn, self._reader(fn), client=client, **params)


def json_field(body: Mapping[str, Any], *names: str) -> str:
    """Join the non-empty string values of ``names`` in ``body`` (helper for message extractors)."""
    parts: list[str] = []
    for name in names:
        value = body.get(name)
        if isinstance(value, list):
            parts.extend(str(v) for v in value if v)
        elif value:
            parts.append(str(value))
    return "; ".join(parts)
