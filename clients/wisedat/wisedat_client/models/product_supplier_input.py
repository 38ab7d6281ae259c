# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

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
        d = dict(src_dict)
        id = d.pop("id")

        cost_price = d.pop("cost_price", UNSET)

        unit = d.pop("unit", UNSET)

        product_supplier_input = cls(
            id=id,
            cost_price=cost_price,
            unit=unit,
        )

        return product_supplier_input
