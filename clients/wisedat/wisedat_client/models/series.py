# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Series")


@_attrs_define
class Series:
    """A document series."""

    id: str
    """ Series identifier (five characters). """
    description: str | Unset = UNSET
    """ Series name. """
    vat_cash_system: bool | Unset = UNSET
    """ Whether the series follows the VAT cash accounting scheme (IVA de caixa). """
    active: bool | Unset = UNSET
    """ Whether the series is active. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        vat_cash_system = self.vat_cash_system

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if vat_cash_system is not UNSET:
            field_dict["vat_cash_system"] = vat_cash_system
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        description = d.pop("description", UNSET)

        vat_cash_system = d.pop("vat_cash_system", UNSET)

        active = d.pop("active", UNSET)

        series = cls(
            id=id,
            description=description,
            vat_cash_system=vat_cash_system,
            active=active,
        )

        series.additional_properties = d
        return series

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
