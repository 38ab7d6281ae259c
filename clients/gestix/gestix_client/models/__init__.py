# generated from specs/gestix.yaml — do not edit
"""Contains all the data models used in inputs/outputs"""

from .customer import Customer
from .error import Error
from .invoice_create import InvoiceCreate
from .invoice_created import InvoiceCreated
from .login_request import LoginRequest
from .print_mode import PrintMode
from .session_token import SessionToken
from .status import Status

__all__ = (
    "Customer",
    "Error",
    "InvoiceCreate",
    "InvoiceCreated",
    "LoginRequest",
    "PrintMode",
    "SessionToken",
    "Status",
)
