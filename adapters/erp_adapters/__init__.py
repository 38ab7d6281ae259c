"""Handwritten adapters for the generated ERP clients.

The vendor-neutral building blocks live here (auth with token caching, typed errors, calls,
pagination); each vendor sub-package (``erp_adapters.wisedat``, ...) configures them.
"""

from erp_adapters.auth import TokenAuth, TokenProvider
from erp_adapters.calls import Caller, ErrorKinds
from erp_adapters.errors import (
    APIError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ERPError,
    GoneError,
    NotFoundError,
    ParseError,
    RateLimitError,
    ServerError,
    TransportError,
    UnexpectedStatusError,
)
from erp_adapters.secrets import Secret
from erp_adapters.tokens import Token, TokenCache

__all__ = [
    "APIError",
    "AuthenticationError",
    "BadRequestError",
    "Caller",
    "ConflictError",
    "ERPError",
    "ErrorKinds",
    "GoneError",
    "NotFoundError",
    "ParseError",
    "RateLimitError",
    "Secret",
    "ServerError",
    "Token",
    "TokenAuth",
    "TokenCache",
    "TokenProvider",
    "TransportError",
    "UnexpectedStatusError",
]
