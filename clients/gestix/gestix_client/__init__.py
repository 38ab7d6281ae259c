# generated from specs/gestix.yaml — do not edit
"""A client library for accessing Gestix ERP API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
