"""Wisedat: what the generated client and the adapter cost over raw httpx + json.loads.

Workloads (every comparison interleaved, see _harness):

1. a list of 50 products over loopback, against the mock in its own process;
2. one page of 5,000 products from a canned-response transport (no socket: the client's cost alone);
3. parsing only: ``json.loads`` vs ``json.loads`` + the generated ``from_dict`` of that page, per item;
4. peak memory (tracemalloc) of ``paginate()`` over 5,000 and 50,000 items, 500 per page (canned);
5. auth requests per 1,000 API calls (status + login) on the mock: the token is reused.

Variants (all send the same request: raw httpx sends the query the generated function builds,
spec defaults included): raw httpx + json.loads (sync, and async: the fair baseline of the async
variants) / generated ``sync_detailed`` / adapter ``call()`` / adapter ``paginate()`` of one page /
adapter ``acall()`` and generated ``asyncio_detailed`` (async) / the resource client's
``products.list()`` of one page (:func:`_resource_client`; ratios to ``call()`` are printed). The
canned transport also answers the login (bodies recorded from the mock), so the adapter variants
include the auth layer there too.
"""

from __future__ import annotations

import asyncio
import json
import tracemalloc
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from wisedat_client import AuthenticatedClient
from wisedat_client.api.products import create_product, list_products
from wisedat_client.models import ProductCreate, ProductListResponse, ProductType

from benchmarks import _harness
from benchmarks._canned import CannedTransport, Responder, fixed
from benchmarks._harness import Variant
from benchmarks._mockproc import mock_process
from erp_adapters import wisedat
from erp_adapters.wisedat import Wisedat
from erp_mocks.wisedat.app import DEMO_OPTIONS

LIST_ITEMS = 50
PAGE_ITEMS = 5_000
MEMORY_ITEMS = (5_000, 50_000)
MEMORY_PER_PAGE = 500
CALLS_FOR_AUTH = 1000
AUTH_PATHS = ("/status", "/authentication/login")
RAW = "raw httpx + json.loads"
CANNED_URL = "http://canned"
GENERATED = "generated sync_detailed"


RESOURCE = "resource client products.list()"
CALL = "adapter call()"
ACALL = "adapter acall() (async)"
RAW_ASYNC = "raw async httpx + json.loads"
GENERATED_ASYNC = "generated asyncio_detailed"


def _insecure_ok(base_url: str) -> bool:
    """The canned transport's ``http://canned`` never leaves the process: plain http is fine there."""
    return base_url == CANNED_URL


def _resource_client(base_url: str, httpx_args: dict[str, Any], limit: int) -> Variant | None:
    """The resource client on the same operation as ``call()``: one GET /products?limit=..&page=1.

    ``products.list(limit=...)`` is a typed pager; iterating it requests page 1, checks each item's
    type and stops (the envelope says there is one page).
    """
    client = Wisedat(base_url, **DEMO_OPTIONS, httpx_args=httpx_args, allow_insecure_http=_insecure_ok(base_url))
    return Variant(RESOURCE, _harness.repeat(lambda: list(client.products.list(limit=limit))))


def _async_block(loop: asyncio.AbstractEventLoop, once: Callable[[], Awaitable[object]]) -> _harness.Block:
    def block(n: int) -> None:
        async def many() -> None:
            for _ in range(n):
                await once()

        loop.run_until_complete(many())

    return block


def _same_query(limit: int) -> dict[str, Any]:
    """The query the generated ``list_products`` sends for ``limit`` (its spec defaults included), built once.

    Raw httpx sends exactly this, so every variant puts the same request on the wire and the mock
    does the same work for each: the ratios are the clients' cost alone.
    """
    params: dict[str, Any] = list_products._get_kwargs(limit=limit)["params"]
    return params


async def _raw_async(client: httpx.AsyncClient, query: dict[str, Any]) -> object:
    return json.loads((await client.get("/products", params=query)).content)


