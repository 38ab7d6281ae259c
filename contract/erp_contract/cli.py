"""``erp-contract <vendor> --base-url URL``: check a server against the vendor's spec (exit 1 on any failure).

Credentials come from environment variables (listed in ``--help``) and tokens from the vendor's
adapter. Read-only by default: GET operations only. ``--writes`` adds every other operation and
the stateful phase, which create, change and delete records on that server.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from erp_contract import client as client_calls
from erp_contract.credentials import VENDORS, CredentialsError, Target, environment
from erp_contract.junit import write_junit
from erp_contract.runner import Run, Tally, load


def _parser() -> argparse.ArgumentParser:
    variables = "\n".join(f"  {name:<11} {vendor.variables}" for name, vendor in sorted(VENDORS.items()))
    parser = argparse.ArgumentParser(
        prog="erp-contract",
        description=__doc__.split("\n\n")[0] if __doc__ else None,
        epilog=f"credentials (environment variables, never printed):\n{variables}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("vendor", choices=sorted(VENDORS))
    parser.add_argument("--base-url", required=True, help="the API base URL (Gestix: the server; the account is added)")
    parser.add_argument("--token-url", help="the OAuth token endpoint (GKS4: required unless the real identity server)")
    parser.add_argument("--writes", action="store_true", help="also POST/PUT/DELETE and the stateful phase (writes!)")
    parser.add_argument("--max-examples", type=int, default=10, help="cases per operation and mode (default 10)")
    parser.add_argument("--scenarios", type=int, default=40, help="stateful scenarios with --writes (default 40)")
    parser.add_argument("--delay", type=float, default=0.0, help="seconds between requests (sandbox rate limits)")
    parser.add_argument("--junit-xml", type=Path, metavar="FILE", help="write a JUnit XML report")
    parser.add_argument("--no-client", action="store_true", help="skip the call through the generated client")
    return parser


def _table(vendor: str, tally: Tally, client: str) -> list[str]:
    links = f"{len(tally.links_followed)}/{tally.links_declared}" if tally.links_declared else "-"
    header = (
        f"{'vendor':<11}{'ops':>5}{'cases':>8}{'stateful':>10}{'links':>8}{'client call':>18}{'failed':>8}{'time':>9}"
    )
    row = (
        f"{vendor:<11}{tally.operations:>5}{tally.cases:>8}{tally.stateful_steps:>10}{links:>8}{client:>18}"
        f"{len(tally.failures):>8}{tally.seconds:>8.1f}s"
    )
    return [header, "-" * len(header), row]


def main(argv: list[str] | None = None) -> int:
    """Run the contract checks; 0 when everything passed, 1 on a failure, 2 on a usage/credentials error."""
    args = _parser().parse_args(argv)
    vendor = VENDORS[args.vendor]
    target = Target(args.base_url.rstrip("/"), args.token_url, environment())
    try:
        schemes = vendor.schemes(target)
        api_url = vendor.api_url(target)
    except CredentialsError as exc:
        print(f"erp-contract {args.vendor}: {exc}", file=sys.stderr)
        return 2
    started = time.monotonic()
    schema = load(args.vendor, writes=args.writes, max_examples=args.max_examples)
    run = Run(schema, api_url, schemes, max_examples=args.max_examples, delay=args.delay, vendor=args.vendor)
    run.stateless()
    if args.writes:
        run.stateful(args.scenarios)
    client: tuple[str, str | None] | None = None
    client_cell = "off"
    if not args.no_client:
        if client_calls.installed(args.vendor):
            try:
                client_cell = client_calls.client_call(args.vendor, target)
                client = (client_cell, None)
            except Exception as exc:
                client_cell = "FAILED"
                client = (client_cell, f"{type(exc).__name__}: {exc}")
        else:
            client_cell = "not installed"
    run.tally.seconds = time.monotonic() - started

    for failure in run.tally.failures:
        print(f"FAILED {failure.where} [{failure.mode}]\n{failure.message}\n")
    if client is not None and client[1] is not None:
        print(f"FAILED client call\n{client[1]}\n")
    for line in _table(args.vendor, run.tally, client_cell):
        print(line)
    if run.tally.links_followed:
        print("links followed: " + ", ".join(sorted(run.tally.links_followed)))
    if args.junit_xml:
        write_junit(args.junit_xml, args.vendor, run.tally, client)
    failed = bool(run.tally.failures) or (client is not None and client[1] is not None)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
