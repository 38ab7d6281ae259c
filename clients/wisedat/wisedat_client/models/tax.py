from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_type import TaxType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.exemption_reason import ExemptionReason


T = TypeVar("T", bound="Tax")


@_attrs_define
class Tax:
    """A tax rate."""

    id: str
    """ Tax identifier (two characters). """
    value: float | None | Unset = UNSET
    """ Rate, as a percentage. """
    description: None | str | Unset = UNSET
    """ Tax name. """
    type_: TaxType | Unset = UNSET
    """ Kind of tax: 0 exempt, 1 reduced, 2 intermediate, 3 normal, 4 no deduction. """
    exemption_reason: ExemptionReason | Unset = UNSET
    """ A reason for tax exemption. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        value: float | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        type_: int | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        exemption_reason: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exemption_reason, Unset):
            exemption_reason = self.exemption_reason.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        from ..models.exemption_reason import ExemptionReason  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: TaxType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TaxType(_type_)

        _exemption_reason = d.pop("exemption_reason", UNSET)
        exemption_reason: ExemptionReason | Unset
        if isinstance(_exemption_reason, Unset):
            exemption_reason = UNSET
        else:
            exemption_reason = ExemptionReason.from_dict(_exemption_reason)

        tax = cls(
            id=id,
            value=value,
            description=description,
            type_=type_,
            exemption_reason=exemption_reason,
        )

        tax.additional_properties = d
        return tax

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
