"""The generic runtime of the generated resource clients (``erp_adapters._generated.<vendor>_resources``).

The generated code declares, per operation, one typed method that hands the generated
``sync_detailed``/``asyncio_detailed`` function, the expected success type and the arguments to
the helpers here; everything else — the send path, the status policy, the typed errors — is the
vendor's :class:`~erp_adapters.calls.Caller`. Nothing here is specific to an operation.

* :class:`SyncResource` / :class:`AsyncResource`: base classes of the generated resources, with
  the checked call helpers (``_one``, ``_none``, ``_many``, ``_pages``);
* :class:`SyncPage` / :class:`AsyncPage`: lazy, typed iteration over every item of a list
  operation, page after page (``.pages()`` for whole pages as :class:`PageItems`, which also
  carry the page number, last page, page size and total where the vendor states them;
  ``on_page=`` for progress);
* :class:`RawResponse`: status, headers and parsed body, from ``<resource>.with_raw_response``;
* :class:`SyncClient` / :class:`AsyncClient`: base classes of the generated vendor clients
  (context managers that close the HTTP client).

Per-call ``timeout=`` and ``extra_headers=`` become a :class:`~erp_adapters.calls.CallOptions`
applied to that request only: the shared httpx client is never changed.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from types import TracebackType
from typing import Any, Concatenate, Generic, ParamSpec, Self, TypeVar

import attrs
import httpx

from erp_adapters import pagination
from erp_adapters.calls import NO_OPTIONS, Caller, CallOptions

__all__ = [
    "AsyncClient",
    "AsyncPage",
    "AsyncResource",
    "OnPage",
    "PageItems",
    "RawAsyncResource",
    "RawResponse",
    "RawSyncResource",
    "SyncClient",
    "SyncPage",
    "SyncResource",
    "Timeout",
    "init_like",
]

M = TypeVar("M")
P = ParamSpec("P")

log = logging.getLogger("erp_adapters.resources")

Timeout = float | httpx.Timeout | None
"""A per-call timeout: seconds, an ``httpx.Timeout``, or ``None`` for the client's own."""

OnPage = Callable[[int, int, "int | None"], object]
"""Progress callback of a list: ``(page_number, items_so_far, last_page_or_None)`` after each page."""


def _options(timeout: Timeout, extra_headers: Mapping[str, str] | None) -> CallOptions:
    if timeout is None and not extra_headers:
        return NO_OPTIONS
    return CallOptions(timeout=timeout, extra_headers=dict(extra_headers) if extra_headers else None)


@attrs.frozen
class RawResponse(Generic[M]):
    """One answer as received: its status, its headers and its body parsed into the success model."""

    status_code: int
    headers: httpx.Headers
    parsed: M
    content: bytes = attrs.field(repr=False)


def _raw(response: httpx.Response, parsed: M) -> RawResponse[M]:
    return RawResponse(response.status_code, response.headers, parsed, response.content)


class _Checks:
    """Runtime checks of a parsed success body against the type the method declares."""

    _caller: Caller

    def _checked(self, fn: Callable[..., Any], expected: type[M], parsed: Any, response: httpx.Response) -> M:
        if isinstance(parsed, expected):
            return parsed
        raise self._caller.refuse(fn, response, f"expected {expected.__name__}, got {type(parsed).__name__}")

    def _checked_none(self, fn: Callable[..., Any], parsed: Any, response: httpx.Response) -> None:
        if parsed is not None:
            raise self._caller.refuse(fn, response, f"expected no body, got {type(parsed).__name__}")

    def _checked_list(self, fn: Callable[..., Any], item: type[M], parsed: Any, response: httpx.Response) -> list[M]:
        if isinstance(parsed, list) and all(isinstance(x, item) for x in parsed):
            return parsed
        raise self._caller.refuse(fn, response, f"expected a list of {item.__name__}, got {type(parsed).__name__}")


class _Bound(_Checks):
    """A vendor's caller and the connected generated client that calls go through."""

    def __init__(self, caller: Caller, client: Any) -> None:
        self._caller = caller
        self._client = client


