# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import errors
from ..types import UNSET

T = TypeVar("T", bound="CountryCode")


@_attrs_define
class CountryCode:
    """Reference to a country by its code."""

    iso_3166_1: str
    """ ISO 3166-1 code of the country. """

    def to_dict(self) -> dict[str, Any]:
        iso_3166_1 = self.iso_3166_1

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "iso_3166_1": iso_3166_1,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (CountryCode)")
        obj = cls.__new__(cls)
        v = src_dict.get("iso_3166_1", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("iso_3166_1", v, "a string")
        obj.iso_3166_1 = v
        return obj
