# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

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
        d = dict(src_dict)
        iso_3166_1 = d.pop("iso_3166_1")

        country_code = cls(
            iso_3166_1=iso_3166_1,
        )

        return country_code
