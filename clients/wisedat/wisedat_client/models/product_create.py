# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.product_type import ProductType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.category_ref import CategoryRef


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
        from ..models.category_ref import CategoryRef  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        price = d.pop("price")

        type_ = ProductType(d.pop("type"))

        barcode = d.pop("barcode", UNSET)

        tax = d.pop("tax", UNSET)

        unit = d.pop("unit", UNSET)

        warehouse = d.pop("warehouse", UNSET)

        brief_description = d.pop("brief_description", UNSET)

        commercial_description = d.pop("commercial_description", UNSET)

        notes = d.pop("notes", UNSET)

        _categories = d.pop("categories", UNSET)
        categories: list[CategoryRef] | Unset = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:
                categories_item = CategoryRef.from_dict(categories_item_data)

                categories.append(categories_item)

        product_create = cls(
            name=name,
            description=description,
            price=price,
            type_=type_,
            barcode=barcode,
            tax=tax,
            unit=unit,
            warehouse=warehouse,
            brief_description=brief_description,
            commercial_description=commercial_description,
            notes=notes,
            categories=categories,
        )

        return product_create
