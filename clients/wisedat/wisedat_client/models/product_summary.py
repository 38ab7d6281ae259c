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
    type_: None | ProductType | Unset = UNSET
    active: bool | None | Unset = UNSET
    """ Whether the product is active. """
    tax: None | Tax | Unset = UNSET
    unit: None | Unit | Unset = UNSET
    categories: list[CategorySummary] | None | Unset = UNSET
    """ Categories of the product, the main one first. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tax import Tax  # noqa: PLC0415
        from ..models.unit import Unit  # noqa: PLC0415

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

        type_: int | None | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ProductType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        tax: dict[str, Any] | None | Unset
        if isinstance(self.tax, Unset):
            tax = UNSET
        elif isinstance(self.tax, Tax):
            tax = self.tax.to_dict()
        else:
            tax = self.tax

        unit: dict[str, Any] | None | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        elif isinstance(self.unit, Unit):
            unit = self.unit.to_dict()
        else:
            unit = self.unit

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

        def _parse_type_(data: object) -> None | ProductType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                type_type_1 = ProductType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProductType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

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

        def _parse_unit(data: object) -> None | Unit | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                unit_type_1 = Unit.from_dict(data)

                return unit_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unit | Unset, data)

        unit = _parse_unit(d.pop("unit", UNSET))

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
