"""``python -m erp_mocks <vendor> [--port N] [--variance [--seed N]]``: serve a vendor mock on 127.0.0.1."""

from __future__ import annotations

import argparse

from erp_mocks.engine.serve import HOST, serve_forever
from erp_mocks.engine.variance import enable
from erp_mocks.registry import VENDORS, app_factory, demo_options


def main(argv: list[str] | None = None) -> None:
    """Parse the command line and serve until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m erp_mocks", description="Serve a vendor mock on 127.0.0.1.")
    parser.add_argument("vendor", choices=sorted(VENDORS))
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument(
        "--variance",
        action="store_true",
        help="vary every answer within the spec (nulls, omitted and unknown properties, other shapes, empty 401s)",
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of --variance (default 0)")
    args = parser.parse_args(argv)
    options = demo_options(args.vendor)
    mode = f", variance seed {args.seed}" if args.variance else ""
    print(f"{args.vendor} mock on http://{HOST}:{args.port}{mode}  (demo credentials: {options})")
    app = app_factory(args.vendor)(**options)
    serve_forever(enable(app, seed=args.seed) if args.variance else app, args.port)


if __name__ == "__main__":
    main()
