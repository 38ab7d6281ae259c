"""``python -m erp_mocks <vendor> [--port N]``: serve a vendor mock on 127.0.0.1."""

from __future__ import annotations

import argparse

from erp_mocks.engine.serve import HOST, serve_forever
from erp_mocks.registry import VENDORS, app_factory, demo_options


def main(argv: list[str] | None = None) -> None:
    """Parse the command line and serve until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m erp_mocks", description="Serve a vendor mock on 127.0.0.1.")
    parser.add_argument("vendor", choices=sorted(VENDORS))
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    options = demo_options(args.vendor)
    print(f"{args.vendor} mock on http://{HOST}:{args.port}  (demo credentials: {options})")
    serve_forever(app_factory(args.vendor)(**options), args.port)


if __name__ == "__main__":
    main()
