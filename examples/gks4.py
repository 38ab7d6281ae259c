"""GKS4 with the resource client: create a customer, read it back, place a sales order.

Run it against the mock (``erp-mock gks4`` prints its URL and demo credentials)::

    GKS4_URL=http://127.0.0.1:8004 GKS4_TOKEN_URL=http://127.0.0.1:8004/connect/token \
        GKS4_CLIENT_ID=demo-client GKS4_CLIENT_SECRET=demo-secret python examples/gks4.py
"""

from __future__ import annotations

import datetime as dt
import os

from gks4_client.models import CustomerCreate, LanguageCode, SalesOrderCreate, SalesOrderLine

from erp_adapters.gks4 import GKS4, TOKEN_URL


def main() -> None:
    """Create and retrieve a customer, then create a sales order for it."""
    with GKS4(
        os.environ.get("GKS4_URL", "https://gks4.example.se"),
        token_url=os.environ.get("GKS4_TOKEN_URL", TOKEN_URL),
        client_id=os.environ["GKS4_CLIENT_ID"],
        client_secret=os.environ["GKS4_CLIENT_SECRET"],
    ) as client:
        client.customers.create(
            CustomerCreate(
                name="Sörmlands Etikett AB",
                number="K300001",
                invoice_email=None,
                corporate_identity_number="556123-4567",
            )
        )
        customer = client.customers.retrieve("K300001")  # -> Customer
        print(customer.number, customer.name)
        order = client.salesorders.create(
            SalesOrderCreate(
                customer_number="K300001",
                billing_company_info=None,
                bill_to=None,
                ship_to=None,
                order_title="Vårkatalog",
                promised_delivery_date=dt.datetime(2030, 6, 1, tzinfo=dt.UTC),
                ordered=None,
                purchase_order_number="PO-1",
                is_export=False,
                is_export_within_eu=False,
                language_code=LanguageCode.SV,
                currency_code="SEK",
                note_from_customer=None,
                sales_orderlines=[SalesOrderLine(article_number="KAT-25", quantity=10, unit_price=12.5)],
            )
        )
        print("sales order", order.order_number)


if __name__ == "__main__":
    main()