def _async_line(result: _harness.Result) -> str:
    """``acall()`` and the generated ``asyncio_detailed`` against their fair baseline, raw async httpx."""
    figures = []
    for name in (GENERATED_ASYNC, ACALL):
        wall, cpu = result.ratio(name, RAW_ASYNC), result.ratio(name, RAW_ASYNC, cpu=True)
        figures.append(f"{name} / {RAW_ASYNC}: wall {wall:.3f}, cpu {cpu:.3f}")
    return "async: " + "; ".join(figures)


def _variants(
    base_url: str, token: str, transport: CannedTransport | None, limit: int, loop: asyncio.AbstractEventLoop
) -> list[Variant]:
    args: dict[str, Any] = {} if transport is None else {"transport": transport}
    raw = httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {token}"}, **args)
    generated = AuthenticatedClient(base_url=base_url, token=token, httpx_args=args)
    adapter = wisedat.connect(base_url, **DEMO_OPTIONS, httpx_args=args, allow_insecure_http=_insecure_ok(base_url))
    raw_async = httpx.AsyncClient(base_url=base_url, headers={"Authorization": f"Bearer {token}"}, **args)
    query = _same_query(limit)
    variants = [
        Variant(RAW, _harness.repeat(lambda: json.loads(raw.get("/products", params=query).content))),
        Variant(GENERATED, _harness.repeat(lambda: list_products.sync_detailed(client=generated, limit=limit).parsed)),
        Variant(
            CALL,
            _harness.repeat(lambda: wisedat.call(list_products.sync_detailed, client=adapter, limit=limit)),
        ),
        Variant(
            "adapter paginate(), one page",
            _harness.repeat(lambda: list(wisedat.paginate(list_products.sync_detailed, client=adapter, limit=limit))),
        ),
        Variant(
            ACALL,
            _async_block(loop, lambda: wisedat.acall(list_products.asyncio_detailed, client=adapter, limit=limit)),
        ),
        Variant(RAW_ASYNC, _async_block(loop, lambda: _raw_async(raw_async, query))),
        Variant(
            GENERATED_ASYNC,
            _async_block(loop, lambda: list_products.asyncio_detailed(client=generated, limit=limit)),
        ),
    ]
    resource = _resource_client(base_url, args, limit)
    return variants if resource is None else [*variants, resource]


def _page_body(template: dict[str, Any], items: list[dict[str, Any]], page: int, pages: int, total: int) -> bytes:
    info = {"limit": len(items), "page": page, "number_pages": pages, "number_items": total}
    return json.dumps({**template, "pagination": info, "products": items}).encode()


def _items(sample: list[dict[str, Any]], count: int) -> list[dict[str, Any]]:
    """``count`` products made from the mock's own, each with its own id."""
    return [{**sample[i % len(sample)], "id": i + 1} for i in range(count)]


