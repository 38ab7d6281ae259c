"""GKS4's exceptions: every one is a :class:`GKS4Error` and also a vendor-neutral kind."""

from __future__ import annotations

from typing import Any

from erp_adapters import errors
from erp_adapters.kinds import ErrorKinds


class GKS4Error(errors.ERPError):
    """Root of every exception raised for GKS4."""


class GKS4TransportError(GKS4Error, errors.TransportError):
    """No HTTP answer from the GKS4 API or from the identity server."""


class GKS4ParseError(GKS4Error, errors.ParseError):
    """A GKS4 response (or token response) did not match specs/gks4.yaml."""


class GKS4APIError(GKS4Error, errors.APIError):
    """GKS4 answered with a non-success status."""


class GKS4AuthenticationError(GKS4APIError, errors.AuthenticationError):
    """The identity server refused the client id or secret, or the API refused a fresh token."""


class GKS4ValidationError(GKS4APIError, errors.BadRequestError):
    """GKS4 rejected the request (400); ``vendor_message`` lists its validation errors."""


class GKS4NotFoundError(GKS4APIError, errors.NotFoundError):
    """The customer (by customer number) does not exist (404)."""


class GKS4GoneError(GKS4APIError, errors.GoneError):
    """The record was deleted (410; not documented by GKS4)."""


class GKS4ConflictError(GKS4APIError, errors.ConflictError):
    """The request conflicts with the record's state (409; not documented by GKS4)."""


class GKS4RateLimitError(GKS4APIError, errors.RateLimitError):
    """Too many requests (429; not documented by GKS4)."""


class GKS4ServerError(GKS4APIError, errors.ServerError):
    """The GKS4 server failed (5xx); the vendor suggests trying again later."""


class GKS4UnexpectedStatusError(GKS4APIError, errors.UnexpectedStatusError):
    """A status code that specs/gks4.yaml does not document."""


KINDS = ErrorKinds(
    bad_request=GKS4ValidationError,
    authentication=GKS4AuthenticationError,
    not_found=GKS4NotFoundError,
    gone=GKS4GoneError,
    conflict=GKS4ConflictError,
    rate_limit=GKS4RateLimitError,
    server=GKS4ServerError,
    unexpected_status=GKS4UnexpectedStatusError,
    parse=GKS4ParseError,
    transport=GKS4TransportError,
)


def vendor_message(body: Any) -> str:
    """The error text of a GKS4 error body.

    The doc never shows an error body; GKS4 is an ASP.NET service, whose errors are RFC 9457
    problem details (``title``, ``detail``, and for validation ``errors: {field: [messages]}``).
    Every key is optional; a body with none of them falls back to the raw text (see ``Caller``).
    """
    parts = [str(body[key]) for key in ("title", "detail") if body.get(key)]
    problems = body.get("errors")
    if isinstance(problems, dict):
        for field, messages in problems.items():
            listed = messages if isinstance(messages, list) else [messages]
            parts.extend(f"{field}: {message}" for message in listed)
    if not parts:
        raise KeyError("no problem-details keys")
    return "; ".join(parts)
