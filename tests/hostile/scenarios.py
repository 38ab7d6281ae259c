"""The catalogue of hostile-server scenarios and what each one must end with.

A scenario makes one request of a vendor's flow hostile — the operation (``op_*``), the login or
token request (``auth_*``), or Wisedat's ``/status`` (``status_*``) — while the rest of the flow
answers correctly. Each must end within its bound with one of its expected outcomes (a typed
error kind, or ``ok`` for a tolerant read), leak no secret, and — where marked — stay within
:data:`MEMORY_BOUND`.
"""

from __future__ import annotations

import asyncio
import functools
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from tests.hostile import behaviours as b
from tests.hostile.server import Behaviour, Request, answer, json_answer
from tests.hostile.vendors import Vendor

Target = Literal["op", "auth", "status"]
Outcome = Literal[
    "ok", "transport", "parse", "rate_limit", "unexpected_status", "bad_request", "authentication", "api", "error"
]
"""``ok``: the operation returned the expected record; the others name an ``erp_adapters.errors`` kind
(``api``: any ``APIError``; ``error``: any ``ERPError``)."""

DEADLINE = 3.0
"""The ``deadline=`` of every scenario that is not about slowness (seconds per call)."""
SLOW_DEADLINE = 0.6
"""The ``deadline=`` of drip and slowloris scenarios: it passes just after the first dripped byte arrived."""
READ_TIMEOUT = 1.0
"""The per-read ``timeout=``: longer than a drip's pause, so only the deadline can end a drip."""
SLACK = 7.0
"""A scenario must end within its deadline plus this (a correctness bound, not a benchmark)."""
MAX_BODY_BYTES = 1024 * 1024
"""``max_body_bytes=`` of every scenario (1 MiB)."""
MAX_RETRY_AFTER = 5.0
"""``max_retry_after=`` of every scenario: a larger ``Retry-After`` must fail at once."""
MEMORY_BOUND = 8 * 1024 * 1024
"""Peak traced allocation (tracemalloc) allowed while a 64 MiB answer is cut at 1 MiB (workers start with every
import done, so the peak is the call's own)."""


@functools.cache
def tls_context() -> ssl.SSLContext:
    """One default TLS context, passed as ``verify=`` (the contract accepts an ``ssl.SSLContext``).

    The servers are plain-HTTP loopback, so it is never used for a handshake; sharing one saves
    each scenario the tens of milliseconds httpx spends loading the CA bundle for a new context.
    """
    return ssl.create_default_context()


BehaviourFactory = Callable[[Vendor, str], Behaviour]
"""Builds the hostile answer from the vendor (its correct documents) and the other origin's URL."""


@dataclass(frozen=True)
class Scenario:
    """One hostile behaviour at one step of a vendor's flow, and what the adapter must do about it."""

    name: str
    target: Target
    build: BehaviourFactory
    expect: tuple[Outcome, ...]
    what: str
    memory: bool = False
    asynchronous: bool = False
    slow: bool = False
    options: dict[str, Any] = field(default_factory=dict)
    other_origin_clean: bool = False
    """The other origin (redirect target) must receive no secret."""
    refresh_kept: bool = False
    """Vendors with a rotating refresh token must hand the one in the hostile answer to the token store."""
    vendors: tuple[str, ...] | None = None
    """Only these vendors (default: all)."""
    slack: float = SLACK
    """Seconds past the deadline the scenario may take before it counts as hung."""
    op_refused_once: bool = False
    """The operation's first answer is a 401, so the hostile login answer is a renewal, not the first login."""

    def __repr__(self) -> str:
        return f"Scenario({self.name!r})"

    @property
    def deadline(self) -> float:
        """The ``deadline=`` passed to ``connect()``."""
        return SLOW_DEADLINE if self.slow else DEADLINE

    @property
    def bound(self) -> float:
        """Seconds within which the scenario must have ended (its deadline plus :data:`SLACK`)."""
        return self.deadline + self.slack

    def connect_options(self) -> dict[str, Any]:
        """The contract options this scenario connects with."""
        return {
            "timeout": READ_TIMEOUT,
            "deadline": self.deadline,
            "max_body_bytes": MAX_BODY_BYTES,
            "max_retry_after": MAX_RETRY_AFTER,
            "verify": tls_context(),
            **self.options,
        }


