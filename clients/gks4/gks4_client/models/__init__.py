# generated from specs/gks4.yaml — do not edit
"""Contains all the data models used in inputs/outputs"""

from .address import Address
from .address_input import AddressInput
from .allotment import Allotment
from .bill_to import BillTo
from .billing_company_info import BillingCompanyInfo
from .billing_contact import BillingContact
from .customer import Customer
from .customer_create import CustomerCreate
from .error import Error
from .language_code import LanguageCode
from .order_ship_to import OrderShipTo
from .sales_order_create import SalesOrderCreate
from .sales_order_created import SalesOrderCreated
from .sales_order_line import SalesOrderLine
from .ship_to import ShipTo

__all__ = (
    "Address",
    "AddressInput",
    "Allotment",
    "BillingCompanyInfo",
    "BillingContact",
    "BillTo",
    "Customer",
    "CustomerCreate",
    "Error",
    "LanguageCode",
    "OrderShipTo",
    "SalesOrderCreate",
    "SalesOrderCreated",
    "SalesOrderLine",
    "ShipTo",
)
