"""Proxies from the environment (``HTTPS_PROXY``, ``HTTP_PROXY``, ``ALL_PROXY``, ``NO_PROXY``), as httpx honours them.

httpx reads these variables only when it builds its own transports; the adapters always give their
clients a transport of their own (pacing, deadlines), so they route requests themselves, the same
way: with ``trust_env`` true (the default) and no ``proxy=``, each request URL goes through the
proxy the environment names for it (most specific pattern first), or straight to the server when
``NO_PROXY`` excludes it or no variable is set. An explicit ``proxy=`` applies to every request.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any, Generic, TypeVar

import httpx
from httpx._utils import URLPattern, get_environment_proxies

T = TypeVar("T")


def environment_proxies(options: Mapping[str, Any]) -> dict[str, str | None]:
    """The ``{url pattern: proxy URL or None (direct)}`` map the environment gives for these transport options.

    Empty when a ``proxy`` is given or ``trust_env`` is false.
    """
    if options.get("proxy") is not None or not options.get("trust_env", True):
        return {}
    return get_environment_proxies()


class ProxyRoutes(Generic[T]):
    """One transport per proxy the environment names, and the direct one; :meth:`for_url` picks.

    Args:
        make: builds a transport from keyword options (``httpx.HTTPTransport`` or a wrapper of it).
        options: the transport options (``verify``, ``proxy``, ``trust_env``, ...).

    """

    def __init__(self, make: Callable[..., T], options: Mapping[str, Any]) -> None:
        self.direct: T = make(**options)
        mounts: dict[URLPattern, T | None] = {}
        for pattern, proxy in environment_proxies(options).items():
            mounts[URLPattern(pattern)] = None if proxy is None else make(**{**options, "proxy": proxy})
        self._mounts = dict(sorted(mounts.items()))  # URLPattern orders the most specific first

    def for_url(self, url: httpx.URL) -> T:
        """The transport for ``url``: its proxy's, or the direct one."""
        for pattern, transport in self._mounts.items():
            if pattern.matches(url):
                return self.direct if transport is None else transport
        return self.direct

    def proxies(self) -> dict[str, bool]:
        """``{pattern: proxied}`` for every environment route (for logs and tests)."""
        return {pattern.pattern: transport is not None for pattern, transport in self._mounts.items()}

    def __iter__(self) -> Iterator[T]:
        """Every transport (to close them)."""
        yield self.direct
        yield from (t for t in self._mounts.values() if t is not None)
