# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .. import errors
from ..models.product_type import ProductType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCreate")


@_attrs_define
class ProductCreate:
    """A new product."""

    name: str
    """ Unique name made of letters and digits only. """
    description: str
    """ Product description. """
    price: float
    """ Sale price; zero or more. """
    type_: ProductType
    """ Kind of product: 1 merchandise, 2 service. """
    barcode: str | Unset = UNSET
    """ Barcode; must be unique. """
    tax: str | Unset = UNSET
    """ Tax identifier; the suggested tax is used when omitted. """
    unit: str | Unset = UNSET
    """ Unit identifier; the suggested unit is used when omitted. """
    warehouse: int | Unset = UNSET
    """ Warehouse identifier; the suggested warehouse is used when omitted. """
    brief_description: str | Unset = UNSET
    """ Short description. """
    commercial_description: str | Unset = UNSET
    """ Description used for marketing. """
    notes: str | Unset = UNSET
    """ Free notes. """
    categories: list[CategoryRef] | Unset = UNSET
    """ Categories of the product; the first one is the main category. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        price = self.price

        type_ = self.type_.value

        barcode = self.barcode

        tax = self.tax

        unit = self.unit

        warehouse = self.warehouse

        brief_description = self.brief_description

        commercial_description = self.commercial_description

        notes = self.notes

        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "description": description,
                "price": price,
                "type": type_,
            }
        )
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if tax is not UNSET:
            field_dict["tax"] = tax
        if unit is not UNSET:
            field_dict["unit"] = unit
        if warehouse is not UNSET:
            field_dict["warehouse"] = warehouse
        if brief_description is not UNSET:
            field_dict["brief_description"] = brief_description
        if commercial_description is not UNSET:
            field_dict["commercial_description"] = commercial_description
        if notes is not UNSET:
            field_dict["notes"] = notes
        if categories is not UNSET:
            field_dict["categories"] = categories

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (ProductCreate)")
        obj = cls.__new__(cls)
        v = src_dict.get("name", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("name", v, "a string")
        obj.name = v
        v = src_dict.get("description", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("description", v, "a string")
        obj.description = v
        v = src_dict.get("price", UNSET)
        if not (type(v) is float or type(v) is int):
            raise errors.wrong_type("price", v, "a number")
        obj.price = v
        v = src_dict.get("type", UNSET)
        if type(v) is not int:
            raise errors.wrong_type("type", v, "an integer (ProductType)")
        _m_type_ = _ProductType_by_value.get(v)
        if _m_type_ is None:
            raise errors.bad_value("type", v, "a ProductType value")
        obj.type_ = _m_type_

        v = src_dict.get("barcode", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("barcode", v, "a string")
        obj.barcode = v
        v = src_dict.get("tax", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("tax", v, "a string")
        obj.tax = v
        v = src_dict.get("unit", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("unit", v, "a string")
        obj.unit = v
        v = src_dict.get("warehouse", UNSET)
        if not (type(v) is int) and v is not UNSET:
            raise errors.wrong_type("warehouse", v, "an integer")
        obj.warehouse = v
        v = src_dict.get("brief_description", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("brief_description", v, "a string")
        obj.brief_description = v
        v = src_dict.get("commercial_description", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("commercial_description", v, "a string")
        obj.commercial_description = v
        v = src_dict.get("notes", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("notes", v, "a string")
        obj.notes = v
        v = src_dict.get("categories", UNSET)
        if v is UNSET:
            obj.categories = UNSET
        else:
            if type(v) is not list:
                raise errors.wrong_type("categories", v, "an array")
            _p_categories = _CategoryRef_from_dict
            try:
                obj.categories = [_p_categories(_x0) for _x0 in v] if v else []
            except errors.ParseFailure:
                raise errors.item_failure("categories", v, _p_categories) from None
        return obj


from ..models.category_ref import CategoryRef  # noqa: E402  (after the class: import cycles between models resolve)

_ProductType_by_value = cast(dict[Any, ProductType], ProductType._value2member_map_)
_CategoryRef_from_dict = CategoryRef.from_dict
