from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
    name: None | str | Unset = UNSET
    """ Unique product name. """
    description: None | str | Unset = UNSET
    """ Product description. """
    barcode: None | str | Unset = UNSET
    """ Barcode. """
    image: None | str | Unset = UNSET
    """ Main image, Base64-encoded. """
    price: float | None | Unset = UNSET
    """ Sale price. """
    current_stock: float | None | Unset = UNSET
    """ Quantity in stock. """
    type_: ProductType | Unset = UNSET
    """ Kind of product: 1 merchandise, 2 service. """
    active: bool | None | Unset = UNSET
    """ Whether the product is active. """
    tax: Tax | Unset = UNSET
    """ A tax rate. """
    unit: Unit | Unset = UNSET
    """ A unit of measure. """
    categories: list[CategorySummary] | None | Unset = UNSET
    """ Categories of the product, the main one first. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        barcode: None | str | Unset
        if isinstance(self.barcode, Unset):
            barcode = UNSET
        else:
            barcode = self.barcode

        image: None | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        price: float | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        current_stock: float | None | Unset
        if isinstance(self.current_stock, Unset):
            current_stock = UNSET
        else:
            current_stock = self.current_stock

        type_: int | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax, Unset):
            tax = self.tax.to_dict()

        unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.to_dict()

        categories: list[dict[str, Any]] | None | Unset
        if isinstance(self.categories, Unset):
            categories = UNSET
        elif isinstance(self.categories, list):
            categories = []
            for categories_type_0_item_data in self.categories:
                categories_type_0_item = categories_type_0_item_data.to_dict()
                categories.append(categories_type_0_item)

        else:
            categories = self.categories

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

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_barcode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        barcode = _parse_barcode(d.pop("barcode", UNSET))

        def _parse_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image = _parse_image(d.pop("image", UNSET))

        def _parse_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        def _parse_current_stock(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        current_stock = _parse_current_stock(d.pop("current_stock", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: ProductType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ProductType(_type_)

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

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

        def _parse_categories(data: object) -> list[CategorySummary] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                categories_type_0 = []
                _categories_type_0 = data
                for categories_type_0_item_data in _categories_type_0:
                    categories_type_0_item = CategorySummary.from_dict(categories_type_0_item_data)

                    categories_type_0.append(categories_type_0_item)

                return categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CategorySummary] | None | Unset, data)

        categories = _parse_categories(d.pop("categories", UNSET))

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
