# generated from specs/gks4.yaml — do not edit
"""Contains shared errors types that can be raised from API functions"""

import json
import re
from collections.abc import Callable, Sequence
from typing import Any

from .types import Unset


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class ParseFailure(ValueError):
    """A response body does not match the types the spec declares for it.

    ``path`` names the offending value from the root of the body (``main_supplier``,
    ``items[3].product.name``; empty for the body itself) and ``problem`` says what is wrong with it.
    The message never repeats the value, which may be sensitive: only its JSON type.
    """

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(path, problem)
        self.path = path
        self.problem = problem

    def __str__(self) -> str:
        return f"{self.path or '(body root)'}: {self.problem}"

    def within(self, segment: str) -> "ParseFailure":
        """Prefix the path with ``segment`` (the property or item holding the failed value); return self."""
        if not self.path:
            self.path = segment
        elif self.path.startswith("["):
            self.path = segment + self.path
        else:
            self.path = f"{segment}.{self.path}" if segment else self.path
        self.args = (self.path, self.problem)
        return self


class MissingProperty(ParseFailure, KeyError):
    """A property the spec requires is absent (also a ``KeyError``, as the generator's parser raised)."""


class WrongType(ParseFailure, TypeError):
    """A value has a JSON type the spec does not allow there (also a ``TypeError``)."""


_PLAIN_KEY = re.compile(r"[A-Za-z_$@][A-Za-z0-9_$@-]*")


def key_path(key: str) -> str:
    """A property name as a path segment: as is when plain, else quoted (``["a.b"]``) so the path stays unambiguous."""
    return key if _PLAIN_KEY.fullmatch(key) else f"[{json.dumps(key)}]"


def json_kind(value: object) -> str:
    """The JSON type of a decoded value, as a message names it."""
    if isinstance(value, Unset):
        return "nothing (the property is missing)"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, (list, tuple)):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return f"a {type(value).__name__}"


def wrong_type(path: str, value: object, expected: str) -> ParseFailure:
    """The failure for ``value`` at ``path`` when the spec declares ``expected`` there."""
    if isinstance(value, Unset):
        return MissingProperty(path, f"required property is missing (expected {expected})")
    return WrongType(path, f"expected {expected}, got {json_kind(value)}")


def bad_value(path: str, value: object, expected: str) -> ParseFailure:
    """The failure for a value of the right JSON type that is not one the spec allows (enum, format, const)."""
    return ParseFailure(path, f"{json_kind(value)} that is not {expected}")


def no_alternative(path: str, failures: Sequence[ParseFailure], expected: str) -> ParseFailure:
    """The failure for a value that matches no alternative of a union (``oneOf``/``anyOf``/nullable).

    The likeliest intended alternative leads the message (its path and problem), the others'
    failures follow: an alternative that failed on a value it found beats one that missed a
    property of its own at the top (the wrong shape altogether), then the one that got deepest into
    the value, then the first declared.
    """

    def _rank(failure: ParseFailure) -> tuple[bool, int]:
        inside = failure.path[len(path) :].lstrip(".")
        depth = inside.count(".") + inside.count("[")
        return (depth > 0 or not isinstance(failure, MissingProperty), depth)

    deepest = max(failures, key=_rank)
    others = "; ".join(str(failure) for failure in failures if failure is not deepest)
    where = path or "(body root)"
    detail = f"{deepest.problem} (the value at {where} matches none of: {expected}"
    return type(deepest)(deepest.path, detail + (f"; also {others})" if others else ")"))


def item_failure(path: str, items: Sequence[Any], parse: Callable[[Any], object]) -> ParseFailure:
    """Locate the first item of ``items`` that ``parse`` rejects and return its failure, located."""
    for index, item in enumerate(items):
        try:
            parse(item)
        except ParseFailure as failure:
            return failure.within(f"{path}[{index}]")
    return ParseFailure(path, "an item failed to parse")


__all__ = ["MissingProperty", "ParseFailure", "UnexpectedStatus", "WrongType"]
