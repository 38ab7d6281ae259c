# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.tax_type import TaxType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxUpdate")


@_attrs_define
class TaxUpdate:
    """Changes to an existing tax; only `id` is mandatory."""

    id: str
    """ Identifier of the tax to change. """
    value: float | Unset = UNSET
    """ Rate, as a percentage between 0 and 100. """
    description: str | Unset = UNSET
    """ Tax name. """
    type_: TaxType | Unset = UNSET
    """ Kind of tax: 0 exempt, 1 reduced, 2 intermediate, 3 normal, 4 no deduction. """
    exemption_reason: str | Unset = UNSET
    """ Exemption reason identifier; mandatory for types 0 and 4. """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        value = self.value

        description = self.description

        type_: int | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        exemption_reason = self.exemption_reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if exemption_reason is not UNSET:
            field_dict["exemption_reason"] = exemption_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        value = d.pop("value", UNSET)

        description = d.pop("description", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: TaxType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TaxType(_type_)

        exemption_reason = d.pop("exemption_reason", UNSET)

        tax_update = cls(
            id=id,
            value=value,
            description=description,
            type_=type_,
            exemption_reason=exemption_reason,
        )

        return tax_update
