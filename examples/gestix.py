"""Gestix with the resource client: list customers, read the status, create an invoice.

Run it against the mock (``erp-mock gestix`` prints its URL, account and demo token)::

    GESTIX_SERVER=http://127.0.0.1:8003 GESTIX_ACCOUNT=03101176 GESTIX_API_TOKEN=demo-api-token \
        python examples/gestix.py
"""

from __future__ import annotations

import os

from gestix_client.models import InvoiceCreate

from erp_adapters.gestix import DEFAULT_SERVER, Gestix


def main() -> None:
    """List customers, get the API status, create an invoice."""
    with Gestix(
        os.environ["GESTIX_ACCOUNT"],
        api_token=os.environ["GESTIX_API_TOKEN"],
        server=os.environ.get("GESTIX_SERVER", DEFAULT_SERVER),
    ) as client:
        for customer in client.customers.list():
            print(customer["name"])
        print("API version", client.status.get().version)
        invoice = client.invoices.create(InvoiceCreate())  # -> InvoiceCreated
        print("invoice", invoice.to_dict())


if __name__ == "__main__":
    main()
