"""Handwritten adapters for the generated ERP clients.

The vendor-neutral building blocks live here (auth with token caching, typed errors, calls,
pagination); each vendor sub-package (``erp_adapters.wisedat``, ...) configures them.
"""

import logging

from erp_adapters.auth import TokenAuth, TokenProvider
from erp_adapters.calls import Caller, ErrorKinds
from erp_adapters.errors import (
    APIError,
    AuthenticationError,
    AuthorizationError,
    BadRequestError,
    ConflictError,
    DeadlineExceededError,
    ERPError,
    GoneError,
    InsecureTransportError,
    NotFoundError,
    ParseError,
    RateLimitError,
    ResponseTooLargeError,
    ServerError,
    TokenStoreError,
    TransportError,
    UnexpectedStatusError,
    UnsafeRedirectURIError,
    UnsupportedMediaTypeError,
)
from erp_adapters.limits import DEFAULT_DEADLINE, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_RETRY_AFTER, Limits
from erp_adapters.options import ConnectOptions
from erp_adapters.secrets import Secret, scrub
from erp_adapters.tokens import Token, TokenCache


class _ScrubSecrets(logging.Filter):
    """Masks every live secret value in the records of the ``erp_adapters`` loggers."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = scrub(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


logging.getLogger("erp_adapters").addFilter(_ScrubSecrets())

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_MAX_BODY_BYTES",
    "DEFAULT_MAX_RETRY_AFTER",
    "APIError",
    "AuthenticationError",
    "AuthorizationError",
    "BadRequestError",
    "Caller",
    "ConflictError",
    "ConnectOptions",
    "DeadlineExceededError",
    "ERPError",
    "ErrorKinds",
    "GoneError",
    "InsecureTransportError",
    "Limits",
    "NotFoundError",
    "ParseError",
    "RateLimitError",
    "ResponseTooLargeError",
    "Secret",
    "ServerError",
    "Token",
    "TokenAuth",
    "TokenCache",
    "TokenProvider",
    "TokenStoreError",
    "TransportError",
    "UnexpectedStatusError",
    "UnsafeRedirectURIError",
    "UnsupportedMediaTypeError",
]
