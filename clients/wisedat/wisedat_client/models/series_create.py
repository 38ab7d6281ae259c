# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SeriesCreate")


@_attrs_define
class SeriesCreate:
    """A new document series."""

    id: str
    """ Unique identifier of exactly five letters or digits. """
    description: str
    """ Series name. """
    vat_cash_system: bool | Unset = False
    """ Whether the series follows the VAT cash accounting scheme. """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        vat_cash_system = self.vat_cash_system

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "description": description,
            }
        )
        if vat_cash_system is not UNSET:
            field_dict["vat_cash_system"] = vat_cash_system

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        description = d.pop("description")

        vat_cash_system = d.pop("vat_cash_system", UNSET)

        series_create = cls(
            id=id,
            description=description,
            vat_cash_system=vat_cash_system,
        )

        return series_create
