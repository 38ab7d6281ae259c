# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..models.order_item_type import OrderItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderItem")


@_attrs_define
class OrderItem:
    """One line of an order."""

    product: OrderItemProduct | Unset = UNSET
    """ The product an order line refers to. """
    tax: Tax | Unset = UNSET
    """ A tax rate. """
    price: float | Unset = UNSET
    """ Unit price. """
    quantity: float | Unset = UNSET
    """ Quantity. """
    discount: float | Unset = UNSET
    """ Line discount, as a percentage. """
    type_: OrderItemType | Unset = UNSET
    """ Kind of order line: 1 merchandise or service, 2 postage, 3 adjustment, 4 value discount on
    merchandise/service, 5 other value discount, 6 notes. """
    description: str | Unset = UNSET
    """ Line text. """
    warehouse: int | Unset = UNSET
    """ Warehouse identifier. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax, Unset):
            tax = self.tax.to_dict()

        price = self.price

        quantity = self.quantity

        discount = self.discount

        type_: int | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        description = self.description

        warehouse = self.warehouse

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product is not UNSET:
            field_dict["product"] = product
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
        if description is not UNSET:
            field_dict["description"] = description
        if warehouse is not UNSET:
            field_dict["warehouse"] = warehouse

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (OrderItem)")
        d = dict(src_dict)
        obj = cls.__new__(cls)
        v = d.pop("product", UNSET)
        if v is UNSET:
            obj.product = UNSET
        else:
            try:
                obj.product = OrderItemProduct.from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("product")
        v = d.pop("tax", UNSET)
        if v is UNSET:
            obj.tax = UNSET
        else:
            try:
                obj.tax = Tax.from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("tax")
        v = d.pop("price", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("price", v, "a number")
        obj.price = v
        v = d.pop("quantity", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("quantity", v, "a number")
        obj.quantity = v
        v = d.pop("discount", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("discount", v, "a number")
        obj.discount = v
        v = d.pop("type", UNSET)
        if v is UNSET:
            obj.type_ = UNSET
        else:
            if type(v) is not int:
                raise errors.wrong_type("type", v, "an integer (OrderItemType)")
            _m_type_ = OrderItemType._value2member_map_.get(v)
            if _m_type_ is None:
                raise errors.bad_value("type", v, "a OrderItemType value")
            obj.type_ = cast(OrderItemType, _m_type_)
        v = d.pop("description", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("description", v, "a string")
        obj.description = v
        v = d.pop("warehouse", UNSET)
        if not (type(v) is int) and v is not UNSET:
            raise errors.wrong_type("warehouse", v, "an integer")
        obj.warehouse = v
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


from ..models.order_item_product import OrderItemProduct  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.tax import Tax  # noqa: E402  (after the class: import cycles between models resolve)
