"""A progress line on stderr for ``--all``: pages (out of how many, when known) and items so far."""

from __future__ import annotations

from typing import TextIO

_WIDTH = 24


class PageProgress:
    """An ``on_page`` callback: a status line redrawn on a terminal, one line per page elsewhere.

    :meth:`done` ends the redrawn line.
    """

    def __init__(self, stream: TextIO, *, enabled: bool = True) -> None:
        self.stream = stream
        self.enabled = enabled
        self.pages = 0
        self.items = 0
        self._drawn = False
        isatty = getattr(stream, "isatty", None)
        self._redraw = bool(isatty and isatty())

    def __call__(self, page_number: int, items_so_far: int, last_page: int | None) -> None:
        """Record one fetched page (page_number 0: unknown) and redraw the line."""
        self.pages, self.items = max(self.pages, page_number), items_so_far
        if not self.enabled:
            return
        if last_page:
            filled = min(_WIDTH, round(_WIDTH * page_number / last_page))
            text = f"[{'#' * filled}{'.' * (_WIDTH - filled)}] page {page_number}/{last_page}, {items_so_far} items"
        elif page_number:
            text = f"page {page_number}, {items_so_far} items"
        else:
            text = f"{items_so_far} items"
        if self._redraw:
            self.stream.write(f"\r{text}")
            self._drawn = True
        else:  # a log file or pipe: one line per page
            self.stream.write(f"{text}\n")
        self.stream.flush()

    def done(self) -> None:
        """Finish the status line."""
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
