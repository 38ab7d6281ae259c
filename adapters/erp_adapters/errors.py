"""The exception hierarchy shared by every vendor adapter.

Every exception raised by the adapters derives from :class:`ERPError`. Each vendor module adds a
root of its own (``WisedatError``, ...) and one subclass per *kind* below, so callers can catch
either "anything from Wisedat" or "any not-found, whichever vendor"::

    ERPError
    ├── TransportError          the request never got an HTTP answer (DNS, connect, timeout)
    │   └── DeadlineExceededError   the call's total deadline ran out
    ├── ParseError              an answer arrived but did not match the spec
    │   └── ResponseTooLargeError   the body was larger than ``max_body_bytes``
    ├── InsecureTransportError  (also a ValueError) http:// to a host that is not loopback
    ├── UnsafeRedirectURIError  (also a ValueError) a redirect URI the OAuth helpers refuse
    ├── AuthorizationError      an OAuth callback without a usable code (state mismatch, error, no code)
    ├── TokenStoreError         a new token set could not be saved by the app's token store
    ├── AuthenticationError     credentials refused (login failed, 401 after a renewal)
    └── APIError                any other non-success status
        ├── BadRequestError     400 / 422: the vendor rejected the input
        │   └── UnsupportedMediaTypeError   415: the request's content type was refused
        ├── NotFoundError       404
        ├── GoneError           410: the record existed and was deleted
        ├── ConflictError       409
        ├── RateLimitError      429
        ├── ServerError         5xx
        └── UnexpectedStatusError   any status the spec does not document

Messages name the operation, the status and the vendor's own error text. They never contain
credentials or tokens: every message, detail and body is passed through
:func:`erp_adapters.secrets.scrub`, which masks every live secret value wherever it appears.
"""

from __future__ import annotations

import httpx

from erp_adapters.secrets import Secret, scrub, scrub_bytes

_BODY_PREVIEW = 500


def _preview(body: bytes) -> str:
    text = body[:_BODY_PREVIEW].decode("utf-8", errors="replace")
    return text + ("…" if len(body) > _BODY_PREVIEW else "")


LOGIN_BODY_WITHHELD = "body withheld: a login answer may hold credentials"
"""Said instead of the body in a ParseError about a login or token answer (whose body is not kept)."""


class ERPError(Exception):
    """Root of every exception raised by the adapters; its message is scrubbed of secret values."""

    def __init__(self, *args: object) -> None:
        super().__init__(*(scrub(arg) if isinstance(arg, str) else arg for arg in args))


class CauseSummary(Exception):  # noqa: N818 - not an error of ours, a stand-in for one
    """Stands in for a lower layer's exception in an error's ``__cause__``: its type and scrubbed text only.

    A lower layer's exception can hold a secret outside its message (``UnicodeEncodeError.object``,
    a ``JSONDecodeError.doc``); the adapters chain this summary instead, so no secret is reachable
    through ``__cause__`` / ``__context__``.
    """

    def __init__(self, cause: BaseException) -> None:
        self.kind = type(cause).__name__
        super().__init__(f"{self.kind}: {scrub(str(cause))}")


def detach(error: ERPError, cause: BaseException | None) -> ERPError:
    """``error`` with a scrubbed :class:`CauseSummary` of ``cause`` (if any) as its only chained exception.

    Raise the result outside any ``except`` block, so Python does not chain the original as ``__context__``.
    """
    error.__cause__ = None if cause is None else _scrubbed_copy(cause)
    error.__context__ = None
    error.__suppress_context__ = True
    return error


_COPYABLE = (KeyError, IndexError, ValueError, TypeError, AttributeError, RecursionError, OverflowError)
"""Builtin exceptions whose scrubbed copy keeps its type (its arguments are plain values)."""


def _is_generated_parse_failure(cause: BaseException) -> bool:
    """A generated client's ``ParseFailure``: it names a field path and a JSON type, never a value."""
    return any(
        cls.__name__ == "ParseFailure" and cls.__module__.endswith("_client.errors") for cls in type(cause).__mro__
    )


def _scrubbed_copy(cause: BaseException) -> BaseException:
    """A copy of ``cause`` that holds nothing but scrubbed plain arguments (or a :class:`CauseSummary`).

    A generated client's ``ParseFailure`` is kept as it is (its message is a field path and a JSON
    type, by construction), so callers can still catch its ``KeyError`` / ``TypeError`` kind and read
    its ``path``.
    """
    if isinstance(cause, CauseSummary | ERPError) or _is_generated_parse_failure(cause):
        return cause
    plain = all(isinstance(arg, str | int | float) or arg is None for arg in cause.args)
    if type(cause) in _COPYABLE and plain:
        return type(cause)(*(scrub(arg) if isinstance(arg, str) else arg for arg in cause.args))
    return CauseSummary(cause)


def describe(cause: BaseException) -> str:
    """``Type: message`` of a lower layer's exception, scrubbed."""
    return scrub(f"{type(cause).__name__}: {cause}")


LOGIN_ENDPOINT = "erp_adapters.login_endpoint"
"""Request extension a login or token request carries: what its URL is (``"token endpoint"``, ``"login endpoint"``)."""


