# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .. import errors
from ..models.product_type import ProductType
from ..types import UNSET, Unset

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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (ProductUpdate)")
        obj = cls.__new__(cls)
        v = src_dict.get("id", UNSET)
        if not (type(v) is int):
            raise errors.wrong_type("id", v, "an integer")
        obj.id = v
        v = src_dict.get("description", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("description", v, "a string")
        obj.description = v
        v = src_dict.get("barcode", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("barcode", v, "a string")
        obj.barcode = v
        v = src_dict.get("price", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("price", v, "a number")
        obj.price = v
        v = src_dict.get("type", UNSET)
        if v is UNSET:
            obj.type_ = UNSET
        else:
            if type(v) is not int:
                raise errors.wrong_type("type", v, "an integer (ProductType)")
            _m_type_ = _ProductType_by_value.get(v)
            if _m_type_ is None:
                raise errors.bad_value("type", v, "a ProductType value")
            obj.type_ = _m_type_

        v = src_dict.get("tax", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("tax", v, "a string")
        obj.tax = v
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
        v = src_dict.get("suppliers", UNSET)
        if v is UNSET:
            obj.suppliers = UNSET
        else:
            if type(v) is not list:
                raise errors.wrong_type("suppliers", v, "an array")
            _p_suppliers = _ProductSupplierInput_from_dict
            try:
                obj.suppliers = [_p_suppliers(_x0) for _x0 in v] if v else []
            except errors.ParseFailure:
                raise errors.item_failure("suppliers", v, _p_suppliers) from None
        v = src_dict.get("main_supplier", UNSET)
        if not (type(v) is int) and v is not UNSET:
            raise errors.wrong_type("main_supplier", v, "an integer")
        obj.main_supplier = v
        return obj


from ..models.category_ref import CategoryRef  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.product_supplier_input import ProductSupplierInput  # noqa: E402  (after the class: import cycles between models resolve)

_ProductType_by_value = cast(dict[Any, ProductType], ProductType._value2member_map_)
_CategoryRef_from_dict = CategoryRef.from_dict
_ProductSupplierInput_from_dict = ProductSupplierInput.from_dict
