"""``header_safe``: what may go into an HTTP header value, checked on every authenticated request."""

from __future__ import annotations

import pytest

from erp_adapters.auth import header_safe
from erp_adapters.secrets import Secret


@pytest.mark.parametrize("value", ["eyJhbGciOi.J9x_-+/=", "with space", "~!@#$%^&*()[]{}|;:'\",.<>?`", " "])
def test_printable_ascii_passes_unchanged(value: str) -> None:
    assert header_safe(Secret(value), "token") == value


@pytest.mark.parametrize("bad", ["\x00", "\x1f", "\n", "\r", "\t", "\x7f", "é", "\u2028", "\x80"])
def test_control_and_non_ascii_characters_are_refused_without_quoting_the_value(bad: str) -> None:
    value = f"abc{bad}def-secret"
    with pytest.raises(ValueError, match="access token contains characters") as caught:
        header_safe(Secret(value), "access token")
    assert "secret" not in str(caught.value)
