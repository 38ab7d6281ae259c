from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_item_type import OrderItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_item_product import OrderItemProduct
    from ..models.tax import Tax


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
        from ..models.order_item_product import OrderItemProduct  # noqa: PLC0415
        from ..models.tax import Tax  # noqa: PLC0415

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
        from ..models.order_item_product import OrderItemProduct  # noqa: PLC0415
        from ..models.tax import Tax  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_product(data: object) -> None | OrderItemProduct | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_type_1 = OrderItemProduct.from_dict(data)

                return product_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderItemProduct | Unset, data)

        product = _parse_product(d.pop("product", UNSET))

        def _parse_tax(data: object) -> None | Tax | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tax_type_1 = Tax.from_dict(data)

                return tax_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Tax | Unset, data)

        tax = _parse_tax(d.pop("tax", UNSET))

        def _parse_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        def _parse_quantity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        def _parse_discount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        discount = _parse_discount(d.pop("discount", UNSET))

        def _parse_type_(data: object) -> None | OrderItemType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                type_type_1 = OrderItemType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderItemType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_warehouse(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        warehouse = _parse_warehouse(d.pop("warehouse", UNSET))

        order_item = cls(
            product=product,
            tax=tax,
            price=price,
            quantity=quantity,
            discount=discount,
            type_=type_,
            description=description,
            warehouse=warehouse,
        )

        order_item.additional_properties = d
        return order_item

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
