"""Wisedat customer address writes: typed addresses, the "Empresa" and "Entrega" ones are billing and shipping."""

from __future__ import annotations

from starlette.responses import Response

from erp_mocks.engine import BadInput, Call
from erp_mocks.engine.responses import empty, model_response
from erp_mocks.generated import wisedat as models
from erp_mocks.wisedat.resources import Missing, Record, WisedatData
from erp_mocks.wisedat.writes.common import body_of

_ADDRESS_TYPES = ("Empresa", "Entrega")


class CustomerAddressWrites:
    """The customer address operations."""

    def __init__(self, data: WisedatData) -> None:
        self.data = data

    def _customer(self, key: int, *, missing_is_404: bool) -> Record:
        customer = self.data.customers.get(key)
        if customer is None:
            if missing_is_404:
                raise Missing(f"customer {key!r} does not exist")
            raise BadInput([f"customer: {key!r} does not exist"])
        return customer

    def list_customer_addresses(self, call: Call) -> Response:
        customer = self._customer(call.query["customer"], missing_is_404=True)
        rows = [a for a in customer["other_addresses"] if call.query.get("type") in (None, a["type"])]
        return model_response(models.CustomerAddressList, rows)

    def create_customer_address(self, call: Call) -> Response:
        body = body_of(call)
        customer = self._customer(body.pop("customer"), missing_is_404=False)
        if any(a["type"] == body["type"] for a in customer["other_addresses"]):
            raise BadInput([f"type {body['type']!r} is already used by this customer"])
        address = self.data.address(body, "address", customer["country"]["iso_3166_1"]) or {}
        customer["other_addresses"].append(address)
        self._sync_main_addresses(customer)
        return empty(201)

    def update_customer_address(self, call: Call) -> Response:
        body = body_of(call)
        customer = self._customer(body.pop("customer"), missing_is_404=True)
        for index, current in enumerate(customer["other_addresses"]):
            if current["type"] == body["type"]:
                merged = {
                    **current,
                    **body,
                    "country": body.get("country", {"iso_3166_1": current["country"]["iso_3166_1"]}),
                }
                customer["other_addresses"][index] = self.data.address(merged, "address", None)
                self._sync_main_addresses(customer)
                return empty()
        raise Missing(f"customer {customer['id']} has no address of type {body['type']!r}")

    def delete_customer_address(self, call: Call) -> Response:
        customer = self._customer(call.query["customer"], missing_is_404=True)
        kept = [a for a in customer["other_addresses"] if a["type"] != call.query["type"]]
        if len(kept) == len(customer["other_addresses"]):
            raise Missing(f"customer {customer['id']} has no address of type {call.query['type']!r}")
        customer["other_addresses"] = kept
        return empty()

    @staticmethod
    def _sync_main_addresses(customer: Record) -> None:
        """Addresses typed "Empresa" / "Entrega" are the billing / shipping addresses."""
        for address in customer["other_addresses"]:
            if address["type"] in _ADDRESS_TYPES:
                key = "billing_address" if address["type"] == "Empresa" else "shipping_address"
                customer[key] = {k: v for k, v in address.items() if k != "type"}
