"""``erp-mock <vendor> [--host H] [--port P] [--seed FILE] [--variance [--variance-seed N]]``: serve a vendor mock.

Also ``python -m erp_mocks``. It prints every URL and demo credential a client needs (see
:mod:`erp_mocks.banner`) and serves until interrupted (Ctrl-C or SIGTERM end it cleanly).
"""

from __future__ import annotations

import argparse
import inspect
import json
import sys
from pathlib import Path
from typing import Any

from erp_mocks.banner import banner
from erp_mocks.engine.seed import SeedError, read_seed
from erp_mocks.engine.serve import HOST, serve_forever
from erp_mocks.registry import VENDORS, app_factory, build, demo_options

_SEED_HELP = (
    "JSON or YAML list of {operation, path, query, prefix, body} entries, each run through the spec's"
    " operation (validated like a request) before serving and after every POST /_mock/reset"
)


def _value(text: str) -> Any:
    """``text`` as JSON (numbers, booleans, lists), else as the string itself."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="erp-mock", description="Serve a vendor mock (default on 127.0.0.1:8000).")
    parser.add_argument("vendor", choices=sorted(VENDORS))
    parser.add_argument("--host", default=HOST, help=f"interface to bind (default {HOST}; 0.0.0.0 in a container)")
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000; 0: any free port)")
    parser.add_argument("--seed", type=Path, metavar="FILE", help=_SEED_HELP)
    parser.add_argument(
        "--option",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a create_app option of the vendor's mock, VALUE as JSON or text (e.g. egestor rate_limit=100000)",
    )
    parser.add_argument(
        "--variance",
        action="store_true",
        help="vary every answer within the spec (nulls, omitted and unknown properties, other shapes)",
    )
    parser.add_argument("--variance-seed", type=int, default=0, metavar="N", help="seed of --variance (default 0)")
    return parser


def main(argv: list[str] | None = None) -> None:
    """Parse the command line, print the banner once listening, and serve until interrupted."""
    parser = _parser()
    args = parser.parse_args(argv)
    options = demo_options(args.vendor)
    for option in args.option:
        key, sep, value = option.partition("=")
        if not sep:
            parser.error(f"--option {option!r}: expected KEY=VALUE")
        options[key] = _value(value)
    try:
        inspect.signature(app_factory(args.vendor)).bind(**options)
    except TypeError as exc:  # an --option the vendor's create_app does not take
        parser.error(f"--option: {exc}")
    try:
        seed = read_seed(args.seed) if args.seed else []
        app = build(args.vendor, options=options, seed=seed, variance=args.variance, variance_seed=args.variance_seed)
    except SeedError as exc:
        sys.exit(f"erp-mock: {exc}")

    def announce(port: int) -> None:
        shown = "127.0.0.1" if args.host in ("0.0.0.0", "") else args.host  # noqa: S104 - only compared
        print(banner(args.vendor, f"http://{shown}:{port}", options, seeded=len(seed), variance=args.variance))
        print("Ctrl-C to stop.", flush=True)

    serve_forever(app, args.port, host=args.host, ready=announce)


if __name__ == "__main__":
    main()
