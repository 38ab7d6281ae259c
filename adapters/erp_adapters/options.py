"""The options every vendor's ``connect()`` accepts, typed once (``**options: Unpack[ConnectOptions]``).

Each vendor's ``connect`` takes its own credentials by name and passes these on to
:meth:`erp_adapters.calls.Caller.connect`, so a type checker sees every option's type in every
vendor's signature (``deadline="soon"`` or a misspelt ``dedline=`` is an error before it runs).
"""

from __future__ import annotations

import os
import ssl
from collections.abc import Mapping
from typing import Any, TypedDict

import httpx

Verify = bool | str | os.PathLike[str] | ssl.SSLContext
"""TLS verification: on/off, a CA bundle file, or a ready ``ssl.SSLContext``."""

ProxyOption = str | httpx.URL | httpx.Proxy | None
"""A proxy URL (or httpx ``Proxy``) for every request; ``None``: the environment's, if any."""


class ConnectOptions(TypedDict, total=False):
    """Options shared by every vendor's ``connect()``; each one may be left out (defaults in brackets).

    Attributes:
        timeout: per-read timeout in seconds, or an ``httpx.Timeout`` [30 s, 10 s to connect].
        deadline: seconds one call may take in total, retries, renewals and waits included;
            ``None``: none [:data:`erp_adapters.limits.DEFAULT_DEADLINE`, 120 s].
        max_body_bytes: largest response body (decoded) read [32 MiB].
        max_retry_after: longest ``Retry-After`` waited for [60 s].
        allow_insecure_http: allow ``http://`` to hosts that are not loopback [False].
        verify: TLS verification: ``True``, ``False``, a CA bundle path or an ``ssl.SSLContext`` [True].
        proxy: a proxy for every request; without one, ``HTTPS_PROXY`` / ``HTTP_PROXY`` /
            ``NO_PROXY`` are honoured unless ``httpx_args={"trust_env": False}`` [None].
        httpx_args: further ``httpx.Client`` arguments (``verify``, ``proxy`` and
            ``follow_redirects`` there win; a ``transport`` there is wrapped, not replaced) [None].

    """

    timeout: float | httpx.Timeout | None
    deadline: float | None
    max_body_bytes: int
    max_retry_after: float
    allow_insecure_http: bool
    verify: Verify
    proxy: ProxyOption
    httpx_args: Mapping[str, Any] | None
