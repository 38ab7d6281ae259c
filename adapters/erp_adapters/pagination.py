"""Iterate every item of a paginated list operation, whatever the vendor's envelope looks like.

A vendor describes its envelope once with a :data:`PageReader` (items of a page + number of the
last page); :func:`iterate` and :func:`aiterate` do the page loop, with a hard upper bound so a
misbehaving server can never make them loop forever.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

MAX_PAGES = 100_000
"""Safety bound: no iteration requests more pages than this."""


@dataclass(frozen=True)
class Page:
    """What the loop needs from one page: its items and, if known, the number of the last page."""

    items: Sequence[Any]
    last_page: int | None


PageReader = Callable[[Any], Page]
"""Turns a parsed list response into a :class:`Page`."""


def _more(page: Page, number: int) -> bool:
    if not page.items:
        return False
    return page.last_page is None or number < page.last_page


def iterate(
    fetch: Callable[[int], Any], read: PageReader, *, first_page: int = 1, max_pages: int = MAX_PAGES
) -> Iterator[Any]:
    """Yield every item, calling ``fetch(page_number)`` for page after page until the last one."""
    for number in range(first_page, first_page + max_pages):
        page = read(fetch(number))
        yield from page.items
        if not _more(page, number):
            return


async def aiterate(
    fetch: Callable[[int], Awaitable[Any]], read: PageReader, *, first_page: int = 1, max_pages: int = MAX_PAGES
) -> AsyncIterator[Any]:
    """Async :func:`iterate`."""
    for number in range(first_page, first_page + max_pages):
        page = read(await fetch(number))
        for item in page.items:
            yield item
        if not _more(page, number):
            return
