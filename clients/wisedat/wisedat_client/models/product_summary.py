# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..models.product_type import ProductType
from ..types import UNSET, Unset

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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (ProductSummary)")
        obj = cls.__new__(cls)
        v = src_dict.get("id", UNSET)
        if not (type(v) is int):
            raise errors.wrong_type("id", v, "an integer")
        obj.id = v
        v = src_dict.get("name", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("name", v, "a string or null")
        obj.name = v
        v = src_dict.get("description", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("description", v, "a string or null")
        obj.description = v
        v = src_dict.get("barcode", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("barcode", v, "a string or null")
        obj.barcode = v
        v = src_dict.get("image", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("image", v, "a string or null")
        obj.image = v
        v = src_dict.get("price", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("price", v, "a number or null")
        obj.price = v
        v = src_dict.get("current_stock", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("current_stock", v, "a number or null")
        obj.current_stock = v
        v = src_dict.get("type", UNSET)
        if v is None or v is UNSET:
            obj.type_ = v
        else:
            if type(v) is not int:
                raise errors.wrong_type("type", v, "an integer (ProductType)")
            _m_type_ = _ProductType_by_value.get(v)
            if _m_type_ is None:
                raise errors.bad_value("type", v, "a ProductType value")
            obj.type_ = _m_type_

        v = src_dict.get("active", UNSET)
        if not (type(v) is bool or v is None or v is UNSET):
            raise errors.wrong_type("active", v, "a boolean or null")
        obj.active = v
        v = src_dict.get("tax", UNSET)
        if v is None or v is UNSET:
            obj.tax = v
        else:
            try:
                obj.tax = _Tax_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("tax")

        v = src_dict.get("unit", UNSET)
        if v is None or v is UNSET:
            obj.unit = v
        else:
            try:
                obj.unit = _Unit_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("unit")

        v = src_dict.get("categories", UNSET)
        if v is None or v is UNSET:
            obj.categories = v
        else:
            if type(v) is not list:
                raise errors.wrong_type("categories", v, "an array")
            _p_categories = _CategorySummary_from_dict
            try:
                obj.categories = [_p_categories(_x0) for _x0 in v] if v else []
            except errors.ParseFailure:
                raise errors.item_failure("categories", v, _p_categories) from None

        if _ProductSummary_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ProductSummary_keys}
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


from ..models.category_summary import CategorySummary  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.tax import Tax  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.unit import Unit  # noqa: E402  (after the class: import cycles between models resolve)

_ProductType_by_value = cast(dict[Any, ProductType], ProductType._value2member_map_)
_CategorySummary_from_dict = CategorySummary.from_dict
_Tax_from_dict = Tax.from_dict
_Unit_from_dict = Unit.from_dict

_ProductSummary_keys = frozenset(
    (
        "id",
        "name",
        "description",
        "barcode",
        "image",
        "price",
        "current_stock",
        "type",
        "active",
        "tax",
        "unit",
        "categories",
    )
)
