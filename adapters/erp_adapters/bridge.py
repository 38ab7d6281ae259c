"""One cancellation-safe way for asyncio code to take a lock that threads also use.

A thread lock (``threading.Lock``, a file lock) cannot be awaited, so an async caller takes it in
a worker thread. If the awaiting task is cancelled while the worker is still waiting, the worker
will get the lock later, with nobody left to release it: every later user then blocks forever.
:func:`acquire_in_thread` shields the worker and, when the task is cancelled, releases the lock
as soon as the worker has taken it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


async def acquire_in_thread(acquire: Callable[[], T], release: Callable[[], None]) -> T:
    """Run the blocking ``acquire`` in a worker thread and return its result.

    If the calling task is cancelled first, ``release`` is called once the worker's ``acquire``
    has returned (not if it raised), so the lock is never left held by nobody.
    """
    pending = asyncio.get_running_loop().run_in_executor(None, acquire)
    try:
        return await asyncio.shield(pending)
    except asyncio.CancelledError:
        pending.add_done_callback(lambda done: _release_if_acquired(done, release))
        raise


def _release_if_acquired(done: asyncio.Future[T], release: Callable[[], None]) -> None:
    if not done.cancelled() and done.exception() is None:
        release()
