# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .. import errors
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (TaxCreate)")
        obj = cls.__new__(cls)
        v = src_dict.get("id", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("id", v, "a string")
        obj.id = v
        v = src_dict.get("value", UNSET)
        if not (type(v) is float or type(v) is int):
            raise errors.wrong_type("value", v, "a number")
        obj.value = v
        v = src_dict.get("description", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("description", v, "a string")
        obj.description = v
        v = src_dict.get("type", UNSET)
        if type(v) is not int:
            raise errors.wrong_type("type", v, "an integer (TaxType)")
        _m_type_ = _TaxType_by_value.get(v)
        if _m_type_ is None:
            raise errors.bad_value("type", v, "a TaxType value")
        obj.type_ = _m_type_

        v = src_dict.get("exemption_reason", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("exemption_reason", v, "a string")
        obj.exemption_reason = v
        return obj


_TaxType_by_value = cast(dict[Any, TaxType], TaxType._value2member_map_)
