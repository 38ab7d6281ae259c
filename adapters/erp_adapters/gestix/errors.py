"""Gestix's exceptions: every one is a :class:`GestixError` and also a vendor-neutral kind."""

from __future__ import annotations

from typing import Any

from erp_adapters import errors
from erp_adapters.calls import json_field
from erp_adapters.kinds import ErrorKinds


class GestixError(errors.ERPError):
    """Root of every exception raised for Gestix."""


class GestixTransportError(GestixError, errors.TransportError):
    """No HTTP answer from the Gestix server (or the account's write lock timed out)."""


class GestixParseError(GestixError, errors.ParseError):
    """A Gestix response did not match specs/gestix.yaml (e.g. ``print=1`` answered without a PDF)."""


class GestixAPIError(GestixError, errors.APIError):
    """Gestix answered with a non-success status."""


class GestixAuthenticationError(GestixAPIError, errors.AuthenticationError):
    """Gestix refused the API token, the username/password, or a session token after one renewal."""


class GestixValidationError(GestixAPIError, errors.BadRequestError):
    """Gestix rejected the request's input (400)."""


class GestixNotFoundError(GestixAPIError, errors.NotFoundError):
    """The Gestix resource does not exist (404)."""


class GestixGoneError(GestixAPIError, errors.GoneError):
    """The Gestix record was deleted (410)."""


class GestixNonceError(GestixAPIError, errors.ConflictError):
    """Gestix refused a write for its nonce (409): the write was not processed and may be sent again.

    The adapter sends one account's writes one at a time, so this happens only when something else
    writes to the same account with its own nonces (another machine, another tool).
    """


class GestixRateLimitError(GestixAPIError, errors.RateLimitError):
    """Too many requests (429)."""


class GestixServerError(GestixAPIError, errors.ServerError):
    """The Gestix server failed (5xx)."""


class GestixUnexpectedStatusError(GestixAPIError, errors.UnexpectedStatusError):
    """A status code that specs/gestix.yaml does not document."""


KINDS = ErrorKinds(
    bad_request=GestixValidationError,
    authentication=GestixAuthenticationError,
    not_found=GestixNotFoundError,
    gone=GestixGoneError,
    conflict=GestixNonceError,
    rate_limit=GestixRateLimitError,
    server=GestixServerError,
    unexpected_status=GestixUnexpectedStatusError,
    parse=GestixParseError,
    transport=GestixTransportError,
)


def vendor_message(body: Any) -> str:
    """Gestix's error object: ``error`` (a code) and ``message`` (text), both optional."""
    text = json_field(body, "error", "message")
    if not text:
        raise KeyError("no error or message")  # not the documented shape: the raw body is shown instead
    return text
