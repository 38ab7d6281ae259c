# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.order_item_type import OrderItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderItemInput")


@_attrs_define
class OrderItemInput:
    """One order line. `id`, `discount` and `warehouse` only count for type 1. A tax is needed for types 4 and 5 (type 1
    falls back to the product's tax; other types ignore it). Price is needed for types 2 to 5 and quantity for type 1
    (others default to 1). A type 6 line without a description is dropped.

    """

    id: int | Unset = UNSET
    """ Product identifier (type 1 lines). """
    description: str | Unset = UNSET
    """ Line text; a default text is used when omitted. """
    tax: str | Unset = UNSET
    """ Tax identifier. """
    price: float | Unset = UNSET
    """ Unit price; greater than zero. """
    quantity: float | Unset = UNSET
    """ Quantity; greater than zero. """
    discount: float | Unset = UNSET
    """ Line discount, as a percentage between 0 and 100 (type 1 lines). """
    type_: OrderItemType | Unset = UNSET
    """ Kind of order line: 1 merchandise or service, 2 postage, 3 adjustment, 4 value discount on
    merchandise/service, 5 other value discount, 6 notes. """
    warehouse: int | Unset = UNSET
    """ Warehouse identifier (type 1 lines). """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        tax = self.tax

        price = self.price

        quantity = self.quantity

        discount = self.discount

        type_: int | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        warehouse = self.warehouse

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if tax is not UNSET:
            field_dict["tax"] = tax
        if price is not UNSET:
            field_dict["price"] = price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if discount is not UNSET:
            field_dict["discount"] = discount
        if type_ is not UNSET:
            field_dict["type"] = type_
        if warehouse is not UNSET:
            field_dict["warehouse"] = warehouse

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        tax = d.pop("tax", UNSET)

        price = d.pop("price", UNSET)

        quantity = d.pop("quantity", UNSET)

        discount = d.pop("discount", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: OrderItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = OrderItemType(_type_)

        warehouse = d.pop("warehouse", UNSET)

        order_item_input = cls(
            id=id,
            description=description,
            tax=tax,
            price=price,
            quantity=quantity,
            discount=discount,
            type_=type_,
            warehouse=warehouse,
        )

        return order_item_input
