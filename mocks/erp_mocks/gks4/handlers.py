"""GKS4's state (customers, sales orders) and one handler per operation of specs/gks4.yaml."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from starlette.responses import Response

from erp_mocks.engine import Call, Handler
from erp_mocks.engine.responses import empty, model_response
from erp_mocks.engine.store import Collection
from erp_mocks.generated import gks4 as m

ErrorFactory = Callable[[int, dict[str, list[str]], str], Response]
"""``(status, {field: [messages]}, title) -> response`` in GKS4's error format."""

SEED_CUSTOMERS: tuple[dict[str, Any], ...] = (
    {
        "name": "Tryckeriet i Norr AB",
        "number": "K100421",
        "invoiceEmail": "faktura@tryckeriet.example",
        "postalAddress": {"address1": "Storgatan 1", "city": "Stockholm", "zipCode": "114 44", "countryCode": "SE"},
        "corporateIdentityNumber": "556000-0001",
    },
    {
        "name": "Fjordtrykk AS",
        "number": "K100422",
        "invoiceEmail": None,
        "postalAddress": {"address1": "Strandgaten 5", "city": "Bergen", "zipCode": "5013", "countryCode": "NO"},
        "corporateIdentityNumber": "987654321",
    },
)


class GKS4Data:
    """Customers keyed by customer number and placed sales orders keyed by order number."""

    def __init__(self, *, seed: bool = True) -> None:
        self.lock = threading.Lock()
        self.customers: Collection[str] = Collection(id_field="number")
        self.sales_orders: Collection[int] = Collection(id_field="orderNumber", first_id=50001)
        self._customer_numbers = itertools.count(200001)
        for customer in SEED_CUSTOMERS if seed else ():
            self.customers.add(dict(customer))

    def new_customer_number(self) -> str:
        """The next free ``K…`` number, for customers created with ``"number": null``."""
        while True:
            number = f"K{next(self._customer_numbers)}"
            if number not in self.customers:
                return number


class GKS4Handlers:
    """Maps each operationId to its handler."""

    def __init__(self, data: GKS4Data, error: ErrorFactory) -> None:
        self.data = data
        self.error = error

    def table(self) -> dict[str, Handler]:
        return {
            "get_customer": self.get_customer,
            "create_customer": self.create_customer,
            "create_sales_order": self.create_sales_order,
        }

    def get_customer(self, call: Call) -> Response:
        number = call.path["customerNumber"]
        customer = self.data.customers.get(number)
        if customer is None:
            return self.error(404, {"customerNumber": [f"no customer with number {number!r}"]}, "Not found")
        return model_response(m.Customer, customer)

    def create_customer(self, call: Call) -> Response:
        body: m.CustomerCreate = call.body
        record = body.model_dump(mode="json")
        with self.data.lock:
            if body.number is None:
                record["number"] = self.data.new_customer_number()
            elif not body.number.strip():
                return self.error(400, {"number": ["must not be blank; send null to have one assigned"]}, "Invalid")
            elif body.number in self.data.customers:
                return self.error(400, {"number": [f"customer number {body.number!r} is already in use"]}, "Invalid")
            self.data.customers.add(record)
        return empty(200)

    def create_sales_order(self, call: Call) -> Response:
        body: m.SalesOrderCreate = call.body
        if body.customerNumber not in self.data.customers:
            problem = {"customerNumber": [f"no customer with number {body.customerNumber!r}"]}
            return self.error(404, problem, "Not found")
        record = body.model_dump(mode="json")
        lines = body.salesOrderlines or []
        # Read-only: whatever the client sent, the server decides (and the order date is "today").
        record["hasAllotments"] = any(line.allotments for line in lines)
        record["ordered"] = datetime.now(UTC).isoformat()
        with self.data.lock:
            record["orderNumber"] = self.data.sales_orders.next_id()
            self.data.sales_orders.add(record)
        return model_response(m.SalesOrderCreated, {"orderNumber": record["orderNumber"]})
