"""Code the concurrency tests run in worker threads and in child processes (importable, so ``spawn`` works)."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Event
from pathlib import Path

from gestix_client import AuthenticatedClient
from gestix_client.api.invoices import create_invoice
from gestix_client.api.status import get_status
from gestix_client.models import InvoiceCreate, InvoiceCreated

from erp_adapters import gestix
from tests.gestix.conftest import SentRequests


@dataclass
class Outcome:
    """What one worker saw: the ids the server gave its invoices and the nonces it sent."""

    ids: list[int] = field(default_factory=list)
    refs: list[str] = field(default_factory=list)
    nonces: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def connect(server: str, account: str, api_token: str, nonce_dir: Path) -> tuple[AuthenticatedClient, SentRequests]:
    """A client that records the nonces it sends."""
    sent = SentRequests()
    client = gestix.connect(account, api_token=api_token, server=server, nonce_dir=nonce_dir, httpx_args=sent.hooks())
    return client, sent


def write_invoices(client: AuthenticatedClient, refs: list[str]) -> Outcome:
    """Create one invoice per ref, one after the other; a failure is recorded, not raised."""
    outcome = Outcome()
    for ref in refs:
        try:
            created = gestix.expect(
                InvoiceCreated, create_invoice.sync_detailed, client=client, body=InvoiceCreate.from_dict({"ref": ref})
            )
        except gestix.GestixError as exc:
            outcome.errors.append(f"{ref}: {exc}")
            continue
        outcome.ids.append(int(created["id"]))
        outcome.refs.append(str(created["ref"]))
    return outcome


def write_in_threads(
    client: AuthenticatedClient, prefix: str, threads: int, per_thread: int, ready: Callable[[], object] = lambda: None
) -> Outcome:
    """``threads`` threads sharing ``client``, each creating ``per_thread`` invoices; outcomes merged."""
    batches = [[f"{prefix}t{t}-{i}" for i in range(per_thread)] for t in range(threads)]
    ready()
    with ThreadPoolExecutor(threads) as pool:
        outcomes = list(pool.map(lambda refs: write_invoices(client, refs), batches))
    merged = Outcome()
    for outcome in outcomes:
        merged.ids += outcome.ids
        merged.refs += outcome.refs
        merged.errors += outcome.errors
    return merged


def process_main(
    server: str,
    account: str,
    api_token: str,
    nonce_dir: Path,
    index: int,
    threads: int,
    per_thread: int,
    start: Event,
    results: Queue[Outcome],
) -> None:
    """Child process: log in, wait for the common start signal, write, report the outcome."""
    client, sent = connect(server, account, api_token, nonce_dir)
    gestix.call(get_status.sync_detailed, client=client)  # the login happens before the race starts
    outcome = write_in_threads(client, f"p{index}", threads, per_thread, ready=lambda: start.wait(30))
    outcome.nonces = sent.nonces("POST")
    results.put(outcome)
