# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..models.product_type import ProductType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductDetail")


@_attrs_define
class ProductDetail:
    """The full record of one product."""

    id: int
    """ Product identifier. """
    name: None | str | Unset = UNSET
    """ Unique product name. """
    description: None | str | Unset = UNSET
    """ Product description. """
    barcode: None | str | Unset = UNSET
    """ Barcode. """
    brief_description: None | str | Unset = UNSET
    """ Short description. """
    commercial_description: None | str | Unset = UNSET
    """ Description used for marketing. """
    notes: None | str | Unset = UNSET
    """ Free notes. """
    images: list[str] | None | Unset = UNSET
    """ Product images, each Base64-encoded. """
    price: float | None | Unset = UNSET
    """ Sale price. """
    current_stock: float | None | Unset = UNSET
    """ Quantity in stock. """
    type_: None | ProductType | Unset = UNSET
    net_weight: float | None | Unset = UNSET
    """ Net weight. """
    gross_weight: float | None | Unset = UNSET
    """ Gross weight. """
    volume: float | None | Unset = UNSET
    """ Volume. """
    delivery_time: int | None | Unset = UNSET
    """ Delivery time. """
    active: bool | None | Unset = UNSET
    """ Whether the product is active. """
    tax: None | Tax | Unset = UNSET
    unit: None | Unit | Unset = UNSET
    categories: list[CategorySummary] | None | Unset = UNSET
    """ Categories of the product, the main one first. """
    stocks: list[ProductStock] | None | Unset = UNSET
    """ Stock broken down by warehouse, location and lot. """
    suppliers: list[ProductSupplier] | None | Unset = UNSET
    """ Suppliers of the product. """
    main_supplier: None | SupplierSummary | Unset = UNSET
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

        brief_description: None | str | Unset
        if isinstance(self.brief_description, Unset):
            brief_description = UNSET
        else:
            brief_description = self.brief_description

        commercial_description: None | str | Unset
        if isinstance(self.commercial_description, Unset):
            commercial_description = UNSET
        else:
            commercial_description = self.commercial_description

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        images: list[str] | None | Unset
        if isinstance(self.images, Unset):
            images = UNSET
        elif isinstance(self.images, list):
            images = self.images

        else:
            images = self.images

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

        net_weight: float | None | Unset
        if isinstance(self.net_weight, Unset):
            net_weight = UNSET
        else:
            net_weight = self.net_weight

        gross_weight: float | None | Unset
        if isinstance(self.gross_weight, Unset):
            gross_weight = UNSET
        else:
            gross_weight = self.gross_weight

        volume: float | None | Unset
        if isinstance(self.volume, Unset):
            volume = UNSET
        else:
            volume = self.volume

        delivery_time: int | None | Unset
        if isinstance(self.delivery_time, Unset):
            delivery_time = UNSET
        else:
            delivery_time = self.delivery_time

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

        stocks: list[dict[str, Any]] | None | Unset
        if isinstance(self.stocks, Unset):
            stocks = UNSET
        elif isinstance(self.stocks, list):
            stocks = []
            for stocks_type_0_item_data in self.stocks:
                stocks_type_0_item = stocks_type_0_item_data.to_dict()
                stocks.append(stocks_type_0_item)

        else:
            stocks = self.stocks

        suppliers: list[dict[str, Any]] | None | Unset
        if isinstance(self.suppliers, Unset):
            suppliers = UNSET
        elif isinstance(self.suppliers, list):
            suppliers = []
            for suppliers_type_0_item_data in self.suppliers:
                suppliers_type_0_item = suppliers_type_0_item_data.to_dict()
                suppliers.append(suppliers_type_0_item)

        else:
            suppliers = self.suppliers

        main_supplier: dict[str, Any] | None | Unset
        if isinstance(self.main_supplier, Unset):
            main_supplier = UNSET
        elif isinstance(self.main_supplier, SupplierSummary):
            main_supplier = self.main_supplier.to_dict()
        else:
            main_supplier = self.main_supplier

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
        if brief_description is not UNSET:
            field_dict["brief_description"] = brief_description
        if commercial_description is not UNSET:
            field_dict["commercial_description"] = commercial_description
        if notes is not UNSET:
            field_dict["notes"] = notes
        if images is not UNSET:
            field_dict["images"] = images
        if price is not UNSET:
            field_dict["price"] = price
        if current_stock is not UNSET:
            field_dict["current_stock"] = current_stock
        if type_ is not UNSET:
            field_dict["type"] = type_
        if net_weight is not UNSET:
            field_dict["net_weight"] = net_weight
        if gross_weight is not UNSET:
            field_dict["gross_weight"] = gross_weight
        if volume is not UNSET:
            field_dict["volume"] = volume
        if delivery_time is not UNSET:
            field_dict["delivery_time"] = delivery_time
        if active is not UNSET:
            field_dict["active"] = active
        if tax is not UNSET:
            field_dict["tax"] = tax
        if unit is not UNSET:
            field_dict["unit"] = unit
        if categories is not UNSET:
            field_dict["categories"] = categories
        if stocks is not UNSET:
            field_dict["stocks"] = stocks
        if suppliers is not UNSET:
            field_dict["suppliers"] = suppliers
        if main_supplier is not UNSET:
            field_dict["main_supplier"] = main_supplier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (ProductDetail)")
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
        v = src_dict.get("brief_description", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("brief_description", v, "a string or null")
        obj.brief_description = v
        v = src_dict.get("commercial_description", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("commercial_description", v, "a string or null")
        obj.commercial_description = v
        v = src_dict.get("notes", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("notes", v, "a string or null")
        obj.notes = v
        v = src_dict.get("images", UNSET)
        if v is None or v is UNSET:
            obj.images = v
        else:
            if type(v) is not list:
                raise errors.wrong_type("images", v, "an array")
            for _i0, _x0 in enumerate(v):
                if not (type(_x0) is str):
                    raise errors.wrong_type("images" + "[" + str(_i0) + "]", _x0, "a string")
            obj.images = v

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

        v = src_dict.get("net_weight", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("net_weight", v, "a number or null")
        obj.net_weight = v
        v = src_dict.get("gross_weight", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("gross_weight", v, "a number or null")
        obj.gross_weight = v
        v = src_dict.get("volume", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("volume", v, "a number or null")
        obj.volume = v
        v = src_dict.get("delivery_time", UNSET)
        if not (type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("delivery_time", v, "an integer or null")
        obj.delivery_time = v
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

        v = src_dict.get("stocks", UNSET)
        if v is None or v is UNSET:
            obj.stocks = v
        else:
            if type(v) is not list:
                raise errors.wrong_type("stocks", v, "an array")
            _p_stocks = _ProductStock_from_dict
            try:
                obj.stocks = [_p_stocks(_x0) for _x0 in v] if v else []
            except errors.ParseFailure:
                raise errors.item_failure("stocks", v, _p_stocks) from None

        v = src_dict.get("suppliers", UNSET)
        if v is None or v is UNSET:
            obj.suppliers = v
        else:
            if type(v) is not list:
                raise errors.wrong_type("suppliers", v, "an array")
            _p_suppliers = _ProductSupplier_from_dict
            try:
                obj.suppliers = [_p_suppliers(_x0) for _x0 in v] if v else []
            except errors.ParseFailure:
                raise errors.item_failure("suppliers", v, _p_suppliers) from None

        v = src_dict.get("main_supplier", UNSET)
        if v is None or v is UNSET:
            obj.main_supplier = v
        else:
            try:
                obj.main_supplier = _SupplierSummary_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("main_supplier")

        if _ProductDetail_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ProductDetail_keys}
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
from ..models.product_stock import ProductStock  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.product_supplier import ProductSupplier  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.supplier_summary import SupplierSummary  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.tax import Tax  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.unit import Unit  # noqa: E402  (after the class: import cycles between models resolve)

_ProductType_by_value = cast(dict[Any, ProductType], ProductType._value2member_map_)
_CategorySummary_from_dict = CategorySummary.from_dict
_ProductStock_from_dict = ProductStock.from_dict
_ProductSupplier_from_dict = ProductSupplier.from_dict
_SupplierSummary_from_dict = SupplierSummary.from_dict
_Tax_from_dict = Tax.from_dict
_Unit_from_dict = Unit.from_dict

_ProductDetail_keys = frozenset(
    (
        "id",
        "name",
        "description",
        "barcode",
        "brief_description",
        "commercial_description",
        "notes",
        "images",
        "price",
        "current_stock",
        "type",
        "net_weight",
        "gross_weight",
        "volume",
        "delivery_time",
        "active",
        "tax",
        "unit",
        "categories",
        "stocks",
        "suppliers",
        "main_supplier",
    )
)
