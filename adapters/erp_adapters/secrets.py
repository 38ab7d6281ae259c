"""A string wrapper that keeps credentials out of reprs, logs and tracebacks."""

from __future__ import annotations

from typing import Final

_MASK: Final = "********"


class Secret:
    """Holds a credential; only :meth:`reveal` gives the value back.

    ``repr()``, ``str()`` and f-strings show a mask, so a secret that ends up in a log line, an
    exception message or a debugger view does not leak.

    >>> s = Secret("hunter2")
    >>> s, str(s), f"{s}"
    (Secret('********'), '********', '********')
    >>> s.reveal()
    'hunter2'
    """

    __slots__ = ("_value",)

    def __init__(self, value: str | Secret) -> None:
        self._value = value.reveal() if isinstance(value, Secret) else value

    def reveal(self) -> str:
        """The secret value, for the one place that has to send it."""
        return self._value

    def __repr__(self) -> str:
        return f"Secret({_MASK!r})"

    def __str__(self) -> str:
        return _MASK

    def __format__(self, spec: str) -> str:
        return _MASK

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __bool__(self) -> bool:
        return bool(self._value)

    def __reduce__(self) -> tuple[type[Secret], tuple[str]]:
        return (Secret, (self._value,))
