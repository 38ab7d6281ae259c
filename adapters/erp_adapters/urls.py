"""Which URLs may carry credentials: https anywhere, plain http only to loopback unless the caller opts in."""

from __future__ import annotations

import ipaddress
import logging

import httpx

from erp_adapters import errors
from erp_adapters.kinds import ErrorKinds

log = logging.getLogger("erp_adapters.urls")


def is_loopback(host: str) -> bool:
    """Whether ``host`` is ``localhost`` or a loopback address (127.0.0.0/8, ::1)."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_transport_security(
    url: str, *, allow_insecure_http: bool, kinds: ErrorKinds | None = None, what: str = "base URL"
) -> None:
    """Refuse ``http://`` to a host that is not loopback, unless the caller opted in (then log a warning)."""
    error = kinds.insecure if kinds is not None else errors.InsecureTransportError
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise error(f"{what} is not a valid URL ({errors.describe(exc)})") from None
    if parsed.scheme == "https":
        return
    if parsed.scheme != "http" or not parsed.host:
        raise error(f"{what} {url!r} must be an https:// URL")
    if is_loopback(parsed.host):
        return
    if not allow_insecure_http:
        raise error(
            f"{what} {url!r} uses plain http:// to {parsed.host}: credentials would travel unencrypted. "
            "Use https://, or pass allow_insecure_http=True for an on-premises server you trust."
        )
    log.warning("%s %s uses plain http://: credentials travel unencrypted (allow_insecure_http=True)", what, url)
