# generated from specs/quickstart.yaml — do not edit
"""A client library for accessing Quickstart API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
