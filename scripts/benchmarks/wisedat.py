"""Wisedat: client overhead vs raw httpx, auth requests per 1,000 calls, regeneration time."""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx
from wisedat_client.api.products import create_product, list_products
from wisedat_client.models import ProductCreate, ProductType

from benchmarks._mockproc import mock_process
from erp_adapters import wisedat
from erp_mocks.wisedat.app import DEMO_OPTIONS

ROUNDS = 300
CALLS_FOR_AUTH = 1000


def _median_seconds(fn: object, rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def _regeneration_seconds() -> float:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import generate

    start = time.perf_counter()
    for vendor in generate.all_vendors():
        with tempfile.TemporaryDirectory() as tmp:
            generate.generate_into(vendor, Path(tmp))
    return time.perf_counter() - start


def run() -> list[tuple[str, str]]:
    """Measure against a mock in its own process over loopback."""
    with mock_process("wisedat") as url:
        client = wisedat.connect(url, **DEMO_OPTIONS)
        for index in range(50):
            body = ProductCreate(
                name=f"B{index:02d}", description=f"bench {index}", price=index, type_=ProductType.SERVICE
            )
            wisedat.call(create_product.sync_detailed, client=client, body=body)

        def typed() -> None:
            wisedat.call(list_products.sync_detailed, client=client, limit=50)

        token = client.get_httpx_client().auth.cache.latest().access.reveal()  # type: ignore[union-attr]
        raw_client = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"})

        def raw() -> None:
            json.loads(raw_client.get("/products", params={"limit": 50}).content)

        for warm in (typed, raw):
            _median_seconds(warm, 20)
        typed_s, raw_s = _median_seconds(typed, ROUNDS), _median_seconds(raw, ROUNDS)

        fresh = wisedat.connect(url, **DEMO_OPTIONS)
        stats_before = httpx.get(f"{url}/_mock/stats").json()["by_operation"]
        for _ in range(CALLS_FOR_AUTH):
            wisedat.call(list_products.sync_detailed, client=fresh, limit=1)
        stats_after = httpx.get(f"{url}/_mock/stats").json()["by_operation"]
        auth_requests = sum(stats_after.get(op, 0) - stats_before.get(op, 0) for op in ("get_status", "login"))

    regen = _regeneration_seconds()
    return [
        ("list 50 products, client + adapter (median)", f"{typed_s * 1000:.2f} ms"),
        ("list 50 products, raw httpx + json.loads (median)", f"{raw_s * 1000:.2f} ms"),
        ("ratio client+adapter / raw", f"{typed_s / raw_s:.2f}x"),
        (f"auth requests per {CALLS_FOR_AUTH:,} API calls (status + login)", str(auth_requests)),
        ("wall time to regenerate all clients + mock models", f"{regen:.1f} s"),
    ]
