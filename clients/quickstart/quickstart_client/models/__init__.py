# generated from specs/quickstart.yaml — do not edit
"""Contains all the data models used in inputs/outputs"""

from .customer import Customer
from .customer_page import CustomerPage
from .error import Error
from .invoice import Invoice
from .invoice_metadata import InvoiceMetadata
from .invoice_page import InvoicePage
from .list_filter import ListFilter
from .order import Order
from .order_page import OrderPage

__all__ = (
    "Customer",
    "CustomerPage",
    "Error",
    "Invoice",
    "InvoiceMetadata",
    "InvoicePage",
    "ListFilter",
    "Order",
    "OrderPage",
)
