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
    value: float | None | Unset = UNSET
    """ Rate, as a percentage. """
    description: None | str | Unset = UNSET
    """ Tax name. """
    type_: None | TaxType | Unset = UNSET
    exemption_reason: ExemptionReason | None | Unset = UNSET
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (Tax)")
        obj = cls.__new__(cls)
        v = src_dict.get("id", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("id", v, "a string")
        obj.id = v
        v = src_dict.get("value", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("value", v, "a number or null")
        obj.value = v
        v = src_dict.get("description", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("description", v, "a string or null")
        obj.description = v
        v = src_dict.get("type", UNSET)
        if v is None or v is UNSET:
            obj.type_ = v
        else:
            if type(v) is not int:
                raise errors.wrong_type("type", v, "an integer (TaxType)")
            _m_type_ = _TaxType_by_value.get(v)
            if _m_type_ is None:
                raise errors.bad_value("type", v, "a TaxType value")
            obj.type_ = _m_type_

        v = src_dict.get("exemption_reason", UNSET)
        if v is None or v is UNSET:
            obj.exemption_reason = v
        else:
            try:
                obj.exemption_reason = _ExemptionReason_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("exemption_reason")

        if _Tax_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _Tax_keys}
            obj.additional_properties = d
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

_TaxType_by_value = cast(dict[Any, TaxType], TaxType._value2member_map_)
_ExemptionReason_from_dict = ExemptionReason.from_dict

_Tax_keys = frozenset(
    (
        "id",
        "value",
        "description",
        "type",
        "exemption_reason",
    )
)
