"""The exception hierarchy shared by every vendor adapter.

Every exception raised by the adapters derives from :class:`ERPError`. Each vendor module adds a
root of its own (``WisedatError``, ...) and one subclass per *kind* below, so callers can catch
either "anything from Wisedat" or "any not-found, whichever vendor"::

    ERPError
    ├── TransportError          the request never got an HTTP answer (DNS, connect, timeout)
    ├── ParseError              an answer arrived but did not match the spec
    ├── AuthenticationError     credentials refused (login failed, 401 after a renewal)
    └── APIError                any other non-success status
        ├── BadRequestError     400 / 422: the vendor rejected the input
        ├── NotFoundError       404
        ├── GoneError           410: the record existed and was deleted
        ├── ConflictError       409
        ├── RateLimitError      429
        ├── ServerError         5xx
        └── UnexpectedStatusError   any status the spec does not document

Messages name the operation, the status and the vendor's own error text. They never contain
credentials or tokens: the adapters never put request headers or bodies into an error.
"""

from __future__ import annotations

_BODY_PREVIEW = 500


def _preview(body: bytes) -> str:
    text = body[:_BODY_PREVIEW].decode("utf-8", errors="replace")
    return text + ("…" if len(body) > _BODY_PREVIEW else "")


class ERPError(Exception):
    """Root of every exception raised by the adapters."""


class TransportError(ERPError):
    """The request could not be completed at the HTTP level (connection, DNS, timeout)."""

    def __init__(self, operation: str, cause: BaseException) -> None:
        self.operation = operation
        super().__init__(f"{operation}: no HTTP answer ({type(cause).__name__}: {cause})")


class _HTTPFailure(ERPError):  # noqa: N818 - private base, the public names end in Error
    """Common fields of errors that carry an HTTP answer."""

    def __init__(self, operation: str, status_code: int, body: bytes, detail: str) -> None:
        self.operation = operation
        self.status_code = status_code
        self.body = body
        self.detail = detail
        super().__init__(f"{operation} failed with HTTP {status_code}: {detail}")


class APIError(_HTTPFailure):
    """The vendor answered with a non-success status.

    Attributes:
        operation: the operation that failed, e.g. ``list_products (GET /products)``.
        status_code: the HTTP status.
        vendor_message: the vendor's own error text, extracted from the body.
        body: the raw response body.

    """

    def __init__(self, operation: str, status_code: int, body: bytes, vendor_message: str) -> None:
        self.vendor_message = vendor_message
        super().__init__(operation, status_code, body, vendor_message or "(no error text in the response)")


class AuthenticationError(APIError):
    """Credentials were refused: a failed login, or a 401 that survived one token renewal."""


class BadRequestError(APIError):
    """The vendor rejected the request's input (400 / 422)."""


class NotFoundError(APIError):
    """The requested record does not exist (404)."""


class GoneError(APIError):
    """The requested record existed but has been deleted (410)."""


class ConflictError(APIError):
    """The request conflicts with the record's current state (409)."""


class RateLimitError(APIError):
    """Too many requests (429), and the adapter did not (or could not safely) retry."""


class ServerError(APIError):
    """The vendor failed with a 5xx status."""


class UnexpectedStatusError(APIError):
    """A status code the spec does not document for this operation."""


class ParseError(_HTTPFailure):
    """A success response did not match the spec, so the generated client could not parse it.

    Attributes:
        status_code: the HTTP status of the response (0 if unknown).
        body: the raw body, so nothing the vendor sent is lost.
        __cause__: the exception raised by the generated parser.

    """

    def __init__(self, operation: str, status_code: int, body: bytes, reason: str) -> None:
        super().__init__(
            operation, status_code, body, f"response does not match the spec ({reason}); body: {_preview(body)}"
        )