def _login(vendor: Vendor) -> Behaviour:
    async def behaviour(request: Request, writer: asyncio.StreamWriter) -> None:
        await json_answer(200, vendor.login_document())(request, writer)

    return behaviour


def _const(behaviour: Behaviour) -> BehaviourFactory:
    return lambda vendor, other: behaviour


def _op_json(status: int, *, headers: list[tuple[str, str]]) -> BehaviourFactory:
    return lambda vendor, other: json_answer(status, vendor.op_document(), headers=headers)


_RATE_LIMITED = {"errors": ["too many requests"], "message": "too many requests"}
_HUGE_RETRY_AFTER = [("Retry-After", "100000")]
_OVERFLOWING = [("Retry-After", "inf"), ("X-RateLimit-Limit", "1e999"), ("X-RateLimit-Remaining", "inf")]
_OVERFLOWING_200 = [("Retry-After", "1e999"), ("X-RateLimit-Limit", "1e999"), ("X-RateLimit-Remaining", "nan")]
_HUGE_QUOTA = [("X-RateLimit-Limit", "4000000"), ("X-RateLimit-Remaining", "0")]
_WWW_AUTHENTICATE = [("WWW-Authenticate", 'Bearer realm="erp", error="invalid_token"')]
_UNMARKED_LOGIN = {"access_token": "x" * 40, "auth_token": "x" * 40, "xa-token": "x" * 40, "expires_in": 900}
_STATUS_WITHOUT_BODY: tuple[Outcome, ...] = ("unexpected_status", "parse")


def _shared(target: Target) -> list[Scenario]:
    """Behaviours that make sense at any step: slow, broken, garbage, huge, unparsable, throttled, redirected."""
    p = target
    return [
        Scenario(
            f"{p}_drip_body",
            target,
            lambda vendor, other: b.drip_body(200, b'{"data": [' + b" " * 200 + b"]}"),
            ("transport",),
            "200 whose body arrives one byte every 0.5 s: only a total deadline ends it",
            slow=True,
        ),
        Scenario(
            f"{p}_slowloris_headers",
            target,
            _const(b.slowloris_headers()),
            ("transport",),
            "a header block that grows by one line every 0.5 s and never ends",
            slow=True,
        ),
        Scenario(
            f"{p}_reset_mid_body",
            target,
            _const(b.reset_mid_body()),
            ("transport",),
            "1,000 of 100,000 announced bytes, then a TCP reset",
        ),
        Scenario(
            f"{p}_garbage_status",
            target,
            _const(b.GARBAGE_STATUS),
            ("transport",),
            "a non-HTTP banner with binary bytes where the status line belongs",
        ),
        Scenario(
            f"{p}_no_answer",
            target,
            _const(b.NO_ANSWER),
            ("transport",),
            "the connection closes without a byte of answer",
        ),
        Scenario(
            f"{p}_bad_chunking",
            target,
            _const(b.BAD_CHUNKING),
            ("transport",),
            "a chunked answer whose chunk size is not hexadecimal",
        ),
        Scenario(
            f"{p}_header_bomb",
            target,
            _const(b.header_bomb()),
            ("transport", "error"),
            "a 200 with 2,000 headers (200 KB of header block)",
        ),
        Scenario(
            f"{p}_gzip_bomb",
            target,
            _const(b.gzip_bomb()),
            ("error",),
            "64 KB of gzip that inflates to 64 MiB: the body cap counts decoded bytes, memory bounded",
            memory=True,
        ),
        Scenario(f"{p}_html_200", target, _const(b.html_200()), ("parse",), "200 text/html (a proxy's error page)"),
        Scenario(
            f"{p}_huge_body",
            target,
            _const(b.huge_body(declare_length=False)),
            ("error",),
            "64 MiB streamed chunked: cut at max_body_bytes, memory bounded",
            memory=True,
        ),
        Scenario(
            f"{p}_deep_json",
            target,
            _const(b.deeply_nested()),
            ("parse",),
            f"200 JSON nested {b.DEEP_NESTING:,} levels deep",
        ),
        Scenario(f"{p}_invalid_json", target, _const(answer(200, b"{'data': [7,]}")), ("parse",), "200, not JSON"),
        Scenario(
            f"{p}_truncated_json",
            target,
            lambda vendor, other: b.truncated_json(vendor.op_document() if target == "op" else _UNMARKED_LOGIN),
            ("parse",),
            "a well-framed 200 whose JSON stops halfway (a login answer without secrets: leaks are another scenario)",
        ),
        Scenario(
            f"{p}_text_plain_json",
            target,
            lambda vendor, other: b.json_as(
                vendor.op_document() if target == "op" else vendor.login_document(), "text/plain; charset=utf-8"
            ),
            ("ok", "parse"),
            "the correct JSON served as text/plain (a tolerant read, or a ParseError)",
        ),
        Scenario(
            f"{p}_retry_after_huge",
            target,
            _const(json_answer(429, _RATE_LIMITED, headers=_HUGE_RETRY_AFTER)),
            ("rate_limit",),
            "429 with Retry-After: 100000: a RateLimitError at once, no 27-hour sleep",
        ),
        Scenario(
            f"{p}_overflow_headers_429",
            target,
            _const(json_answer(429, _RATE_LIMITED, headers=_OVERFLOWING)),
            ("rate_limit",),
            "429 with Retry-After: inf, X-RateLimit-Limit: 1e999, Remaining: inf",
        ),
        Scenario(
            f"{p}_415",
            target,
            _const(json_answer(415, {"message": "unsupported media type"})),
            ("unexpected_status", "bad_request") if target == "op" else ("api",),
            "415, a status no operation documents (undocumented, or the input refused: both are fair)",
        ),
        Scenario(
            f"{p}_401_www_authenticate",
            target,
            _const(answer(401, b"", content_type=None, headers=_WWW_AUTHENTICATE)),
            ("authentication",),
            "401 with an empty body and a WWW-Authenticate challenge",
        ),
        Scenario(
            f"{p}_204",
            target,
            _const(answer(204, b"", content_type=None)),
            _STATUS_WITHOUT_BODY if target == "op" else ("authentication", *_STATUS_WITHOUT_BODY),
            "204 No Content where a JSON body is documented",
        ),
        Scenario(
            f"{p}_redirect_other_origin",
            target,
            lambda vendor, other: b.redirect_to_origin(307, other),
            ("api",) if target != "op" else ("unexpected_status", "ok"),
            "307 to another origin: no credential may reach it",
            other_origin_clean=True,
        ),
    ]


