# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_type import ProductType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.category_summary import CategorySummary
    from ..models.tax import Tax
    from ..models.unit import Unit


T = TypeVar("T", bound="ProductSummary")


@_attrs_define
class ProductSummary:
    """A product as it appears in a list."""

    id: int
    """ Product identifier. """
    name: str | Unset = UNSET
    """ Unique product name. """
    description: str | Unset = UNSET
    """ Product description. """
    barcode: str | Unset = UNSET
    """ Barcode. """
    image: str | Unset = UNSET
    """ Main image, Base64-encoded. """
    price: float | Unset = UNSET
    """ Sale price. """
    current_stock: float | Unset = UNSET
    """ Quantity in stock. """
    type_: ProductType | Unset = UNSET
    """ Kind of product: 1 merchandise, 2 service. """
    active: bool | Unset = UNSET
    """ Whether the product is active. """
    tax: Tax | Unset = UNSET
    """ A tax rate. """
    unit: Unit | Unset = UNSET
    """ A unit of measure. """
    categories: list[CategorySummary] | Unset = UNSET
    """ Categories of the product, the main one first. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        barcode = self.barcode

        image = self.image

        price = self.price

        current_stock = self.current_stock

        type_: int | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        active = self.active

        tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax, Unset):
            tax = self.tax.to_dict()

        unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.to_dict()

        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if image is not UNSET:
            field_dict["image"] = image
        if price is not UNSET:
            field_dict["price"] = price
        if current_stock is not UNSET:
            field_dict["current_stock"] = current_stock
        if type_ is not UNSET:
            field_dict["type"] = type_
        if active is not UNSET:
            field_dict["active"] = active
        if tax is not UNSET:
            field_dict["tax"] = tax
        if unit is not UNSET:
            field_dict["unit"] = unit
        if categories is not UNSET:
            field_dict["categories"] = categories

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.category_summary import CategorySummary  # noqa: PLC0415
        from ..models.tax import Tax  # noqa: PLC0415
        from ..models.unit import Unit  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        barcode = d.pop("barcode", UNSET)

        image = d.pop("image", UNSET)

        price = d.pop("price", UNSET)

        current_stock = d.pop("current_stock", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ProductType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ProductType(_type_)

        active = d.pop("active", UNSET)

        _tax = d.pop("tax", UNSET)
        tax: Tax | Unset
        if isinstance(_tax, Unset):
            tax = UNSET
        else:
            tax = Tax.from_dict(_tax)

        _unit = d.pop("unit", UNSET)
        unit: Unit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = Unit.from_dict(_unit)

        _categories = d.pop("categories", UNSET)
        categories: list[CategorySummary] | Unset = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:
                categories_item = CategorySummary.from_dict(categories_item_data)

                categories.append(categories_item)

        product_summary = cls(
            id=id,
            name=name,
            description=description,
            barcode=barcode,
            image=image,
            price=price,
            current_stock=current_stock,
            type_=type_,
            active=active,
            tax=tax,
            unit=unit,
            categories=categories,
        )

        product_summary.additional_properties = d
        return product_summary

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
