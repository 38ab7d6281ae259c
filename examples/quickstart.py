"""Quickstart with the resource client: list customers page after page, retrieve one, list open orders.

Quickstart's API only reads (no create). Run it against the mock (``erp-mock quickstart``); the
authorization code comes from the redirect of ``/oauth/authorize`` (``erp login quickstart``)::

    QUICKSTART_URL=http://127.0.0.1:8005 QUICKSTART_CLIENT_ID=demo-client QUICKSTART_CLIENT_SECRET=demo-secret \
        QUICKSTART_CODE=... python examples/quickstart.py
"""

from __future__ import annotations

import os

from erp_adapters import quickstart
from erp_adapters.quickstart import Quickstart


def main() -> None:
    """List customers, retrieve the first one, list the open and paid orders."""
    with Quickstart(
        os.environ.get("QUICKSTART_URL", "https://quickstart.example.com"),
        client_id=os.environ["QUICKSTART_CLIENT_ID"],
        client_secret=os.environ["QUICKSTART_CLIENT_SECRET"],
        code=os.environ["QUICKSTART_CODE"],
        redirect_uri=os.environ.get("QUICKSTART_REDIRECT_URI", "http://127.0.0.1:8765/callback"),
    ) as client:
        customers = client.customers.list(on_page=lambda page, so_far, last: print(f"page {page}/{last}: {so_far}"))
        first = next(iter(customers))
        print(client.customers.retrieve(first.id))  # -> Customer
        for order in client.orders.list(filter_=quickstart.filters(status=["open", "paid"]), sort="id"):
            print(order.id)


if __name__ == "__main__":
    main()
