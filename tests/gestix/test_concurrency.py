"""1,000 invoices written concurrently to one account: from 8 threads, and from 4 processes x 2 threads.

Every write must be accepted, every nonce distinct, and the mock must hold exactly the 1,000
invoices sent (none lost, none twice). The adapter sends one account's writes one at a time
(a cross-process lock held from drawing the nonce until the answer arrives), so no nonce can be
overtaken on the way and the mock refuses none; the tests check that too.
"""

from __future__ import annotations

import multiprocessing
import queue
from pathlib import Path

from tests.gestix import writers
from tests.gestix.conftest import ACCOUNT, API_TOKEN, Mock

TOTAL = 1000


def _check_mock(mock: Mock, expected_refs: set[str], client_nonces: list[int]) -> None:
    invoices = mock.invoices()
    assert len(invoices) == TOTAL
    assert {invoice["ref"] for invoice in invoices} == expected_refs  # none lost, none duplicated
    assert len({invoice["_nonce"] for invoice in invoices}) == TOTAL
    assert len(client_nonces) == TOTAL and len(set(client_nonces)) == TOTAL  # each write sent exactly once
    state = mock.account()
    assert state["accepted_nonces"] == TOTAL and state["refused_nonces"] == {}


def test_1000_writes_from_8_threads(mock: Mock, nonce_dir: Path) -> None:
    client, sent = writers.connect(mock.url, ACCOUNT, API_TOKEN, nonce_dir)
    outcome = writers.write_in_threads(client, "", threads=8, per_thread=TOTAL // 8)
    assert outcome.errors == []
    assert len(outcome.ids) == TOTAL and len(set(outcome.ids)) == TOTAL
    _check_mock(mock, {f"t{t}-{i}" for t in range(8) for i in range(TOTAL // 8)}, sent.nonces("POST"))


def test_1000_writes_from_4_processes(mock: Mock, nonce_dir: Path) -> None:
    processes, threads, per_thread = 4, 2, TOTAL // 8
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    results: multiprocessing.Queue[writers.Outcome] = context.Queue()
    workers = [
        context.Process(
            target=writers.process_main,
            args=(mock.url, ACCOUNT, API_TOKEN, nonce_dir, index, threads, per_thread, start, results),
        )
        for index in range(processes)
    ]
    for worker in workers:
        worker.start()
    try:
        start.set()
        outcomes = [results.get(timeout=60) for _ in workers]
    except queue.Empty:
        outcomes = []
    finally:
        for worker in workers:
            worker.join(10)
            if worker.is_alive():
                worker.kill()
    assert len(outcomes) == processes, "a writer process did not report back"
    assert [worker.exitcode for worker in workers] == [0] * processes
    assert [error for outcome in outcomes for error in outcome.errors] == []
    ids = [i for outcome in outcomes for i in outcome.ids]
    assert len(ids) == TOTAL and len(set(ids)) == TOTAL
    expected = {f"p{p}t{t}-{i}" for p in range(processes) for t in range(threads) for i in range(per_thread)}
    _check_mock(mock, expected, [n for outcome in outcomes for n in outcome.nonces])
