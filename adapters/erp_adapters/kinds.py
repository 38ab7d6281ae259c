"""A vendor's error classes, one per kind of failure, and the status policy that picks among them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from erp_adapters import errors


def _bases(*candidates: type[errors.ERPError]) -> tuple[type[errors.ERPError], ...]:
    """``candidates`` without those another candidate already derives from (a consistent MRO)."""
    return tuple(b for b in candidates if not any(c is not b and issubclass(c, b) for c in candidates))


@dataclass(frozen=True)
class ErrorKinds:
    """A vendor's concrete exception classes, one per kind of failure.

    The kinds the core adds (deadline, body too large, unsupported media type, insecure URL, token
    store) are derived from the vendor's transport, parse and bad-request errors, so each is also an
    instance of the vendor's root.
    """

    bad_request: type[errors.BadRequestError]
    authentication: type[errors.AuthenticationError]
    not_found: type[errors.NotFoundError]
    gone: type[errors.GoneError]
    conflict: type[errors.ConflictError]
    rate_limit: type[errors.RateLimitError]
    server: type[errors.ServerError]
    unexpected_status: type[errors.UnexpectedStatusError]
    parse: type[errors.ParseError]
    transport: type[errors.TransportError]
    deadline: type[errors.DeadlineExceededError] = field(init=False)
    too_large: type[errors.ResponseTooLargeError] = field(init=False)
    unsupported_media_type: type[errors.UnsupportedMediaTypeError] = field(init=False)
    insecure: type[errors.InsecureTransportError] = field(init=False)
    token_store: type[errors.TokenStoreError] = field(init=False)

    def __post_init__(self) -> None:
        root = self.transport.__bases__[0]
        prefix = root.__name__.removesuffix("Error")
        derived: dict[str, tuple[type[errors.ERPError], type[errors.ERPError]]] = {
            "deadline": (self.transport, errors.DeadlineExceededError),
            "too_large": (self.parse, errors.ResponseTooLargeError),
            "unsupported_media_type": (self.bad_request, errors.UnsupportedMediaTypeError),
            "insecure": (root, errors.InsecureTransportError),
            "token_store": (root, errors.TokenStoreError),
        }
        for attribute, (vendor, kind) in derived.items():
            namespace = {"__module__": self.transport.__module__, "__doc__": kind.__doc__}
            object.__setattr__(self, attribute, type(f"{prefix}{kind.__name__}", _bases(vendor, kind), namespace))

    def for_status(self, status: int) -> type[errors.APIError]:
        """The error class for a non-success HTTP status (3xx and 1xx are unexpected statuses)."""
        by_status: dict[int, type[errors.APIError]] = {
            400: self.bad_request,
            401: self.authentication,
            403: self.authentication,
            404: self.not_found,
            409: self.conflict,
            410: self.gone,
            415: self.unsupported_media_type,
            422: self.bad_request,
            429: self.rate_limit,
        }
        if status in by_status:
            return by_status[status]
        return self.server if status >= 500 else self.unexpected_status

    def for_login_status(self, status: int) -> type[errors.APIError]:
        """The error class for a non-success answer to a login or token request.

        A refusal (any 4xx but 415 and 429) is an authentication error; 415 (the request's content
        type refused), 429, 5xx and other statuses are mapped as for any call, so "try again later"
        or "wrong format" is not reported as "wrong password".
        """
        if 400 <= status < 500 and status not in (415, 429):
            return self.authentication
        return self.for_status(status)


MessageExtractor = Callable[[Any], str]
"""Pulls the vendor's error text out of a decoded JSON error body."""
