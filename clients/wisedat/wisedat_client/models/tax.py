# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..models.tax_type import TaxType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Tax")


@_attrs_define
class Tax:
    """A tax rate."""

    id: str
    """ Tax identifier (two characters). """
    value: float | Unset = UNSET
    """ Rate, as a percentage. """
    description: str | Unset = UNSET
    """ Tax name. """
    type_: TaxType | Unset = UNSET
    """ Kind of tax: 0 exempt, 1 reduced, 2 intermediate, 3 normal, 4 no deduction. """
    exemption_reason: ExemptionReason | Unset = UNSET
    """ A reason for tax exemption. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        value = self.value

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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (Tax)")
        d = dict(src_dict)
        obj = cls.__new__(cls)
        v = d.pop("id", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("id", v, "a string")
        obj.id = v
        v = d.pop("value", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("value", v, "a number")
        obj.value = v
        v = d.pop("description", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("description", v, "a string")
        obj.description = v
        v = d.pop("type", UNSET)
        if v is UNSET:
            obj.type_ = UNSET
        else:
            if type(v) is not int:
                raise errors.wrong_type("type", v, "an integer (TaxType)")
            _m_type_ = TaxType._value2member_map_.get(v)
            if _m_type_ is None:
                raise errors.bad_value("type", v, "a TaxType value")
            obj.type_ = cast(TaxType, _m_type_)
        v = d.pop("exemption_reason", UNSET)
        if v is UNSET:
            obj.exemption_reason = UNSET
        else:
            try:
                obj.exemption_reason = ExemptionReason.from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("exemption_reason")
        obj.additional_properties = d if d else {}
        return obj

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


from ..models.exemption_reason import ExemptionReason  # noqa: E402  (after the class: import cycles between models resolve)