def _op_only() -> list[Scenario]:
    return [
        Scenario(
            "op_drip_body_async",
            "op",
            lambda vendor, other: b.drip_body(200, b'{"data": [' + b" " * 200 + b"]}"),
            ("transport",),
            "the body drip, through the async surface",
            slow=True,
            asynchronous=True,
        ),
        Scenario(
            "op_retry_after_past_deadline",
            "op",
            _const(json_answer(429, _RATE_LIMITED, headers=[("Retry-After", "2")])),
            ("rate_limit", "transport"),
            "429 with Retry-After: 2 (allowed) but a 0.6 s deadline: no sleeping past it (bound: deadline + 1.5 s)",
            slow=True,
            slack=1.5,
        ),
        Scenario(
            "op_retry_after_huge_async",
            "op",
            _const(json_answer(429, _RATE_LIMITED, headers=_HUGE_RETRY_AFTER)),
            ("rate_limit",),
            "429 with Retry-After: 100000, through the async surface",
            asynchronous=True,
        ),
        Scenario(
            "op_gzip_bomb_async",
            "op",
            _const(b.gzip_bomb()),
            ("error",),
            "the gzip bomb, through the async surface",
            memory=True,
            asynchronous=True,
        ),
        Scenario(
            "op_redirect_other_origin_followed_async",
            "op",
            lambda vendor, other: b.redirect_to_origin(302, other),
            ("ok", "unexpected_status"),
            "302 to another origin with follow_redirects=True, through the async surface",
            options={"httpx_args": {"follow_redirects": True}},
            other_origin_clean=True,
            asynchronous=True,
        ),
        Scenario(
            "op_huge_body_length",
            "op",
            _const(b.huge_body(declare_length=True)),
            ("error",),
            "64 MiB announced in Content-Length and streamed: cut at max_body_bytes, memory bounded",
            memory=True,
        ),
        Scenario(
            "op_huge_body_async",
            "op",
            _const(b.huge_body(declare_length=False)),
            ("error",),
            "the 64 MiB chunked body, through the async surface",
            memory=True,
            asynchronous=True,
        ),
        Scenario(
            "op_numbers_as_strings",
            "op",
            lambda vendor, other: json_answer(200, vendor.op_document_with_string_numbers()),
            ("ok", "parse"),
            'a page whose paging numbers are strings ("last_page": "1"), as eGestor sends numbers elsewhere',
        ),
        Scenario("op_empty_200", "op", _const(answer(200, b"")), ("parse",), "200 application/json, empty body"),
        Scenario(
            "op_ratelimit_huge_quota",
            "op",
            _op_json(200, headers=_HUGE_QUOTA),
            ("ok",),
            "a correct 200 with X-RateLimit-Limit: 4000000, Remaining: 0: no million-entry limiter",
            memory=True,
        ),
        Scenario(
            "op_overflow_headers_200",
            "op",
            _op_json(200, headers=_OVERFLOWING_200),
            ("ok",),
            "a correct 200 with Retry-After: 1e999, X-RateLimit-Limit: 1e999, Remaining: nan",
        ),
        Scenario(
            "op_304",
            "op",
            _const(answer(304, b"", content_type=None)),
            ("unexpected_status",),
            "304 Not Modified to an unconditional GET (a 3xx where a body is documented)",
        ),
        Scenario(
            "op_redirect_other_origin_followed",
            "op",
            lambda vendor, other: b.redirect_to_origin(302, other),
            ("ok", "unexpected_status"),
            "302 to another origin with httpx_args follow_redirects=True: still no credential there",
            options={"httpx_args": {"follow_redirects": True}},
            other_origin_clean=True,
        ),
    ]