class _SyncSend(_Bound):
    """The one sync send of a resource and of its raw twin."""

    def _send(
        self, fn: Callable[..., Any], kwargs: dict[str, Any], timeout: Timeout, headers: Mapping[str, str] | None
    ) -> tuple[Any, httpx.Response]:
        kwargs["client"] = self._client
        return self._caller.invoke(fn, kwargs, _options(timeout, headers))


class _AsyncSend(_Bound):
    """The one async send of a resource and of its raw twin."""

    async def _send(
        self, fn: Callable[..., Any], kwargs: dict[str, Any], timeout: Timeout, headers: Mapping[str, str] | None
    ) -> tuple[Any, httpx.Response]:
        kwargs["client"] = self._client
        return await self._caller.ainvoke(fn, kwargs, _options(timeout, headers))


class SyncResource(_SyncSend):
    """Base class of a generated synchronous resource (one spec tag)."""

    def _one(
        self,
        fn: Callable[..., Any],
        expected: type[M],
        kwargs: dict[str, Any],
        timeout: Timeout,
        headers: Mapping[str, str] | None,
    ) -> M:
        parsed, response = self._send(fn, kwargs, timeout, headers)
        return self._checked(fn, expected, parsed, response)

    def _none(
        self, fn: Callable[..., Any], kwargs: dict[str, Any], timeout: Timeout, headers: Mapping[str, str] | None
    ) -> None:
        parsed, response = self._send(fn, kwargs, timeout, headers)
        self._checked_none(fn, parsed, response)

    def _many(
        self,
        fn: Callable[..., Any],
        item: type[M],
        kwargs: dict[str, Any],
        timeout: Timeout,
        headers: Mapping[str, str] | None,
    ) -> list[M]:
        parsed, response = self._send(fn, kwargs, timeout, headers)
        return self._checked_list(fn, item, parsed, response)

    def _pages(
        self,
        fn: Callable[..., Any],
        item: type[M],
        kwargs: dict[str, Any],
        timeout: Timeout,
        headers: Mapping[str, str] | None,
        on_page: OnPage | None,
    ) -> SyncPage[M]:
        kwargs["client"] = self._client
        return SyncPage(self._caller, fn, item, kwargs, _options(timeout, headers), on_page)


class RawSyncResource(_SyncSend):
    """Base class of ``<resource>.with_raw_response`` (sync): the same calls, answered as :class:`RawResponse`."""

    def __init__(self, resource: SyncResource) -> None:
        super().__init__(resource._caller, resource._client)

    def _one(
        self,
        fn: Callable[..., Any],
        expected: type[M],
        kwargs: dict[str, Any],
        timeout: Timeout,
        headers: Mapping[str, str] | None,
    ) -> RawResponse[M]:
        parsed, response = self._send(fn, kwargs, timeout, headers)
        return _raw(response, self._checked(fn, expected, parsed, response))

    def _none(
        self, fn: Callable[..., Any], kwargs: dict[str, Any], timeout: Timeout, headers: Mapping[str, str] | None
    ) -> RawResponse[None]:
        parsed, response = self._send(fn, kwargs, timeout, headers)
        self._checked_none(fn, parsed, response)
        return _raw(response, None)

    def _many(
        self,
        fn: Callable[..., Any],
        item: type[M],
        kwargs: dict[str, Any],
        timeout: Timeout,
        headers: Mapping[str, str] | None,
    ) -> RawResponse[list[M]]:
        parsed, response = self._send(fn, kwargs, timeout, headers)
        return _raw(response, self._checked_list(fn, item, parsed, response))

    def _page(
        self,
        fn: Callable[..., Any],
        item: type[M],
        kwargs: dict[str, Any],
        timeout: Timeout,
        headers: Mapping[str, str] | None,
    ) -> RawResponse[list[M]]:
        """The first page of a list, as received (its items as ``parsed``)."""
        parsed, response = self._send(fn, kwargs, timeout, headers)
        page = self._caller.page_reader(fn)(parsed)
        return _raw(response, self._checked_list(fn, item, list(page.items), response))


