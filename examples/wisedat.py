"""Wisedat with the resource client: create a product, read it back, list products page after page.

Run it against the mock (``erp-mock wisedat`` prints its URL and demo credentials)::

    WISEDAT_URL=http://127.0.0.1:8001 WISEDAT_API_KEY=demo-api-key WISEDAT_PASSWORD=demo-password \
        python examples/wisedat.py
"""

from __future__ import annotations

import os

from wisedat_client.models import ProductCreate, ProductType

from erp_adapters.wisedat import Wisedat


def main() -> None:
    """Create, retrieve and list products."""
    with Wisedat(
        os.environ.get("WISEDAT_URL", "https://erp.example.pt:8443"),
        api_key=os.environ["WISEDAT_API_KEY"],
        user=os.environ.get("WISEDAT_USER", "api"),
        password=os.environ["WISEDAT_PASSWORD"],
    ) as client:
        created = client.products.create(
            ProductCreate(name="CANECA01", description="Caneca de grés", price=7.5, type_=ProductType.SERVICE)
        )
        product = client.products.retrieve(created.id)  # -> ProductDetail
        print(product.id, product.name, product.price)
        for item in client.products.list(query="caneca", limit=50):  # every page, lazily
            print(item.id, item.name)


if __name__ == "__main__":
    main()
