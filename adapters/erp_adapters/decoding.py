"""Bounded decoding of compressed response bodies (``Content-Encoding``), so a gzip bomb cannot exhaust memory.

httpx inflates each network chunk in one go: 64 KB of gzip can become 64 MiB before any size check
sees it. The body readers of :mod:`erp_adapters.limits` read the raw bytes instead and decode them
here, where every decoder emits at most :data:`PIECE_BYTES` bytes at a time (``zlib``'s
``max_length`` / ``unconsumed_tail``), so the caller can count and stop at its cap after each piece.

Supported: ``gzip`` (and ``x-gzip``), ``deflate`` (zlib-wrapped or raw, as browsers and httpx
accept) and ``identity``, also stacked (``gzip, gzip``). Only those are advertised
(:data:`ACCEPT_ENCODING`); any other coding (``br``, ``zstd``, ``compress``, ...) is refused with
:class:`UndecodableBody`, which the call path raises as the vendor's parse error.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator
from typing import Protocol

import httpx

PIECE_BYTES = 64 * 1024
"""Most bytes one decoder step emits (and so the most a cap can be overshot by before it is noticed)."""

ACCEPT_ENCODING = "gzip, deflate"
"""The ``Accept-Encoding`` the adapters send: only the codings decoded here with bounded memory."""

_GZIP_WBITS = zlib.MAX_WBITS | 16
_ZLIB_WBITS = zlib.MAX_WBITS
_RAW_DEFLATE_WBITS = -zlib.MAX_WBITS


class UndecodableBody(Exception):  # noqa: N818 - internal signal, mapped to the vendor's ParseError
    """A body in a content coding the adapters do not decode, or whose compressed data is corrupt."""

    def __init__(self, reason: str, status: int = 0) -> None:
        self.reason = reason
        self.status = status
        super().__init__(reason)


class _Decoder(Protocol):
    def feed(self, data: bytes) -> Iterator[bytes]:
        """Decode ``data`` (more may follow), in pieces of at most :data:`PIECE_BYTES` bytes."""
        ...

    def finish(self) -> Iterator[bytes]:
        """Whatever is left once the input has ended."""
        ...


class _Zlib:
    """gzip or deflate through ``zlib.decompressobj``, never producing more than one piece per step.

    ``deflate`` is meant to be zlib-wrapped (RFC 9110 section 8.4.1.2), but some servers send raw
    deflate; the first two bytes tell which (a zlib header is a multiple of 31 naming method 8).
    """

    def __init__(self, coding: str) -> None:
        self._coding = coding
        self._head = b"" if coding == "deflate" else None  # deflate: bytes held until the header is known
        self._inflate = zlib.decompressobj(_GZIP_WBITS)

    def _choose(self, data: bytes) -> bytes:
        """For deflate, hold the first two bytes, then pick zlib-wrapped or raw; the data to inflate."""
        if self._head is None:
            return data
        self._head += data
        if len(self._head) < 2:
            return b""
        data, self._head = self._head, None
        cmf, flg = data[0], data[1]
        wrapped = cmf & 0x0F == 8 and cmf >> 4 <= 7 and (cmf << 8 | flg) % 31 == 0
        self._inflate = zlib.decompressobj(_ZLIB_WBITS if wrapped else _RAW_DEFLATE_WBITS)
        return data

    def _step(self, data: bytes) -> bytes:
        try:
            return self._inflate.decompress(data, PIECE_BYTES)
        except zlib.error as exc:
            raise UndecodableBody(f"the {self._coding} body is corrupt ({exc})") from None

    def feed(self, data: bytes) -> Iterator[bytes]:
        data = self._choose(data)
        if not data:
            return
        while not self._inflate.eof:  # bytes after the end of the stream are ignored, as httpx does
            piece = self._step(data)
            if piece:
                yield piece
            data = self._inflate.unconsumed_tail
            if not data and len(piece) < PIECE_BYTES:
                return  # every input byte consumed and no output held back (else: ask again with b"")

    def finish(self) -> Iterator[bytes]:
        if self._head:
            raise UndecodableBody(f"the {self._coding} body is too short to be {self._coding} data")
        # feed() drained every pending byte already; flush() only returns what zlib still buffers.
        try:
            rest = self._inflate.flush()
        except zlib.error as exc:
            raise UndecodableBody(f"the {self._coding} body is corrupt ({exc})") from None
        for start in range(0, len(rest), PIECE_BYTES):
            yield rest[start : start + PIECE_BYTES]


def _decoder_for(coding: str) -> _Decoder:
    if coding in ("gzip", "x-gzip", "deflate"):
        return _Zlib("gzip" if coding == "x-gzip" else coding)
    raise UndecodableBody(
        f"the answer uses Content-Encoding {coding[:40]!r}, which the adapters do not decode "
        f"(they ask for {ACCEPT_ENCODING!r} only)"
    )


class BodyDecoder:
    """Decodes a response's raw body as its ``Content-Encoding`` says, in bounded pieces.

    Codings are undone in the reverse of the order the header lists them (RFC 9110 section 8.4).
    """

    def __init__(self, headers: httpx.Headers) -> None:
        codings = [c.strip().lower() for c in headers.get_list("content-encoding", split_commas=True)]
        self._chain = [_decoder_for(c) for c in reversed(codings) if c not in ("", "identity")]

    def feed(self, data: bytes) -> Iterator[bytes]:
        """The decoded pieces of the next raw chunk."""
        return self._through(0, (data,), final=False)

    def finish(self) -> Iterator[bytes]:
        """The decoded pieces still held once the raw body has ended."""
        return self._through(0, (), final=True)

    def _through(self, stage: int, pieces: Iterable[bytes], *, final: bool) -> Iterator[bytes]:
        if stage == len(self._chain):
            yield from pieces
            return
        decoder = self._chain[stage]
        for piece in pieces:
            yield from self._through(stage + 1, decoder.feed(piece), final=False)
        if final:
            yield from self._through(stage + 1, decoder.finish(), final=True)
