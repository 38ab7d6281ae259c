# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..models.product_type import ProductType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderItemProduct")


@_attrs_define
class OrderItemProduct:
    """The product an order line refers to."""

    id: int
    """ Product identifier. """
    name: None | str | Unset = UNSET
    """ Unique product name. """
    barcode: None | str | Unset = UNSET
    """ Barcode. """
    type_: None | ProductType | Unset = UNSET
    unit: None | Unit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        barcode: None | str | Unset
        if isinstance(self.barcode, Unset):
            barcode = UNSET
        else:
            barcode = self.barcode

        type_: int | None | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ProductType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        unit: dict[str, Any] | None | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        elif isinstance(self.unit, Unit):
            unit = self.unit.to_dict()
        else:
            unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if type_ is not UNSET:
            field_dict["type"] = type_
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (OrderItemProduct)")
        obj = cls.__new__(cls)
        v = src_dict.get("id", UNSET)
        if not (type(v) is int):
            raise errors.wrong_type("id", v, "an integer")
        obj.id = v
        v = src_dict.get("name", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("name", v, "a string or null")
        obj.name = v
        v = src_dict.get("barcode", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("barcode", v, "a string or null")
        obj.barcode = v
        v = src_dict.get("type", UNSET)
        if v is None or v is UNSET:
            obj.type_ = v
        else:
            if type(v) is not int:
                raise errors.wrong_type("type", v, "an integer (ProductType)")
            _m_type_ = _ProductType_by_value.get(v)
            if _m_type_ is None:
                raise errors.bad_value("type", v, "a ProductType value")
            obj.type_ = _m_type_

        v = src_dict.get("unit", UNSET)
        if v is None or v is UNSET:
            obj.unit = v
        else:
            try:
                obj.unit = _Unit_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("unit")

        if _OrderItemProduct_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _OrderItemProduct_keys}
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


from ..models.unit import Unit  # noqa: E402  (after the class: import cycles between models resolve)

_ProductType_by_value = cast(dict[Any, ProductType], ProductType._value2member_map_)
_Unit_from_dict = Unit.from_dict

_OrderItemProduct_keys = frozenset(
    (
        "id",
        "name",
        "barcode",
        "type",
        "unit",
    )
)
