"""The create/update/delete handlers of the Wisedat mock, one module per resource, with the documented rules."""

from __future__ import annotations

from erp_mocks.wisedat.resources import WisedatData
from erp_mocks.wisedat.writes.addresses import CustomerAddressWrites
from erp_mocks.wisedat.writes.categories import CategoryWrites
from erp_mocks.wisedat.writes.common import Handler, delete_handler
from erp_mocks.wisedat.writes.lookups import LookupWrites
from erp_mocks.wisedat.writes.orders import OrderWrites
from erp_mocks.wisedat.writes.parties import PartyWrites
from erp_mocks.wisedat.writes.products import ProductWrites

__all__ = ["Handler", "handlers"]


def handlers(data: WisedatData) -> dict[str, Handler]:
    """The write operations of the Wisedat spec, by operationId."""
    products, categories, parties = ProductWrites(data), CategoryWrites(data), PartyWrites(data)
    addresses, orders, lookups = CustomerAddressWrites(data), OrderWrites(data), LookupWrites(data)
    return {
        "create_product": products.create_product,
        "update_product": products.update_product,
        "delete_product": delete_handler(data.products, "product"),
        "create_category": categories.create_category,
        "update_category": categories.update_category,
        "delete_category": delete_handler(data.categories, "category"),
        "create_customer": parties.create_customer,
        "update_customer": parties.update_customer,
        "delete_customer": delete_handler(data.customers, "customer"),
        "list_customer_addresses": addresses.list_customer_addresses,
        "create_customer_address": addresses.create_customer_address,
        "update_customer_address": addresses.update_customer_address,
        "delete_customer_address": addresses.delete_customer_address,
        "create_salesman": parties.create_party(data.salesmen),
        "update_salesman": parties.update_party(data.salesmen, "salesman"),
        "delete_salesman": delete_handler(data.salesmen, "salesman"),
        "create_supplier": parties.create_party(data.suppliers),
        "update_supplier": parties.update_party(data.suppliers, "supplier"),
        "delete_supplier": delete_handler(data.suppliers, "supplier"),
        "create_order": orders.create_order,
        "update_order": orders.update_order,
        "delete_order": orders.delete_order,
        "create_tax": lookups.create_tax,
        "update_tax": lookups.update_tax,
        "delete_tax": delete_handler(data.lookups["taxes"], "tax"),
        "create_unit": lookups.create_keyed("units", {}),
        "update_unit": lookups.update_keyed("units", "unit"),
        "delete_unit": delete_handler(data.lookups["units"], "unit"),
        "create_series": lookups.create_keyed("series", {"vat_cash_system": False, "active": True}),
        "update_series": lookups.update_keyed("series", "series"),
        "delete_series": delete_handler(data.lookups["series"], "series"),
        "create_warehouse": lookups.create_warehouse,
        "update_warehouse": lookups.update_warehouse,
        "delete_warehouse": delete_handler(data.lookups["warehouses"], "warehouse"),
    }