class AsyncResource(_AsyncSend):
    """Base class of a generated asynchronous resource (one spec tag)."""

    async def _one(
        self,
        fn: Callable[..., Any],
        expected: type[M],
        kwargs: dict[str, Any],
        timeout: Timeout,
        headers: Mapping[str, str] | None,
    ) -> M:
        parsed, response = await self._send(fn, kwargs, timeout, headers)
        return self._checked(fn, expected, parsed, response)

    async def _none(
        self, fn: Callable[..., Any], kwargs: dict[str, Any], timeout: Timeout, headers: Mapping[str, str] | None
    ) -> None:
        parsed, response = await self._send(fn, kwargs, timeout, headers)
        self._checked_none(fn, parsed, response)

    async def _many(
        self,
        fn: Callable[..., Any],
        item: type[M],
        kwargs: dict[str, Any],
        timeout: Timeout,
        headers: Mapping[str, str] | None,
    ) -> list[M]:
        parsed, response = await self._send(fn, kwargs, timeout, headers)
        return self._checked_list(fn, item, parsed, response)

    def _pages(
        self,
        fn: Callable[..., Any],
        item: type[M],
        kwargs: dict[str, Any],
        timeout: Timeout,
        headers: Mapping[str, str] | None,
        on_page: OnPage | None,
    ) -> AsyncPage[M]:
        kwargs["client"] = self._client
        return AsyncPage(self._caller, fn, item, kwargs, _options(timeout, headers), on_page)


class RawAsyncResource(_AsyncSend):
    """Base class of ``<resource>.with_raw_response`` (async)."""

    def __init__(self, resource: AsyncResource) -> None:
        super().__init__(resource._caller, resource._client)

    async def _one(
        self,
        fn: Callable[..., Any],
        expected: type[M],
        kwargs: dict[str, Any],
        timeout: Timeout,
        headers: Mapping[str, str] | None,
    ) -> RawResponse[M]:
        parsed, response = await self._send(fn, kwargs, timeout, headers)
        return _raw(response, self._checked(fn, expected, parsed, response))

    async def _none(
        self, fn: Callable[..., Any], kwargs: dict[str, Any], timeout: Timeout, headers: Mapping[str, str] | None
    ) -> RawResponse[None]:
        parsed, response = await self._send(fn, kwargs, timeout, headers)
        self._checked_none(fn, parsed, response)
        return _raw(response, None)

    async def _many(
        self,
        fn: Callable[..., Any],
        item: type[M],
        kwargs: dict[str, Any],
        timeout: Timeout,
        headers: Mapping[str, str] | None,
    ) -> RawResponse[list[M]]:
        parsed, response = await self._send(fn, kwargs, timeout, headers)
        return _raw(response, self._checked_list(fn, item, parsed, response))

    async def _page(
        self,
        fn: Callable[..., Any],
        item: type[M],
        kwargs: dict[str, Any],
        timeout: Timeout,
        headers: Mapping[str, str] | None,
    ) -> RawResponse[list[M]]:
        """The first page of a list, as received (its items as ``parsed``)."""
        parsed, response = await self._send(fn, kwargs, timeout, headers)
        page = self._caller.page_reader(fn)(parsed)
        return _raw(response, self._checked_list(fn, item, list(page.items), response))


class PageItems(list[M]):
    """One page of a list: its items (a ``list``), plus what the vendor's envelope says about the whole.

    Attributes:
        number: this page's number (1 for the first).
        last_page: the number of the last page, ``None`` where the vendor does not say.
        per_page: the page size the server used (Quickstart and eGestor state it; Wisedat's ``limit``),
            ``None`` where the vendor does not say.
        total: records in the whole result, ``None`` where the vendor does not say.

    """

    def __init__(
        self, items: Sequence[M], *, number: int, last_page: int | None, per_page: int | None, total: int | None
    ) -> None:
        super().__init__(items)
        self.number = number
        self.last_page = last_page
        self.per_page = per_page
        self.total = total


