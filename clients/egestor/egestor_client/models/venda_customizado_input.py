# generated from specs/egestor.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="VendaCustomizadoInput")


@_attrs_define
class VendaCustomizadoInput:
    """Values to store in the account's custom sale fields (up to four)."""

    x_campo_1: str | Unset = UNSET
    """ Value of custom field 1. """
    x_campo_2: str | Unset = UNSET
    """ Value of custom field 2. """
    x_campo_3: str | Unset = UNSET
    """ Value of custom field 3. """
    x_campo_4: str | Unset = UNSET
    """ Value of custom field 4. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x_campo_1 = self.x_campo_1

        x_campo_2 = self.x_campo_2

        x_campo_3 = self.x_campo_3

        x_campo_4 = self.x_campo_4

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if x_campo_1 is not UNSET:
            field_dict["xCampo1"] = x_campo_1
        if x_campo_2 is not UNSET:
            field_dict["xCampo2"] = x_campo_2
        if x_campo_3 is not UNSET:
            field_dict["xCampo3"] = x_campo_3
        if x_campo_4 is not UNSET:
            field_dict["xCampo4"] = x_campo_4

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (VendaCustomizadoInput)")
        obj = cls.__new__(cls)
        v = src_dict.get("xCampo1", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("xCampo1", v, "a string")
        obj.x_campo_1 = v
        v = src_dict.get("xCampo2", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("xCampo2", v, "a string")
        obj.x_campo_2 = v
        v = src_dict.get("xCampo3", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("xCampo3", v, "a string")
        obj.x_campo_3 = v
        v = src_dict.get("xCampo4", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("xCampo4", v, "a string")
        obj.x_campo_4 = v
        if _VendaCustomizadoInput_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _VendaCustomizadoInput_keys}
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


_VendaCustomizadoInput_keys = frozenset(
    (
        "xCampo1",
        "xCampo2",
        "xCampo3",
        "xCampo4",
    )
)
