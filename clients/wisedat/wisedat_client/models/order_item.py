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

    product: None | OrderItemProduct | Unset = UNSET
    tax: None | Tax | Unset = UNSET
    price: float | None | Unset = UNSET
    """ Unit price. """
    quantity: float | None | Unset = UNSET
    """ Quantity. """
    discount: float | None | Unset = UNSET
    """ Line discount, as a percentage. """
    type_: None | OrderItemType | Unset = UNSET
    description: None | str | Unset = UNSET
    """ Line text. """
    warehouse: int | None | Unset = UNSET
    """ Warehouse identifier. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product: dict[str, Any] | None | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        elif isinstance(self.product, OrderItemProduct):
            product = self.product.to_dict()
        else:
            product = self.product

        tax: dict[str, Any] | None | Unset
        if isinstance(self.tax, Unset):
            tax = UNSET
        elif isinstance(self.tax, Tax):
            tax = self.tax.to_dict()
        else:
            tax = self.tax

        price: float | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        quantity: float | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        discount: float | None | Unset
        if isinstance(self.discount, Unset):
            discount = UNSET
        else:
            discount = self.discount

        type_: int | None | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, OrderItemType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        warehouse: int | None | Unset
        if isinstance(self.warehouse, Unset):
            warehouse = UNSET
        else:
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
        obj = cls.__new__(cls)
        v = src_dict.get("product", UNSET)
        if v is None or v is UNSET:
            obj.product = v
        else:
            try:
                obj.product = _OrderItemProduct_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("product")

        v = src_dict.get("tax", UNSET)
        if v is None or v is UNSET:
            obj.tax = v
        else:
            try:
                obj.tax = _Tax_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("tax")

        v = src_dict.get("price", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("price", v, "a number or null")
        obj.price = v
        v = src_dict.get("quantity", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("quantity", v, "a number or null")
        obj.quantity = v
        v = src_dict.get("discount", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("discount", v, "a number or null")
        obj.discount = v
        v = src_dict.get("type", UNSET)
        if v is None or v is UNSET:
            obj.type_ = v
        else:
            if type(v) is not int:
                raise errors.wrong_type("type", v, "an integer (OrderItemType)")
            _m_type_ = _OrderItemType_by_value.get(v)
            if _m_type_ is None:
                raise errors.bad_value("type", v, "a OrderItemType value")
            obj.type_ = _m_type_

        v = src_dict.get("description", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("description", v, "a string or null")
        obj.description = v
        v = src_dict.get("warehouse", UNSET)
        if not (type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("warehouse", v, "an integer or null")
        obj.warehouse = v
        if _OrderItem_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _OrderItem_keys}
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


from ..models.order_item_product import OrderItemProduct  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.tax import Tax  # noqa: E402  (after the class: import cycles between models resolve)

_OrderItemType_by_value = cast(dict[Any, OrderItemType], OrderItemType._value2member_map_)
_OrderItemProduct_from_dict = OrderItemProduct.from_dict
_Tax_from_dict = Tax.from_dict

_OrderItem_keys = frozenset(
    (
        "product",
        "tax",
        "price",
        "quantity",
        "discount",
        "type",
        "description",
        "warehouse",
    )
)
