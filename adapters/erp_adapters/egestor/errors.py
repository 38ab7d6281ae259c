"""eGestor's exceptions: every one is an :class:`EgestorError` and also a vendor-neutral kind.

eGestor reports failures in one envelope, ``{errCode, errMsg, errObs, errFields[, errUrl]}``; the
API errors below expose its parts as attributes (``err_code``, ``err_obs``, ``err_fields``,
``err_url``; the message is ``vendor_message``). 404 (never existed) and 410 (deleted) are distinct
classes.
"""

from __future__ import annotations

import json
from typing import Any

from erp_adapters import errors
from erp_adapters.calls import json_field
from erp_adapters.kinds import ErrorKinds


class EgestorError(errors.ERPError):
    """Root of every exception raised for eGestor."""


class EgestorTransportError(EgestorError, errors.TransportError):
    """No HTTP answer from eGestor."""


class EgestorParseError(EgestorError, errors.ParseError):
    """An eGestor response did not match specs/egestor.yaml."""


class EgestorAPIError(EgestorError, errors.APIError):
    """eGestor answered with a non-success status; the envelope's fields are attributes."""

    @property
    def envelope(self) -> dict[str, Any]:
        """The decoded error body, or an empty dict when it is not the documented envelope."""
        try:
            body = json.loads(self.body)
        except ValueError:
            return {}
        return body if isinstance(body, dict) else {}

    @property
    def err_code(self) -> int | None:
        """``errCode``: the status repeated in the body."""
        code = self.envelope.get("errCode")
        return code if isinstance(code, int) else None

    @property
    def err_obs(self) -> str | None:
        """``errObs``: a short hint such as ``access_denied`` or ``invalid_grant``."""
        obs = self.envelope.get("errObs")
        return obs if isinstance(obs, str) else None

    @property
    def err_fields(self) -> Any:
        """``errFields``: details of the fields that failed validation (any JSON value, often None)."""
        return self.envelope.get("errFields")

    @property
    def err_url(self) -> str | None:
        """``errUrl``: the path that failed (sent with some errors only)."""
        url = self.envelope.get("errUrl")
        return url if isinstance(url, str) else None


class EgestorAuthenticationError(EgestorAPIError, errors.AuthenticationError):
    """Credentials refused: a grant the token endpoint refused, or a 401 that survived one renewal."""


class EgestorValidationError(EgestorAPIError, errors.BadRequestError):
    """eGestor rejected the input: 400 (validation) or 422 (a value outside its field's scope)."""


class EgestorNotFoundError(EgestorAPIError, errors.NotFoundError):
    """No eGestor record has this code (404)."""


class EgestorGoneError(EgestorAPIError, errors.GoneError):
    """The eGestor record existed and was deleted (410)."""


class EgestorConflictError(EgestorAPIError, errors.ConflictError):
    """A conflict (409; eGestor does not document this status)."""


class EgestorRateLimitError(EgestorAPIError, errors.RateLimitError):
    """429: the 60 requests per minute were used up and the request was not (or could not be) retried."""


class EgestorServerError(EgestorAPIError, errors.ServerError):
    """eGestor failed (5xx)."""


class EgestorUnexpectedStatusError(EgestorAPIError, errors.UnexpectedStatusError):
    """A status specs/egestor.yaml does not document for the operation (e.g. 405)."""


class EgestorAuthorizationError(EgestorError, errors.AuthorizationError):
    """The eGestor authorization step did not deliver a usable code (state mismatch, an error, no code)."""


class UnsafeRedirectURIError(EgestorError, errors.UnsafeRedirectURIError):
    """A redirect URI the eGestor OAuth helpers refuse (also a ValueError)."""


KINDS = ErrorKinds(
    bad_request=EgestorValidationError,
    authentication=EgestorAuthenticationError,
    not_found=EgestorNotFoundError,
    gone=EgestorGoneError,
    conflict=EgestorConflictError,
    rate_limit=EgestorRateLimitError,
    server=EgestorServerError,
    unexpected_status=EgestorUnexpectedStatusError,
    parse=EgestorParseError,
    transport=EgestorTransportError,
)


def vendor_message(body: Any) -> str:
    """``errMsg``, then ``errObs`` and ``errFields`` when present (raises KeyError for other bodies)."""
    message = str(body["errMsg"])
    extra = json_field(body, "errObs", "errFields")
    return f"{message} ({extra})" if extra else message
