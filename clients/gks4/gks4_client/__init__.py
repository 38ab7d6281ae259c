# generated from specs/gks4.yaml — do not edit
"""A client library for accessing GKS4 API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
