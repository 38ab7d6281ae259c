"""Pieces of an OAuth2 token endpoint that every vendor mock's authorization server shares."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from urllib.parse import unquote


def client_credentials(header: str | None, form: Mapping[str, str]) -> tuple[str | None, str | None]:
    """Client id and secret from an HTTP Basic ``Authorization`` header, else from the form (RFC 6749 §2.3.1)."""
    if header and header.startswith("Basic "):
        try:
            decoded = base64.b64decode(header[len("Basic ") :], validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return None, None
        client_id, _, secret = decoded.partition(":")
        return unquote(client_id), unquote(secret)
    return form.get("client_id"), form.get("client_secret")
