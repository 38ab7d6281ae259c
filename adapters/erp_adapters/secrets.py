"""A string wrapper that keeps credentials out of reprs, logs and tracebacks, and a scrubber by value.

Every :class:`Secret` registers its value in a registry of live secret values (a value leaves
it when the last ``Secret`` holding it is garbage-collected);
:func:`scrub` replaces any of them (also in their escaped, quoted and percent-encoded forms, and
each line of a value that spans lines) with a mask. The adapters' errors and log records pass
through :func:`scrub`, so a secret echoed by a lower layer (an h11 message quoting a header, a
``UnicodeEncodeError`` holding a header value, a body quoting a token) never reaches a message.
"""

from __future__ import annotations

import collections
import json
import re
import threading
import urllib.parse
import weakref
from typing import Final

_MASK: Final = "********"
_MIN_SCRUBBED: Final = 4
"""Values shorter than this are not scrubbed by value (they would mask ordinary text)."""
_registry: collections.Counter[str] = collections.Counter()
_registry_lock = threading.Lock()
_pattern: re.Pattern[str] | None = None


def _forms(value: str) -> set[str]:
    """The ways ``value`` can appear in a message: as is, escaped, quoted, percent-encoded, line by line."""
    forms = {
        value,
        repr(value)[1:-1],
        repr(value.encode("utf-8", "backslashreplace"))[2:-1],
        json.dumps(value)[1:-1],
        urllib.parse.quote(value, safe=""),
        urllib.parse.quote_plus(value, safe=""),
    }
    forms.update(re.split(r"[\x00-\x1f\x7f]+", value))
    return {form for form in forms if len(form) >= _MIN_SCRUBBED}


_forgotten: collections.deque[str] = collections.deque()
"""Values whose holder was collected; applied under the lock later (a finalizer must not take the lock)."""


def _apply_forgotten() -> None:
    """Drop the holders collected since the last call; the caller holds ``_registry_lock``."""
    global _pattern
    while _forgotten:
        value = _forgotten.popleft()
        _registry[value] -= 1
        if _registry[value] <= 0:
            del _registry[value]
            _pattern = None


def register(value: str) -> None:
    """Count one more live holder of ``value``, so :func:`scrub` masks it wherever it appears."""
    global _pattern
    if len(value) < _MIN_SCRUBBED:
        return
    with _registry_lock:
        _apply_forgotten()
        _registry[value] += 1
        if _registry[value] == 1:
            _pattern = None


def _forget(value: str) -> None:
    # Runs as a finalizer, possibly inside a garbage collection triggered while the lock is held:
    # only queue the change (deque.append is atomic).
    _forgotten.append(value)


def _compiled() -> re.Pattern[str] | None:
    global _pattern
    with _registry_lock:
        _apply_forgotten()
        if _pattern is None and _registry:
            forms = {form for value in list(_registry) for form in _forms(value)}
            _pattern = re.compile("|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)))
        return _pattern


def scrub(text: str) -> str:
    """``text`` with every registered secret value (in any of its usual encodings) masked."""
    pattern = _compiled()
    return text if pattern is None or not text else pattern.sub(_MASK, text)


def scrub_bytes(data: bytes) -> bytes:
    """:func:`scrub` for a body: bytes that decode as UTF-8 are scrubbed, others are kept as they are."""
    if _compiled() is None or not data:
        return data
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return data
    cleaned = scrub(text)
    return data if cleaned == text else cleaned.encode("utf-8")


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

    __slots__ = ("__weakref__", "_value")

    def __init__(self, value: str | Secret) -> None:
        self._value = value.reveal() if isinstance(value, Secret) else value
        if len(self._value) >= _MIN_SCRUBBED:
            register(self._value)
            weakref.finalize(self, _forget, self._value)

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
