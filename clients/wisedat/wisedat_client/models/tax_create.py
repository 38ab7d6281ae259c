# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.tax_type import TaxType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxCreate")


@_attrs_define
class TaxCreate:
    """A new tax. Types 0 (exempt) and 4 (no deduction) need an exemption reason and a zero value; the other types need a
    non-zero value.

    """

    id: str
    """ Unique identifier of exactly two letters or digits. """
    value: float
    """ Rate, as a percentage between 0 and 100. """
    description: str
    """ Tax name. """
    type_: TaxType
    """ Kind of tax: 0 exempt, 1 reduced, 2 intermediate, 3 normal, 4 no deduction. """
    exemption_reason: str | Unset = UNSET
    """ Exemption reason identifier; mandatory for types 0 and 4. """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        value = self.value

        description = self.description

        type_ = self.type_.value

        exemption_reason = self.exemption_reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "value": value,
                "description": description,
                "type": type_,
            }
        )
        if exemption_reason is not UNSET:
            field_dict["exemption_reason"] = exemption_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        value = d.pop("value")

        description = d.pop("description")

        type_ = TaxType(d.pop("type"))

        exemption_reason = d.pop("exemption_reason", UNSET)

        tax_create = cls(
            id=id,
            value=value,
            description=description,
            type_=type_,
            exemption_reason=exemption_reason,
        )

        return tax_create
