"""Quickstart's exceptions: every one is a :class:`QuickstartError` and also a vendor-neutral kind."""

from __future__ import annotations

from typing import Any

from erp_adapters import errors
from erp_adapters.kinds import ErrorKinds


class QuickstartError(errors.ERPError):
    """Root of every exception raised for Quickstart."""


class QuickstartTransportError(QuickstartError, errors.TransportError):
    """No HTTP answer from the Quickstart API or its token endpoint."""


class QuickstartParseError(QuickstartError, errors.ParseError):
    """A Quickstart response did not match specs/quickstart.yaml."""


class QuickstartAPIError(QuickstartError, errors.APIError):
    """Quickstart answered with a non-success status."""


class QuickstartAuthenticationError(QuickstartAPIError, errors.AuthenticationError):
    """The token endpoint refused the client, code or refresh token, or the API refused a fresh token."""


class QuickstartValidationError(QuickstartAPIError, errors.BadRequestError):
    """Quickstart rejected the request (400/422), e.g. a sort or filter on a field it does not allow."""


class QuickstartNotFoundError(QuickstartAPIError, errors.NotFoundError):
    """No record with that id (404)."""


class QuickstartGoneError(QuickstartAPIError, errors.GoneError):
    """The record was deleted (410; not documented)."""


class QuickstartConflictError(QuickstartAPIError, errors.ConflictError):
    """The request conflicts with the record's state (409; not documented)."""


class QuickstartRateLimitError(QuickstartAPIError, errors.RateLimitError):
    """Too many requests (429; not documented)."""


class QuickstartServerError(QuickstartAPIError, errors.ServerError):
    """The Quickstart server failed (5xx)."""


class QuickstartUnexpectedStatusError(QuickstartAPIError, errors.UnexpectedStatusError):
    """A status code that specs/quickstart.yaml does not document."""


class UnsafeRedirectURIError(QuickstartError, errors.UnsafeRedirectURIError):
    """A redirect URI the Quickstart OAuth helpers refuse (also a ValueError)."""


class QuickstartAuthorizationError(QuickstartError, errors.AuthorizationError):
    """The Quickstart authorization step did not deliver a usable code (state mismatch, an error, no code)."""


KINDS = ErrorKinds(
    bad_request=QuickstartValidationError,
    authentication=QuickstartAuthenticationError,
    not_found=QuickstartNotFoundError,
    gone=QuickstartGoneError,
    conflict=QuickstartConflictError,
    rate_limit=QuickstartRateLimitError,
    server=QuickstartServerError,
    unexpected_status=QuickstartUnexpectedStatusError,
    parse=QuickstartParseError,
    transport=QuickstartTransportError,
)


def vendor_message(body: Any) -> str:
    """Laravel's ``{"message": ...}`` (API errors) or OAuth2's ``{"error", "error_description"}``."""
    if body.get("message"):
        return str(body["message"])
    parts = [str(body[key]) for key in ("error", "error_description") if body.get(key)]
    if not parts:
        raise KeyError("no message")
    return ": ".join(parts)