def _auth_only() -> list[Scenario]:
    return [
        Scenario(
            "auth_unparsable_200",
            "auth",
            lambda vendor, other: vendor.unparsable_login(),
            ("parse", "ok"),
            'a 200 login answer it cannot use as is (OAuth2: "expires_in": "3600s"); '
            "a rotated refresh token in it must reach the token store",
            refresh_kept=True,
        ),
        Scenario(
            "auth_unparsable_renewal",
            "auth",
            lambda vendor, other: b.in_turn(_login(vendor), vendor.unparsable_login()),
            ("parse", "ok"),
            "the operation draws a 401; the renewal's 200 answer is unparsable as in auth_unparsable_200: "
            "the rotated refresh token in it must reach the token store",
            refresh_kept=True,
            op_refused_once=True,
        ),
        Scenario(
            "auth_drip_body_async",
            "auth",
            lambda vendor, other: b.drip_body(200, b'{"access_token": "' + b" " * 200 + b'"}'),
            ("transport",),
            "the login answer dripped, through the async surface",
            slow=True,
            asynchronous=True,
        ),
    ]


def _wisedat_status() -> list[Scenario]:
    wisedat = ("wisedat",)
    return [
        Scenario(
            "status_drip_body",
            "status",
            lambda vendor, other: b.drip_body(200, b'{"State": 1' + b" " * 200 + b"}"),
            ("transport",),
            "GET /status dripped",
            slow=True,
            vendors=wisedat,
        ),
        Scenario("status_html_200", "status", _const(b.html_200()), ("parse",), "GET /status as HTML", vendors=wisedat),
        Scenario(
            "status_bad_public_key",
            "status",
            _const(json_answer(200, {"State": 1, "PublicKey": {"Modulus": "not base64!", "Exponent": 3}})),
            ("parse",),
            "GET /status with an unusable RSA key",
            vendors=wisedat,
        ),
        Scenario(
            "status_retry_after_huge",
            "status",
            _const(json_answer(429, _RATE_LIMITED, headers=_HUGE_RETRY_AFTER)),
            ("rate_limit",),
            "GET /status throttled with Retry-After: 100000",
            vendors=wisedat,
        ),
    ]


SCENARIOS: list[Scenario] = [*_shared("op"), *_op_only(), *_shared("auth"), *_auth_only(), *_wisedat_status()]
"""Every scenario, in catalogue order."""


def for_vendor(vendor: str) -> list[Scenario]:
    """The scenarios that apply to ``vendor``."""
    return [s for s in SCENARIOS if s.vendors is None or vendor in s.vendors]
