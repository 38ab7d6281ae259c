# generated from specs/egestor.yaml — do not edit
"""A client library for accessing eGestor API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
