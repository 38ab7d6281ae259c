"""The hostile answers themselves: each function returns a :data:`~tests.hostile.server.Behaviour`.

Every behaviour sends a bounded number of bytes and stops as soon as the client goes away.
"""

from __future__ import annotations

import asyncio
import functools
import json
import zlib
from typing import Any

from tests.hostile.server import Behaviour, Request, answer, head, reset_connection, send

DRIP_INTERVAL = 0.5
"""Seconds between two bytes of a dripped body or two lines of a slowloris header block."""

DRIP_MAX_STEPS = 60
"""A drip sends at most this many bytes (or header lines): 30 s at most, far past any deadline."""

HUGE_BODY = 64 * 1024 * 1024
"""Bytes a huge answer offers (64 MiB)."""

_CHUNK = 64 * 1024


def drip_body(status: int, body: bytes, *, interval: float = DRIP_INTERVAL) -> Behaviour:
    """Headers at once (correct ``Content-Length``), then the body one byte every ``interval`` seconds.

    Each byte arrives well within any per-read timeout, so only a total deadline ends the call.
    """
    body = body[:DRIP_MAX_STEPS]
    start = head(status, [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])

    async def behaviour(request: Request, writer: asyncio.StreamWriter) -> None:
        if not await send(writer, start):
            return
        for index in range(len(body)):
            await asyncio.sleep(interval)
            if not await send(writer, body[index : index + 1]):
                return

    return behaviour


def slowloris_headers(*, interval: float = DRIP_INTERVAL) -> Behaviour:
    """A status line, then one more header line every ``interval`` seconds; the header block never ends."""

    async def behaviour(request: Request, writer: asyncio.StreamWriter) -> None:
        if not await send(writer, b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"):
            return
        for index in range(DRIP_MAX_STEPS):
            await asyncio.sleep(interval)
            if not await send(writer, f"X-Slow-{index}: {'x' * 8}\r\n".encode()):
                return

    return behaviour


def reset_mid_body(status: int = 200, *, announced: int = 100_000, sent: int = 1_000) -> Behaviour:
    """Announce ``announced`` bytes of JSON, send ``sent`` of them, then reset the connection (RST)."""
    start = head(status, [("Content-Type", "application/json"), ("Content-Length", str(announced))])
    partial = (b'{"data": [' + b'"x",' * announced)[:sent]

    async def behaviour(request: Request, writer: asyncio.StreamWriter) -> None:
        if await send(writer, start + partial):
            await asyncio.sleep(0.05)  # let the client start reading the body
        reset_connection(writer)

    return behaviour


def raw(data: bytes) -> Behaviour:
    """Send ``data`` verbatim (e.g. a garbage status line) and close."""

    async def behaviour(request: Request, writer: asyncio.StreamWriter) -> None:
        await send(writer, data)

    return behaviour


GARBAGE_STATUS = raw(b"SSH-2.0-OpenSSH_9.6 garbage \x00\xff where a status line belongs\r\n\r\n")
"""Not HTTP at all: a non-HTTP banner with binary bytes where the status line belongs."""


def huge_body(*, declare_length: bool, total: int = HUGE_BODY) -> Behaviour:
    """A 200 ``application/json`` answer of ``total`` bytes (64 MiB), streamed in 64 KiB chunks.

    ``declare_length``: announce the size in ``Content-Length``; otherwise stream it chunked, so
    only counting the bytes received can stop it. Sending stops when the client goes away.
    """
    piece = b'"' + b"x" * (_CHUNK - 3) + b'",'
    framing = [("Content-Length", str(total))] if declare_length else [("Transfer-Encoding", "chunked")]
    start = head(200, [("Content-Type", "application/json"), *framing])

    def frame(data: bytes) -> bytes:
        return data if declare_length else f"{len(data):x}\r\n".encode() + data + b"\r\n"

    async def behaviour(request: Request, writer: asyncio.StreamWriter) -> None:
        if not await send(writer, start + frame(b"[")):
            return
        left = total - 1
        while left > 0:
            data = piece[:left]
            if not await send(writer, frame(data)):
                return
            left -= len(data)
        if not declare_length:
            await send(writer, b"0\r\n\r\n")

    return behaviour


DEEP_NESTING = 100_000
"""Levels of the deeply nested JSON answer."""


def deeply_nested(levels: int = DEEP_NESTING) -> Behaviour:
    """A 200 whose JSON nests ``levels`` arrays (valid JSON; 200 KB)."""
    return answer(200, b"[" * levels + b"]" * levels)


def json_as(document: Any, content_type: str, status: int = 200) -> Behaviour:
    """A JSON document served under another content type (e.g. ``text/plain``)."""
    return answer(status, json.dumps(document).encode(), content_type=content_type)


HTML_PAGE = b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Oops</h1></body></html>"
"""What a proxy or a login wall puts where JSON belongs."""


def html_200() -> Behaviour:
    """A 200 with an HTML page instead of JSON."""
    return answer(200, HTML_PAGE, content_type="text/html; charset=utf-8")


def truncated_json(document: Any) -> Behaviour:
    """A well-framed 200 whose JSON stops halfway (``Content-Length`` matches the cut body)."""
    text = json.dumps(document).encode()
    return answer(200, text[: max(1, len(text) // 2)])


def redirect(status: int, location: str) -> Behaviour:
    """A redirect to ``location`` (absolute URL), with a small JSON body."""
    return answer(status, b'{"moved": true}', headers=[("Location", location)])


def redirect_to_origin(status: int, origin: str) -> Behaviour:
    """A redirect to the same path and query on another origin (``http://host:port``)."""

    async def behaviour(request: Request, writer: asyncio.StreamWriter) -> None:
        await redirect(status, origin + request.target)(request, writer)

    return behaviour


def in_turn(*behaviours: Behaviour) -> Behaviour:
    """The first request gets the first behaviour, the next the second, ...; the last one repeats."""
    served = [0]

    async def behaviour(request: Request, writer: asyncio.StreamWriter) -> None:
        index = min(served[0], len(behaviours) - 1)
        served[0] += 1
        await behaviours[index](request, writer)

    return behaviour


NO_ANSWER = raw(b"")
"""The connection closes without a single byte of answer."""

BAD_CHUNKING = raw(
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    b"zz-not-a-size\r\n{}\r\n0\r\n\r\n"
)
"""A chunked answer whose first chunk size is not hexadecimal."""


def header_bomb(*, count: int = 2_000, size: int = 100) -> Behaviour:
    """A 200 whose header block holds ``count`` headers of ``size`` bytes (200 KB, past any sane header limit)."""
    fields = [(f"X-Bomb-{index}", "b" * size) for index in range(count)]
    return answer(200, b"{}", headers=fields)


@functools.cache
def _gzip_of_zeros(total: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)  # wbits 31: gzip container
    block = bytes(1024 * 1024)
    parts = [compressor.compress(block) for _ in range(total // len(block))]
    parts.append(compressor.flush())
    return b"".join(parts)


def gzip_bomb(total: int = HUGE_BODY) -> Behaviour:
    """A 200 ``Content-Encoding: gzip`` answer of about 64 KB that inflates to ``total`` bytes (64 MiB)."""
    body = _gzip_of_zeros(total)
    return answer(200, body, headers=[("Content-Encoding", "gzip")])
