# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductStock")


@_attrs_define
class ProductStock:
    """Stock of a product at one warehouse, location and lot."""

    id_warehouse: int | None | Unset = UNSET
    """ Warehouse identifier. """
    id_location: int | None | Unset = UNSET
    """ Location identifier within the warehouse. """
    id_lot: int | None | Unset = UNSET
    """ Lot identifier. """
    current_stock: float | None | Unset = UNSET
    """ Quantity in stock. """
    reserved_stock: float | None | Unset = UNSET
    """ Quantity reserved. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_warehouse: int | None | Unset
        if isinstance(self.id_warehouse, Unset):
            id_warehouse = UNSET
        else:
            id_warehouse = self.id_warehouse

        id_location: int | None | Unset
        if isinstance(self.id_location, Unset):
            id_location = UNSET
        else:
            id_location = self.id_location

        id_lot: int | None | Unset
        if isinstance(self.id_lot, Unset):
            id_lot = UNSET
        else:
            id_lot = self.id_lot

        current_stock: float | None | Unset
        if isinstance(self.current_stock, Unset):
            current_stock = UNSET
        else:
            current_stock = self.current_stock

        reserved_stock: float | None | Unset
        if isinstance(self.reserved_stock, Unset):
            reserved_stock = UNSET
        else:
            reserved_stock = self.reserved_stock

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id_warehouse is not UNSET:
            field_dict["id_warehouse"] = id_warehouse
        if id_location is not UNSET:
            field_dict["id_location"] = id_location
        if id_lot is not UNSET:
            field_dict["id_lot"] = id_lot
        if current_stock is not UNSET:
            field_dict["current_stock"] = current_stock
        if reserved_stock is not UNSET:
            field_dict["reserved_stock"] = reserved_stock

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (ProductStock)")
        obj = cls.__new__(cls)
        v = src_dict.get("id_warehouse", UNSET)
        if not (type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("id_warehouse", v, "an integer or null")
        obj.id_warehouse = v
        v = src_dict.get("id_location", UNSET)
        if not (type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("id_location", v, "an integer or null")
        obj.id_location = v
        v = src_dict.get("id_lot", UNSET)
        if not (type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("id_lot", v, "an integer or null")
        obj.id_lot = v
        v = src_dict.get("current_stock", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("current_stock", v, "a number or null")
        obj.current_stock = v
        v = src_dict.get("reserved_stock", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("reserved_stock", v, "a number or null")
        obj.reserved_stock = v
        if _ProductStock_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ProductStock_keys}
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


_ProductStock_keys = frozenset(
    (
        "id_warehouse",
        "id_location",
        "id_lot",
        "current_stock",
        "reserved_stock",
    )
)