def unreached_endpoint(cause: BaseException | str) -> str | None:
    """``the token endpoint https://host/path`` if ``cause`` is a failure of a login or token request.

    The URL loses its user info, query and fragment (where a secret could sit).
    """
    if not isinstance(cause, httpx.RequestError):
        return None
    try:
        request = cause.request
    except RuntimeError:  # httpx raises it when the exception carries no request
        return None
    what = request.extensions.get(LOGIN_ENDPOINT)
    if not isinstance(what, str):
        return None
    url = request.url
    return f"the {what} {url.scheme}://{url.netloc.decode('ascii', 'replace')}{url.path}"


class TransportError(ERPError):
    """The request could not be completed at the HTTP level (connection, DNS, timeout).

    When the request that failed was the login or token request a call needed, the message names
    that endpoint (``could not reach the token endpoint https://…``) as well as the operation.

    Attributes:
        operation: the operation that failed.
        endpoint: ``the token endpoint <url>`` (or login endpoint) when that is what could not be
            reached, else ``None``.

    """

    def __init__(self, operation: str, cause: BaseException | str, reason: str | None = None) -> None:
        self.operation = operation
        self.endpoint = unreached_endpoint(cause)
        if reason is None:
            reason = cause if isinstance(cause, str) else describe(cause)
        if self.endpoint is not None:
            super().__init__(f"{operation}: could not reach {self.endpoint}: {reason}")
        else:
            super().__init__(f"{operation}: no HTTP answer ({reason})")


class DeadlineExceededError(TransportError):
    """The call did not complete within its total ``deadline`` (retries, renewals, waits and body included)."""

    def __init__(self, operation: str, cause: BaseException | str = "") -> None:
        super().__init__(operation, cause, "the call's deadline passed")


class InsecureTransportError(ERPError, ValueError):
    """An ``http://`` URL to a host that is not loopback, without ``allow_insecure_http=True``."""


class UnsafeRedirectURIError(ERPError, ValueError):
    """A redirect URI the OAuth helpers refuse (not https, http off loopback, ``javascript:``, a fragment, ...)."""


class AuthorizationError(ERPError, ValueError):
    """The OAuth authorization step did not deliver a usable code.

    Attributes:
        error: the OAuth2 ``error`` code (``access_denied``, ...), or ``state_mismatch`` /
            ``missing_state`` / ``missing_code`` when the callback itself is wrong.
        description: the server's ``error_description``, if any.

    """

    def __init__(self, error: str, description: str = "") -> None:
        self.error = error
        self.description = description
        super().__init__(f"oauth2 authorize: {error}" + (f": {description}" if description else ""))


class TokenStoreError(ERPError):
    """The app's ``token_store`` failed (after retries) to save a new token set.

    The set is kept in memory and offered to the store again before the next request; the
    previously stored set is spent, so do not restart from it.

    Attributes:
        unsaved: the token set as a :class:`~erp_adapters.secrets.Secret` holding its JSON
            (``json.loads(error.unsaved.reveal())``), to save by other means.

    """

    def __init__(self, operation: str, reason: str, unsaved: Secret) -> None:
        self.operation = operation
        self.unsaved = unsaved
        super().__init__(
            f"{operation}: token_store failed to save the new token set ({reason}). The set is kept in memory and "
            "saving is retried before the next request; fix the store (disk, permissions, serialization) or save "
            "error.unsaved.reveal() (JSON) yourself. Do not restart from the previously stored set: its refresh "
            "token is spent."
        )


class _HTTPFailure(ERPError):  # noqa: N818 - private base, the public names end in Error
    """Common fields of errors that carry an HTTP answer."""

    def __init__(self, operation: str, status_code: int, body: bytes, detail: str) -> None:
        self.operation = operation
        self.status_code = status_code
        self.body = scrub_bytes(body)
        self.detail = scrub(detail)
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
        self.vendor_message = scrub(vendor_message)
        super().__init__(operation, status_code, body, vendor_message or "(no error text in the response)")


class AuthenticationError(APIError):
    """Credentials were refused: a failed login, or a 401 that survived one token renewal."""


class BadRequestError(APIError):
    """The vendor rejected the request's input (400 / 422)."""


class UnsupportedMediaTypeError(BadRequestError):
    """The server refused the request's content type (415 Unsupported Media Type).

    Not a problem with the values sent: the body's format (``Content-Type``, e.g. JSON where the
    endpoint wants a form) or its content coding is not one the endpoint accepts.
    """

    def __init__(self, operation: str, status_code: int, body: bytes, vendor_message: str) -> None:
        self.vendor_message = scrub(vendor_message)
        detail = "the server refused the request's content type (Unsupported Media Type)"
        _HTTPFailure.__init__(
            self, operation, status_code, body, f"{detail}: {vendor_message}" if vendor_message else detail
        )


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


class ResponseTooLargeError(ParseError):
    """The response body was larger than the call's ``max_body_bytes``; it was not read further.

    ``status_code`` is the status of the answer whose body was cut; the message names the cap and
    how to raise it (``connect(..., max_body_bytes=N)``).
    """

    def __init__(self, operation: str, status_code: int, body: bytes, reason: str) -> None:
        _HTTPFailure.__init__(self, operation, status_code, body, reason)
