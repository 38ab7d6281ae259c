# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductSupplierInput")


@_attrs_define
class ProductSupplierInput:
    """A supplier to attach to a product."""

    id: int
    """ Supplier identifier. """
    cost_price: float | Unset = UNSET
    """ Purchase price; zero or more. """
    unit: str | Unset = UNSET
    """ Purchase unit identifier; must be related to the product's unit. When omitted the product's unit is used.
    """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        cost_price = self.cost_price

        unit = self.unit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if cost_price is not UNSET:
            field_dict["cost_price"] = cost_price
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (ProductSupplierInput)")
        obj = cls.__new__(cls)
        v = src_dict.get("id", UNSET)
        if not (type(v) is int):
            raise errors.wrong_type("id", v, "an integer")
        obj.id = v
        v = src_dict.get("cost_price", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("cost_price", v, "a number")
        obj.cost_price = v
        v = src_dict.get("unit", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("unit", v, "a string")
        obj.unit = v
        return obj
