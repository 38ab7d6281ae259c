# generated from specs/wisedat.yaml — do not edit
"""A client library for accessing Wisedat API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
