# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .. import errors
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (OrderItemInput)")
        obj = cls.__new__(cls)
        v = src_dict.get("id", UNSET)
        if not (type(v) is int) and v is not UNSET:
            raise errors.wrong_type("id", v, "an integer")
        obj.id = v
        v = src_dict.get("description", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("description", v, "a string")
        obj.description = v
        v = src_dict.get("tax", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("tax", v, "a string")
        obj.tax = v
        v = src_dict.get("price", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("price", v, "a number")
        obj.price = v
        v = src_dict.get("quantity", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("quantity", v, "a number")
        obj.quantity = v
        v = src_dict.get("discount", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("discount", v, "a number")
        obj.discount = v
        v = src_dict.get("type", UNSET)
        if v is UNSET:
            obj.type_ = UNSET
        else:
            if type(v) is not int:
                raise errors.wrong_type("type", v, "an integer (OrderItemType)")
            _m_type_ = _OrderItemType_by_value.get(v)
            if _m_type_ is None:
                raise errors.bad_value("type", v, "a OrderItemType value")
            obj.type_ = _m_type_

        v = src_dict.get("warehouse", UNSET)
        if not (type(v) is int) and v is not UNSET:
            raise errors.wrong_type("warehouse", v, "an integer")
        obj.warehouse = v
        return obj


_OrderItemType_by_value = cast(dict[Any, OrderItemType], OrderItemType._value2member_map_)
