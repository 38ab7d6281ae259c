"""Iterate every item of a paginated list operation, whatever the vendor's envelope looks like.

A vendor describes its envelope once with a :data:`PageReader` (items of a page + number of the
last page); :func:`iterate` and :func:`aiterate` do the page loop, with a hard upper bound so a
misbehaving server can never make them loop forever. :func:`call_pages` / :func:`acall_pages` run
that loop over a generated list function through a vendor's ``call`` / ``acall``, which is what
each vendor's ``paginate`` / ``apaginate`` is.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

log = logging.getLogger("erp_adapters.pagination")

MAX_PAGES = 100_000
"""Safety bound: no iteration requests more pages than this."""


@dataclass(frozen=True)
class Page:
    """What the loop needs from one page: its items and, if known, the number of the last page.

    ``per_page`` (the page size the server chose) and ``total`` (records in the whole result) are
    passed on to the caller where the vendor's envelope states them, ``None`` where it does not.
    """

    items: Sequence[Any]
    last_page: int | None
    per_page: int | None = None
    total: int | None = None


def page_number(value: object) -> int | None:
    """A page count read tolerantly: an int, or a string of digits (``"1"``); ``None`` if absent.

    Anything else raises ``TypeError`` (the call path reports it as the vendor's ParseError).
    """
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) < 10:
        return int(value)
    raise TypeError(f"page count is {type(value).__name__} {str(value)[:20]!r}, not a whole number")


def count(value: object) -> int | None:
    """An optional envelope count (``per_page``, ``total``) read like :func:`page_number`; ``None`` if unset."""
    return page_number(value) if isinstance(value, int | str) else None


def laravel_page(result: Any) -> Page:
    """A Laravel paginator envelope (``data``, ``last_page``, ``per_page``, ``total``) as a :class:`Page`.

    eGestor and Quickstart both page this way; the counts may arrive as digit strings.
    """
    return Page(
        result.data,
        last_page=page_number(result.last_page),
        per_page=count(result.per_page),
        total=count(result.total),
    )


PageReader = Callable[[Any], Page]
"""Turns a parsed list response into a :class:`Page`."""


def _more(page: Page, number: int) -> bool:
    if not isinstance(page.items, Sequence):
        raise TypeError(f"the page's items are {type(page.items).__name__}, not a list")
    if not page.items:
        return False
    return page.last_page is None or number < page.last_page


def iterate(
    fetch: Callable[[int], Any], read: PageReader, *, first_page: int = 1, max_pages: int = MAX_PAGES
) -> Iterator[Any]:
    """Yield every item, calling ``fetch(page_number)`` for page after page until the last one."""
    for number in range(first_page, first_page + max_pages):
        page = read(fetch(number))
        log.debug("page %d of %s fetched", number, page.last_page or "?")
        yield from page.items
        if not _more(page, number):
            return


async def aiterate(
    fetch: Callable[[int], Awaitable[Any]], read: PageReader, *, first_page: int = 1, max_pages: int = MAX_PAGES
) -> AsyncIterator[Any]:
    """Async :func:`iterate`."""
    for number in range(first_page, first_page + max_pages):
        page = read(await fetch(number))
        log.debug("page %d of %s fetched", number, page.last_page or "?")
        for item in page.items:
            yield item
        if not _more(page, number):
            return


_TAKES_PAGE: dict[Callable[..., Any], bool] = {}
"""Whether each generated list function takes ``page`` (``inspect.signature`` costs ~20 µs: asked once)."""


def takes_page(fn: Callable[..., Any]) -> bool:
    """Whether the generated list function ``fn`` has a ``page`` parameter (asked once per function)."""
    known = _TAKES_PAGE.get(fn)
    if known is None:
        known = _TAKES_PAGE[fn] = "page" in inspect.signature(fn).parameters
    return known


def call_pages(call: Callable[..., Any], fn: Callable[..., Any], read: PageReader, /, **kwargs: Any) -> Iterator[Any]:
    """Every item of the list function ``fn``, called through ``call`` page after page.

    ``kwargs`` go to every call (``client=...`` and the operation's filters). A list function
    without a ``page`` parameter answers in one piece and is called once.
    """
    if not takes_page(fn):
        return iter(read(call(fn, **kwargs)).items)
    return iterate(lambda page: call(fn, page=page, **kwargs), read)


def acall_pages(
    acall: Callable[..., Awaitable[Any]], fn: Callable[..., Any], read: PageReader, /, **kwargs: Any
) -> AsyncIterator[Any]:
    """Async :func:`call_pages` for ``asyncio_detailed`` list functions and a vendor's ``acall``."""
    if not takes_page(fn):

        async def fetch_once(_page: int) -> Any:
            return await acall(fn, **kwargs)

        return aiterate(fetch_once, read, max_pages=1)
    return aiterate(lambda page: acall(fn, page=page, **kwargs), read)
