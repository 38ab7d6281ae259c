# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.product_type import ProductType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.category_ref import CategoryRef
    from ..models.product_supplier_input import ProductSupplierInput


T = TypeVar("T", bound="ProductUpdate")


@_attrs_define
class ProductUpdate:
    """Changes to an existing product; only `id` is mandatory."""

    id: int
    """ Identifier of the product to change. """
    description: str | Unset = UNSET
    """ Product description. """
    barcode: str | Unset = UNSET
    """ Barcode; must be unique. """
    price: float | Unset = UNSET
    """ Sale price; zero or more. """
    type_: ProductType | Unset = UNSET
    """ Kind of product: 1 merchandise, 2 service. """
    tax: str | Unset = UNSET
    """ Tax identifier. """
    warehouse: int | Unset = UNSET
    """ Warehouse identifier. """
    brief_description: str | Unset = UNSET
    """ Short description. """
    commercial_description: str | Unset = UNSET
    """ Description used for marketing. """
    notes: str | Unset = UNSET
    """ Free notes. """
    categories: list[CategoryRef] | Unset = UNSET
    """ Replaces all categories; the first one is the main category. """
    suppliers: list[ProductSupplierInput] | Unset = UNSET
    """ Replaces all suppliers. """
    main_supplier: int | Unset = UNSET
    """ Identifier of the main supplier; it must be among `suppliers` when those are sent, otherwise among the
    product's current suppliers. """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        barcode = self.barcode

        price = self.price

        type_: int | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        tax = self.tax

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

        suppliers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.suppliers, Unset):
            suppliers = []
            for suppliers_item_data in self.suppliers:
                suppliers_item = suppliers_item_data.to_dict()
                suppliers.append(suppliers_item)

        main_supplier = self.main_supplier

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if price is not UNSET:
            field_dict["price"] = price
        if type_ is not UNSET:
            field_dict["type"] = type_
        if tax is not UNSET:
            field_dict["tax"] = tax
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
        if suppliers is not UNSET:
            field_dict["suppliers"] = suppliers
        if main_supplier is not UNSET:
            field_dict["main_supplier"] = main_supplier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.category_ref import CategoryRef  # noqa: PLC0415
        from ..models.product_supplier_input import ProductSupplierInput  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        description = d.pop("description", UNSET)

        barcode = d.pop("barcode", UNSET)

        price = d.pop("price", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ProductType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ProductType(_type_)

        tax = d.pop("tax", UNSET)

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

        _suppliers = d.pop("suppliers", UNSET)
        suppliers: list[ProductSupplierInput] | Unset = UNSET
        if _suppliers is not UNSET:
            suppliers = []
            for suppliers_item_data in _suppliers:
                suppliers_item = ProductSupplierInput.from_dict(suppliers_item_data)

                suppliers.append(suppliers_item)

        main_supplier = d.pop("main_supplier", UNSET)

        product_update = cls(
            id=id,
            description=description,
            barcode=barcode,
            price=price,
            type_=type_,
            tax=tax,
            warehouse=warehouse,
            brief_description=brief_description,
            commercial_description=commercial_description,
            notes=notes,
            categories=categories,
            suppliers=suppliers,
            main_supplier=main_supplier,
        )

        return product_update