class _Pager(Generic[M]):
    """What both pagers share: the call to repeat, its options and the per-item check."""

    def __init__(
        self,
        caller: Caller,
        fn: Callable[..., Any],
        item: type[M],
        kwargs: dict[str, Any],
        options: CallOptions,
        on_page: OnPage | None,
    ) -> None:
        self._caller = caller
        self._fn = fn
        self._item = item
        self._kwargs = kwargs
        self._options = options
        self._on_page = on_page
        self._paged = pagination.takes_page(fn)
        self._read = caller.page_reader(fn)

    def _items(self, parsed: Any, response: httpx.Response, number: int) -> PageItems[M]:
        page = self._read(parsed)
        items: Sequence[Any] = page.items
        item = self._item
        if not all(isinstance(x, item) for x in items):
            raise self._caller.refuse(self._fn, response, f"a page holds items that are not {self._item.__name__}")
        return PageItems(items, number=number, last_page=page.last_page, per_page=page.per_page, total=page.total)

    def _call_kwargs(self, number: int) -> dict[str, Any]:
        return {**self._kwargs, "page": number} if self._paged else self._kwargs

    def _more(self, items: list[M], number: int, last: int | None) -> bool:
        return self._paged and bool(items) and (last is None or number < last)

    def _progress(self, number: int, so_far: int, last: int | None) -> None:
        log.debug("page %d of %s fetched (%d items so far)", number, last or "?", so_far)
        if self._on_page is not None:
            self._on_page(number, so_far, last)


class SyncPage(_Pager[M]):
    """Every item of a list operation, fetched lazily page after page (iterate it, or :meth:`pages`)."""

    def pages(self) -> Iterator[PageItems[M]]:
        """Each page's items, one page at a time (at most :data:`~erp_adapters.pagination.MAX_PAGES`)."""
        so_far = 0
        for number in range(1, pagination.MAX_PAGES + 1):
            parsed, response = self._caller.invoke(self._fn, self._call_kwargs(number), self._options)
            items = self._items(parsed, response, number)
            so_far += len(items)
            self._progress(number, so_far, items.last_page)
            yield items
            if not self._more(items, number, items.last_page):
                return

    def __iter__(self) -> Iterator[M]:
        for items in self.pages():
            yield from items


class AsyncPage(_Pager[M]):
    """Async :class:`SyncPage`: ``async for`` over every item, or ``async for page in .pages()``."""

    async def pages(self) -> AsyncIterator[PageItems[M]]:
        """Each page's items, one page at a time (at most :data:`~erp_adapters.pagination.MAX_PAGES`)."""
        so_far = 0
        for number in range(1, pagination.MAX_PAGES + 1):
            parsed, response = await self._caller.ainvoke(self._fn, self._call_kwargs(number), self._options)
            items = self._items(parsed, response, number)
            so_far += len(items)
            self._progress(number, so_far, items.last_page)
            yield items
            if not self._more(items, number, items.last_page):
                return

    async def __aiter__(self) -> AsyncIterator[M]:
        async for items in self.pages():
            for item in items:
                yield item


def init_like(
    connect: Callable[P, Any] | None,
) -> Callable[[Callable[..., None]], Callable[Concatenate[Any, P], None]]:
    """Give a client's ``__init__`` the signature of the vendor's ``connect`` (for type checkers only).

    The generated clients pass ``connect`` under ``TYPE_CHECKING`` (``None`` at run time, which
    avoids importing the vendor module, which imports them); the decorated ``__init__`` is unchanged.
    """

    def same(init: Callable[..., None]) -> Callable[Concatenate[Any, P], None]:
        return init

    return same


class SyncClient:
    """Base class of a generated synchronous vendor client; ``with`` closes its HTTP client."""

    def __init__(self, caller: Caller, client: Any) -> None:
        self._caller = caller
        self.client = client
        """The connected generated ``AuthenticatedClient`` (the low-level layer)."""

    def close(self) -> None:
        """Close the HTTP client."""
        self.client.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncClient:
    """Base class of a generated asynchronous vendor client; ``async with`` closes its HTTP client."""

    def __init__(self, caller: Caller, client: Any) -> None:
        self._caller = caller
        self.client = client
        """The connected generated ``AuthenticatedClient`` (the low-level layer)."""

    async def aclose(self) -> None:
        """Close the async HTTP client."""
        await self.client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
