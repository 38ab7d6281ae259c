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
    type_: None | TaxType | Unset = UNSET
    exemption_reason: ExemptionReason | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.exemption_reason import ExemptionReason  # noqa: PLC0415

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

        type_: int | None | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, TaxType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        exemption_reason: dict[str, Any] | None | Unset
        if isinstance(self.exemption_reason, Unset):
            exemption_reason = UNSET
        elif isinstance(self.exemption_reason, ExemptionReason):
            exemption_reason = self.exemption_reason.to_dict()
        else:
            exemption_reason = self.exemption_reason

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

        def _parse_type_(data: object) -> None | TaxType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                type_type_1 = TaxType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaxType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_exemption_reason(data: object) -> ExemptionReason | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                exemption_reason_type_1 = ExemptionReason.from_dict(data)

                return exemption_reason_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExemptionReason | None | Unset, data)

        exemption_reason = _parse_exemption_reason(d.pop("exemption_reason", UNSET))

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
