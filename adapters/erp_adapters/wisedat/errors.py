"""Wisedat's exceptions: every one is a :class:`WisedatError` and also a vendor-neutral kind."""

from __future__ import annotations

from typing import Any

from erp_adapters import errors
from erp_adapters.kinds import ErrorKinds


class WisedatError(errors.ERPError):
    """Root of every exception raised for Wisedat."""


class WisedatTransportError(WisedatError, errors.TransportError):
    """No HTTP answer from the Wisedat server."""


class WisedatParseError(WisedatError, errors.ParseError):
    """A Wisedat response did not match specs/wisedat.yaml."""


class WisedatAPIError(WisedatError, errors.APIError):
    """Wisedat answered with a non-success status."""


class WisedatAuthenticationError(WisedatAPIError, errors.AuthenticationError):
    """Wisedat refused the API key, user or password (or a token after one renewal)."""


class WisedatValidationError(WisedatAPIError, errors.BadRequestError):
    """Wisedat rejected the request (400); ``vendor_message`` lists its validation errors."""


class WisedatNotFoundError(WisedatAPIError, errors.NotFoundError):
    """The Wisedat record does not exist (404)."""


class WisedatGoneError(WisedatAPIError, errors.GoneError):
    """The Wisedat record was deleted (410)."""


class WisedatConflictError(WisedatAPIError, errors.ConflictError):
    """The record was changed elsewhere in a way the API cannot handle (409)."""


class WisedatRateLimitError(WisedatAPIError, errors.RateLimitError):
    """Too many requests (429)."""


class WisedatServerError(WisedatAPIError, errors.ServerError):
    """The Wisedat server failed (5xx)."""


class WisedatUnexpectedStatusError(WisedatAPIError, errors.UnexpectedStatusError):
    """A status code that specs/wisedat.yaml does not document."""


class WisedatStateError(WisedatError):
    """``GET /status`` reported a State other than 1 (online), so no login is possible.

    Attributes:
        state: the State code; ``state_name`` its meaning (e.g. ``COMPANY_NOT_FOUND``).

    """

    STATES = {
        0: "OFFLINE",
        1: "ONLINE",
        2: "COMPANY_NOT_FOUND",
        3: "API_NOT_ACTIVATED",
        4: "TABLE_MANAGEMENT_NOT_ACTIVE",
        5: "API_SERVER_MODULE_UNAVAILABLE",
        6: "INACTIVE_PLAN",
    }

    def __init__(self, state: int) -> None:
        self.state = state
        self.state_name = self.STATES.get(state, "UNKNOWN")
        super().__init__(f"get_status: Wisedat State is {state} ({self.state_name}), not 1 (ONLINE); cannot log in")


KINDS = ErrorKinds(
    bad_request=WisedatValidationError,
    authentication=WisedatAuthenticationError,
    not_found=WisedatNotFoundError,
    gone=WisedatGoneError,
    conflict=WisedatConflictError,
    rate_limit=WisedatRateLimitError,
    server=WisedatServerError,
    unexpected_status=WisedatUnexpectedStatusError,
    parse=WisedatParseError,
    transport=WisedatTransportError,
)


def vendor_message(body: Any) -> str:
    """Wisedat's error envelope is ``{"errors": ["...", ...]}``."""
    return "; ".join(str(e) for e in body["errors"])
