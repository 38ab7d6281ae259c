"""eGestor: a full sync of every list resource against the mock's throttle, with the window shortened.

The mock runs in its own process with the documented 60 requests per window but a 2-second window
(instead of 60 s), and enough records that the sync lasts several windows. The client paces itself
(erp_adapters.pacing); the figures are the request rate it sustained as a fraction of the limit, and
the number of 429s it drew (goal: >= 0.95 and 0).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx
from egestor_client.api.contatos import list_contatos
from egestor_client.api.pagamentos import list_pagamentos
from egestor_client.api.produtos import list_produtos
from egestor_client.api.recebimentos import list_recebimentos
from egestor_client.api.servicos import list_servicos
from egestor_client.api.vendas import list_vendas

from benchmarks._mockproc import mock_process
from erp_adapters import egestor

LIMIT = 60
WINDOW = 2.0
RECORDS = {
    "contatos": 2000,
    "produtos": 2000,
    "servicos": 1000,
    "vendas": 1000,
    "recebimentos": 2000,
    "pagamentos": 1500,
}
"""About 210 pages of 50: three and a half windows' worth of requests."""

LISTS: list[Callable[..., Any]] = [
    list_contatos.sync_detailed,
    list_produtos.sync_detailed,
    list_servicos.sync_detailed,
    list_vendas.sync_detailed,
    list_recebimentos.sync_detailed,
    list_pagamentos.sync_detailed,
]


def run(quick: bool = False) -> list[str]:
    """Sync every list resource, paced to 60 requests per 2 s (``quick``: a tenth of the records)."""
    options = {
        "client_id": "bench",
        "client_secret": "bench-secret",
        "records": {name: count // 10 for name, count in RECORDS.items()} if quick else RECORDS,
        "rate_limit": LIMIT,
        "rate_window": WINDOW,
    }
    with mock_process("egestor", options) as url:
        personal = httpx.get(f"{url}/_mock/personal-token", timeout=10).json()["personal_token"]
        sent: list[float] = []

        def on_response(response: httpx.Response) -> None:
            # Answer times: the pacing sleep happens inside the transport, after request hooks run.
            if response.request.url.path != "/oauth/access_token":
                sent.append(time.monotonic())

        client = egestor.connect(
            url,
            personal_token=personal,
            rate_limit=LIMIT,
            rate_window=WINDOW,
            httpx_args={"event_hooks": {"response": [on_response]}},
        )
        records = sum(1 for fn in LISTS for _ in egestor.paginate(fn, client=client))
        counters = httpx.get(f"{url}/_mock/counters", timeout=10).json()

    requests = len(sent)
    elapsed = sent[-1] - sent[0]
    limit_rate = LIMIT / WINDOW
    # The rate over every run of LIMIT consecutive requests: LIMIT / (time from the first to the one after
    # the last). A client at exactly the limit needs one window for that; bursts and pauses do not skew it.
    spans = [sent[i + LIMIT] - sent[i] for i in range(requests - LIMIT)]
    achieved = LIMIT / (sum(spans) / len(spans)) if spans else float("nan")  # nan: fewer than LIMIT requests
    rows = [
        ("throttle (mock)", f"{LIMIT} requests per {WINDOW:g} s = {limit_rate:g}/s"),
        ("records synced / list requests", f"{records:,} / {requests}"),
        ("sync duration (first to last request)", f"{elapsed:.2f} s = {elapsed / WINDOW:.1f} windows"),
        ("achieved rate/limit, any 60 consecutive requests (goal >= 0.95)", f"{achieved / limit_rate:.3f}"),
        ("429s drawn (goal 0)", str(counters["rate_limited"])),
        ("most requests the mock accepted in one window", str(counters["rate_limit_peak"])),
    ]
    return [f"{label:<66} {value}" for label, value in rows]