def _paginate_peak(auth: dict[str, bytes], template: dict[str, Any], sample: list[dict[str, Any]], total: int) -> str:
    """Peak traced memory while ``paginate()`` walks ``total`` items, MEMORY_PER_PAGE per page (canned)."""
    pages = -(-total // MEMORY_PER_PAGE)
    chunk = json.dumps(_items(sample, MEMORY_PER_PAGE)).encode()
    head = {k: v for k, v in template.items() if k not in ("pagination", "products")}

    def page(request: httpx.Request) -> bytes:
        number = int(request.url.params.get("page", "1"))
        info = {"limit": MEMORY_PER_PAGE, "page": number, "number_pages": pages, "number_items": total}
        return json.dumps({**head, "pagination": info})[:-1].encode() + b', "products": ' + chunk + b"}"

    routes: dict[str, Responder] = {path: fixed(body) for path, body in auth.items()}
    routes["/products"] = page
    client = wisedat.connect(
        CANNED_URL, **DEMO_OPTIONS, httpx_args={"transport": CannedTransport(routes)}, allow_insecure_http=True
    )
    wisedat.call(list_products.sync_detailed, client=client, limit=1)  # log in before measuring
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        count = sum(1 for _ in wisedat.paginate(list_products.sync_detailed, client=client, limit=MEMORY_PER_PAGE))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return f"{count:,} items in {pages} pages: peak {peak / 2**20:.1f} MiB"


def _record(url: str) -> tuple[dict[str, bytes], dict[str, Any], str]:
    """Fill the mock with LIST_ITEMS products; return the recorded auth answers, a list answer and the token."""
    recorded: dict[str, bytes] = {}

    def keep(response: httpx.Response) -> None:
        if response.request.url.path in AUTH_PATHS:
            recorded[response.request.url.path] = response.read()

    client = wisedat.connect(url, **DEMO_OPTIONS, httpx_args={"event_hooks": {"response": [keep]}})
    for index in range(LIST_ITEMS):
        body = ProductCreate(name=f"B{index:02d}", description=f"bench {index}", price=index, type_=ProductType.SERVICE)
        wisedat.call(create_product.sync_detailed, client=client, body=body)
    token = client.get_httpx_client().auth.cache.latest().access.reveal()  # type: ignore[union-attr]
    listing = httpx.get(f"{url}/products", params={"limit": LIST_ITEMS}, headers={"Authorization": f"Bearer {token}"})
    answer: dict[str, Any] = listing.json()
    if answer["pagination"]["number_pages"] != 1 or len(answer["products"]) != LIST_ITEMS:
        raise RuntimeError(f"the mock should hold exactly {LIST_ITEMS} products: {answer['pagination']}")
    return recorded, answer, token


def _auth_requests(url: str, calls: int) -> int:
    fresh = wisedat.connect(url, **DEMO_OPTIONS)
    before = httpx.get(f"{url}/_mock/stats").json()["by_operation"]
    for _ in range(calls):
        wisedat.call(list_products.sync_detailed, client=fresh, limit=1)
    after = httpx.get(f"{url}/_mock/stats").json()["by_operation"]
    return sum(after.get(op, 0) - before.get(op, 0) for op in ("get_status", "login"))


def run(quick: bool = False) -> list[str]:
    """Measure; ``quick``: one round and small sizes (a smoke run, not figures)."""
    page_items = 200 if quick else PAGE_ITEMS
    memory_items = (1_000, 2_000) if quick else MEMORY_ITEMS
    loop = asyncio.new_event_loop()
    lines: list[str] = []
    try:
        with mock_process("wisedat") as url:
            auth, answer, token = _record(url)
            lines.append(f"-- list of {LIST_ITEMS} products over loopback (mock in its own process)")
            result = _harness.interleave(
                _variants(url, token, None, LIST_ITEMS, loop), rounds=1 if quick else _harness.rounds(50), calls=20
            )
            lines += _harness.table(result, [RAW, GENERATED, CALL])
            lines.append(_async_line(result))
            auth_calls = 100 if quick else CALLS_FOR_AUTH
            auth_count = _auth_requests(url, auth_calls)

        sample = answer["products"]
        page = _page_body(answer, _items(sample, page_items), 1, 1, page_items)
        routes: dict[str, Responder] = {path: fixed(body) for path, body in auth.items()}
        routes["/products"] = fixed(page)
        canned = CannedTransport(routes)
        lines.append(f"-- one page of {page_items:,} products, canned transport (no socket)")
        result = _harness.interleave(
            _variants(CANNED_URL, "canned-token", canned, page_items, loop),
            rounds=1 if quick else _harness.rounds(15),
            calls=1,
        )
        lines += _harness.table(result, [RAW, GENERATED, CALL], per_item=page_items)
        lines.append(_async_line(result))

        lines.append(f"-- parse only, the {page_items:,}-product page (bytes in memory)")
        parse = [
            Variant("json.loads", _harness.repeat(lambda: json.loads(page))),
            Variant("json.loads + from_dict", _harness.repeat(lambda: ProductListResponse.from_dict(json.loads(page)))),
        ]
        result = _harness.interleave(parse, rounds=1 if quick else _harness.rounds(15), calls=1)
        lines += _harness.table(result, ["json.loads"], per_item=page_items)

        lines.append(f"-- paginate() peak memory (tracemalloc), {MEMORY_PER_PAGE} per page, canned")
        lines += [f"   {_paginate_peak(auth, answer, sample, total)}" for total in memory_items]
        lines.append(f"-- auth requests (status + login) per {auth_calls:,} API calls on the mock: {auth_count}")
    finally:
        loop.close()
    return lines
