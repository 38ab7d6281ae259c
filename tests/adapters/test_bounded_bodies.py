"""Compressed bodies are decoded in bounded pieces: a gzip bomb is cut at the cap without inflating it whole.

httpx inflates each compressed network chunk at once (64 KB of gzip can become 64 MiB before a size
check sees it); the core reads the raw bytes and decodes them itself (``erp_adapters.decoding``),
for API answers and token answers alike, sync and async.
"""

from __future__ import annotations

import asyncio
import gzip
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest
from gks4_client.api.customers import get_customer

from erp_adapters import decoding, errors, gks4
from tests.adapters.vendors import VENDORS, Vendor

ids = [v.name for v in VENDORS]

CAP = 1024 * 1024
PEAK_LIMIT = 8 * 1024 * 1024
INFLATED = 48 * 1024 * 1024


def _bomb() -> bytes:
    """About 48 KB of gzip that inflates to 48 MiB of zeros."""
    squeeze = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(1024 * 1024)
    return b"".join([*(squeeze.compress(block) for _ in range(INFLATED // len(block))), squeeze.flush()])


BOMB = _bomb()
GZIP = {"Content-Type": "application/json", "Content-Encoding": "gzip"}


def _chunks(data: bytes, size: int = 64 * 1024) -> Iterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


async def _achunks(data: bytes) -> AsyncIterator[bytes]:
    for chunk in _chunks(data):
        yield chunk


def _streamed(data: bytes, headers: dict[str, str], *, is_async: bool = False, status: int = 200) -> httpx.Response:
    """A response whose body is streamed (not read by httpx when it is built, as a MockTransport would)."""
    content: Any = _achunks(data) if is_async else _chunks(data)
    return httpx.Response(status, content=content, headers=headers)


def _peak(action: Callable[[], Any]) -> tuple[int, BaseException | None]:
    tracemalloc.start()
    raised: BaseException | None = None
    try:
        action()
    except Exception as exc:
        raised = exc
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak, raised


@pytest.mark.parametrize("vendor", VENDORS, ids=ids)
def test_gzip_bomb_is_cut_at_the_cap_with_bounded_memory(vendor: Vendor) -> None:
    client = vendor.client("https://erp.test", lambda r: _streamed(BOMB, GZIP), max_body_bytes=CAP)
    peak, raised = _peak(lambda: vendor.call(client))
    assert isinstance(raised, errors.ResponseTooLargeError) and isinstance(raised, vendor.root), repr(raised)
    assert peak < PEAK_LIMIT, f"peak {peak / 2**20:.1f} MiB"


def test_gzip_bomb_async_is_cut_at_the_cap_with_bounded_memory() -> None:
    vendor = next(v for v in VENDORS if v.name == "gks4")
    client = vendor.client("https://erp.test", lambda r: _streamed(BOMB, GZIP, is_async=True), max_body_bytes=CAP)

    def run() -> None:
        asyncio.run(gks4.acall(get_customer.asyncio_detailed, "K1", client=client))

    peak, raised = _peak(run)
    assert isinstance(raised, gks4.GKS4Error) and isinstance(raised, errors.ResponseTooLargeError), repr(raised)
    assert peak < PEAK_LIMIT, f"peak {peak / 2**20:.1f} MiB"


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_gzip_bomb_as_token_answer_is_cut_with_bounded_memory(is_async: bool) -> None:
    def route(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/connect/token":
            return _streamed(BOMB, GZIP, is_async=is_async)
        return httpx.Response(200, json={"number": "K1", "name": "ACME"})

    client = gks4.connect(
        "https://gks4.test",
        client_id="app",
        client_secret="gks4-client-secret",
        token_url="https://gks4.test/connect/token",
        max_body_bytes=CAP,
        httpx_args={"transport": httpx.MockTransport(route)},
    )

    def run() -> None:
        if is_async:
            asyncio.run(gks4.acall(get_customer.asyncio_detailed, "K1", client=client))
        else:
            gks4.call(get_customer.sync_detailed, "K1", client=client)

    peak, raised = _peak(run)
    assert isinstance(raised, gks4.GKS4Error) and isinstance(raised, errors.ResponseTooLargeError), repr(raised)
    assert "get_customer" in str(raised)  # the operation the login served, not the token request
    assert peak < PEAK_LIMIT, f"peak {peak / 2**20:.1f} MiB"


@pytest.mark.parametrize("vendor", VENDORS, ids=ids)
def test_too_large_names_the_real_status_and_the_cap(vendor: Vendor) -> None:
    big = b'{"x": "' + b"a" * 300_000 + b'"}'
    client = vendor.client(
        "https://erp.test",
        lambda r: _streamed(big, {"Content-Type": "application/json"}, status=200),
        max_body_bytes=100_000,
    )
    with pytest.raises(errors.ResponseTooLargeError) as err:
        vendor.call(client)
    message = str(err.value)
    assert err.value.status_code == 200
    assert "HTTP 200" in message and "HTTP 0" not in message
    assert "max_body_bytes=100000" in message and "pass a larger max_body_bytes=" in message
    assert "does not match the spec" not in message


def test_too_large_by_content_length_names_the_status() -> None:
    vendor = next(v for v in VENDORS if v.name == "egestor")
    big = b"x" * 200_000
    client = vendor.client(
        "https://erp.test",
        lambda r: httpx.Response(404, content=_chunks(big), headers={"Content-Length": str(len(big))}),
        max_body_bytes=100_000,
    )
    with pytest.raises(errors.ResponseTooLargeError) as err:
        vendor.call(client)
    assert err.value.status_code == 404 and "HTTP 404" in str(err.value)


# -- what is advertised and what is refused ----------------------------------------------------------------


@pytest.mark.parametrize("vendor", VENDORS, ids=ids)
def test_only_bounded_codings_are_advertised(vendor: Vendor, monkeypatch: pytest.MonkeyPatch) -> None:
    # httpx advertises br / zstd whenever brotli / zstandard happen to be installed
    monkeypatch.setattr(httpx._client, "ACCEPT_ENCODING", "gzip, deflate, br, zstd")
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("Accept-Encoding", ""))
        return httpx.Response(404, json={})

    client = vendor.client("https://erp.test", handler)
    with pytest.raises(errors.NotFoundError):
        vendor.call(client)
    assert seen == [decoding.ACCEPT_ENCODING] == ["gzip, deflate"]


@pytest.mark.parametrize("coding", ["br", "zstd", "compress"])
def test_a_coding_not_decoded_is_a_parse_error_naming_it(coding: str) -> None:
    vendor = next(v for v in VENDORS if v.name == "gks4")
    headers = {"Content-Type": "application/json", "Content-Encoding": coding}
    client = vendor.client("https://erp.test", lambda r: _streamed(b"\x1b\x00garbage", headers))
    with pytest.raises(errors.ParseError) as err:
        vendor.call(client)
    assert isinstance(err.value, gks4.GKS4ParseError) and err.value.status_code == 200
    assert repr(coding) in str(err.value)


def test_corrupt_gzip_is_a_parse_error() -> None:
    vendor = next(v for v in VENDORS if v.name == "gks4")
    packed = gzip.compress(b'{"number": "K1", "name": "ACME"}')
    corrupt = packed[:-8] + bytes(b ^ 0xFF for b in packed[-8:-4]) + packed[-4:]  # wrong CRC-32
    client = vendor.client("https://erp.test", lambda r: _streamed(corrupt, GZIP))
    with pytest.raises(errors.ParseError) as err:
        vendor.call(client)
    assert isinstance(err.value, gks4.GKS4ParseError) and "gzip body is corrupt" in str(err.value)


# -- the decoder itself ---------------------------------------------------------------------------------------


def _decode(headers: dict[str, str], raw: bytes, chunk: int) -> list[bytes]:
    decoder = decoding.BodyDecoder(httpx.Headers(headers))
    pieces = [piece for part in _chunks(raw, chunk) for piece in decoder.feed(part)]
    return [*pieces, *decoder.finish()]


PLAIN = b'{"items": [' + b",".join(b'{"n": %d}' % i for i in range(20_000)) + b"]}"


@pytest.mark.parametrize("chunk", [1, 7, 4096, 1 << 20])
@pytest.mark.parametrize(
    ("coding", "encode"),
    [
        ("gzip", gzip.compress),
        ("x-gzip", gzip.compress),
        ("deflate", zlib.compress),  # zlib-wrapped, as RFC 9110 says
        ("deflate", lambda data: zlib.compress(data)[2:-4]),  # raw deflate, as some servers send
        ("gzip, gzip", lambda data: gzip.compress(gzip.compress(data))),
        ("identity", lambda data: data),
    ],
    ids=["gzip", "x-gzip", "zlib-deflate", "raw-deflate", "gzip-twice", "identity"],
)
def test_decoder_round_trips_in_bounded_pieces(coding: str, encode: Callable[[bytes], bytes], chunk: int) -> None:
    pieces = _decode({"Content-Encoding": coding}, encode(PLAIN), chunk)
    assert b"".join(pieces) == PLAIN
    assert max(len(p) for p in pieces) <= max(decoding.PIECE_BYTES, chunk)


def test_decoder_emits_a_bomb_piece_by_piece() -> None:
    decoder = decoding.BodyDecoder(httpx.Headers({"Content-Encoding": "gzip"}))
    first = next(decoder.feed(BOMB))
    assert len(first) <= decoding.PIECE_BYTES


# -- an answer thrown away before a retry is not inflated either -------------------------------------------


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_gzip_bomb_in_a_retried_429_is_not_inflated(is_async: bool) -> None:
    from egestor_client.api.contatos import list_contatos

    from erp_adapters import egestor

    vendor = next(v for v in VENDORS if v.name == "egestor")
    answers = iter(["bomb", "page"])
    page = {"total": 0, "per_page": 50, "current_page": 1, "last_page": 1, "data": [],
            "next_page_url": None, "prev_page_url": None, "from": None, "to": None}  # fmt: skip

    def handler(request: httpx.Request) -> httpx.Response:
        if next(answers) == "bomb":
            return _streamed(BOMB, {**GZIP, "Retry-After": "0"}, is_async=is_async, status=429)
        return httpx.Response(200, json=page)

    client = vendor.client("https://erp.test", handler, max_body_bytes=CAP)

    def run() -> None:
        if is_async:
            asyncio.run(egestor.acall(list_contatos.asyncio_detailed, client=client))
        else:
            egestor.call(list_contatos.sync_detailed, client=client)

    peak, raised = _peak(run)
    assert raised is None, repr(raised)
    assert next(answers, "done") == "done"  # the 429 was retried
    assert peak < PEAK_LIMIT, f"peak {peak / 2**20:.1f} MiB"


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_gzip_bomb_in_a_401_before_the_renewal_is_cut_at_the_cap(is_async: bool) -> None:
    # httpx reads a 401 whole (inflating it) before the auth flow's retry; the core reads it first, bounded
    vendor = next(v for v in VENDORS if v.name == "gks4")
    client = vendor.client(
        "https://erp.test", lambda r: _streamed(BOMB, GZIP, is_async=is_async, status=401), max_body_bytes=CAP
    )

    def run() -> None:
        if is_async:
            asyncio.run(gks4.acall(get_customer.asyncio_detailed, "K1", client=client))
        else:
            gks4.call(get_customer.sync_detailed, "K1", client=client)

    peak, raised = _peak(run)
    assert isinstance(raised, errors.ResponseTooLargeError) and isinstance(raised, gks4.GKS4Error), repr(raised)
    assert raised.status_code == 401
    assert peak < PEAK_LIMIT, f"peak {peak / 2**20:.1f} MiB"


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_gzip_bomb_in_a_followed_redirect_is_cut_at_the_cap(is_async: bool) -> None:
    # httpx reads a redirect's body whole (inflating it) before following it; the core reads it first, bounded
    vendor = next(v for v in VENDORS if v.name == "gks4")

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/moved"):
            return httpx.Response(200, json={"number": "K1", "name": "ACME"})
        return _streamed(BOMB, {**GZIP, "Location": "/moved"}, is_async=is_async, status=302)

    client = vendor.client("https://erp.test", handler, max_body_bytes=CAP, httpx_args={"follow_redirects": True})

    def run() -> None:
        if is_async:
            asyncio.run(gks4.acall(get_customer.asyncio_detailed, "K1", client=client))
        else:
            gks4.call(get_customer.sync_detailed, "K1", client=client)

    peak, raised = _peak(run)
    assert isinstance(raised, errors.ResponseTooLargeError) and isinstance(raised, gks4.GKS4Error), repr(raised)
    assert raised.status_code == 302
    assert peak < PEAK_LIMIT, f"peak {peak / 2**20:.1f} MiB"


def test_a_small_followed_redirect_still_reaches_its_target() -> None:
    vendor = next(v for v in VENDORS if v.name == "gks4")

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/moved"):
            return httpx.Response(200, json={"number": "K1", "name": "ACME"})
        return _streamed(gzip.compress(b"moved"), {**GZIP, "Location": "/moved"}, status=302)

    client = vendor.client("https://erp.test", handler, httpx_args={"follow_redirects": True})
    customer = gks4.call(get_customer.sync_detailed, "K1", client=client)
    assert getattr(customer, "number", None) == "K1"
