"""Parse cost of the generated models: a 5,000-item Wisedat product page, µs per item vs ``json.loads``.

Only parsing is timed (no HTTP): ``json.loads`` of the page's bytes, then
``ProductListResponse.from_dict`` of the decoded page. Variants are interleaved round by round (the
order rotates), and the medians of the paired rounds are compared, so machine load affects both
alike.

    python scripts/benchmarks/parse_models.py [--items 5000] [--rounds 15]

Prints µs per item for ``json.loads``, for ``from_dict`` alone and for both together, and the
ratios ``from_dict / json.loads`` and ``(json.loads + from_dict) / json.loads``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from typing import Any

from wisedat_client.models import ProductListResponse


def product(index: int) -> dict[str, Any]:
    """One list item shaped as the Wisedat mock sends it (every documented field present)."""
    return {
        "id": index,
        "name": f"PRODUCT-{index:05d}",
        "description": f"Bench product number {index}",
        "barcode": f"560{index:010d}",
        "price": 1.25 + index % 100,
        "current_stock": float(index % 37),
        "type": 1 + index % 2,
        "active": index % 5 != 0,
        "tax": {"id": "NOR", "value": 23.0, "description": "Normal", "type": 3},
        "unit": {"id": "UN", "description": "Unidade"},
        "categories": [{"id": 1 + index % 7, "id_parent": 0, "name": "Parafusos", "short_name": "PAR"}],
    }


def page(items: int) -> bytes:
    """A ``GET /products`` page of ``items`` products, as bytes on the wire."""
    body = {
        "pagination": {"limit": items, "page": 1, "number_pages": 1, "number_items": items},
        "products": [product(i) for i in range(items)],
    }
    return json.dumps(body).encode()


def measure(items: int, rounds: int) -> dict[str, float]:
    """Median seconds per round of each variant, interleaved with rotating order."""
    raw = page(items)
    decoded = json.loads(raw)
    ProductListResponse.from_dict(decoded)  # warm up (imports, caches)

    variants: dict[str, Callable[[], object]] = {
        "json.loads": lambda: json.loads(raw),
        "from_dict": lambda: ProductListResponse.from_dict(decoded),
        "json.loads + from_dict": lambda: ProductListResponse.from_dict(json.loads(raw)),
    }
    names = list(variants)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for round_ in range(rounds):
        shift = round_ % len(names)
        for name in names[shift:] + names[:shift]:
            start = time.perf_counter()
            variants[name]()
            samples[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in samples.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    medians = measure(args.items, args.rounds)
    per_item = {name: seconds / args.items * 1e6 for name, seconds in medians.items()}
    for name, micros in per_item.items():
        print(f"{name:<24}{micros:8.2f} µs/item")
    loads = per_item["json.loads"]
    print(f"from_dict / json.loads              {per_item['from_dict'] / loads:5.2f}x")
    print(f"(json.loads + from_dict) / json.loads {per_item['json.loads + from_dict'] / loads:5.2f}x")


if __name__ == "__main__":
    main()
