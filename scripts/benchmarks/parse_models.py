"""Parse cost of the generated models: a 5,000-item Wisedat product page, µs per item vs ``json.loads``.

Only parsing is timed (no HTTP), in CPU time: ``json.loads`` of the page's bytes, then
``ProductListResponse.from_dict`` of the decoded page. Variants are interleaved round by round (the
order rotates), so machine load affects all alike; the minimum (least disturbed) and the median of
the rounds are both reported.

    python scripts/benchmarks/parse_models.py [--items 5000] [--rounds 15]
    nox -s bench -- parse_models

Prints µs per item for ``json.loads``, for ``from_dict`` alone and for both together (what a client
call does), and the ratios ``from_dict / json.loads`` and ``(json.loads + from_dict) / json.loads``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wisedat_client.models import ProductListResponse

if str(Path(__file__).resolve().parents[1]) not in sys.path:  # run as a file: make `benchmarks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import _harness


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


def measure(items: int, rounds: int) -> dict[str, list[float]]:
    """CPU seconds of each round of each variant, interleaved with rotating order."""
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
            start = time.process_time()
            variants[name]()
            samples[name].append(time.process_time() - start)
    return samples


def run(quick: bool = False) -> list[str]:
    """For ``nox -s bench``: the page of every-field products, interleaved (``quick``: 200 items, one round)."""
    items = 200 if quick else 5000
    raw = page(items)
    decoded = json.loads(raw)
    variants = [
        _harness.Variant("json.loads", _harness.repeat(lambda: json.loads(raw))),
        _harness.Variant("from_dict", _harness.repeat(lambda: ProductListResponse.from_dict(decoded))),
        _harness.Variant(
            "json.loads + from_dict", _harness.repeat(lambda: ProductListResponse.from_dict(json.loads(raw)))
        ),
    ]
    result = _harness.interleave(variants, rounds=1 if quick else _harness.rounds(15), calls=1)
    head = f"-- {items:,} products with every documented field (one category each), bytes in memory"
    return [head, *_harness.table(result, ["json.loads"], per_item=items)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    samples = measure(args.items, args.rounds)
    for label, statistic in (("min", min), ("median", statistics.median)):
        per_item = {name: statistic(values) / args.items * 1e6 for name, values in samples.items()}
        loads = per_item["json.loads"]
        figures = "  ".join(f"{name} {micros:.2f}" for name, micros in per_item.items())
        print(f"{label:<7} µs/item (CPU): {figures}")
        print(
            f"{label:<7} from_dict / json.loads {per_item['from_dict'] / loads:.2f}x, "
            f"(json.loads + from_dict) / json.loads {per_item['json.loads + from_dict'] / loads:.2f}x"
        )


if __name__ == "__main__":
    main()
