# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_type import ProductType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.category_summary import CategorySummary
    from ..models.product_stock import ProductStock
    from ..models.product_supplier import ProductSupplier
    from ..models.supplier_summary import SupplierSummary
    from ..models.tax import Tax
    from ..models.unit import Unit


T = TypeVar("T", bound="ProductDetail")


@_attrs_define
class ProductDetail:
    """The full record of one product."""

    id: int
    """ Product identifier. """
    name: str | Unset = UNSET
    """ Unique product name. """
    description: str | Unset = UNSET
    """ Product description. """
    barcode: str | Unset = UNSET
    """ Barcode. """
    brief_description: str | Unset = UNSET
    """ Short description. """
    commercial_description: str | Unset = UNSET
    """ Description used for marketing. """
    notes: str | Unset = UNSET
    """ Free notes. """
    images: list[str] | Unset = UNSET
    """ Product images, each Base64-encoded. """
    price: float | Unset = UNSET
    """ Sale price. """
    current_stock: float | Unset = UNSET
    """ Quantity in stock. """
    type_: ProductType | Unset = UNSET
    """ Kind of product: 1 merchandise, 2 service. """
    net_weight: float | Unset = UNSET
    """ Net weight. """
    gross_weight: float | Unset = UNSET
    """ Gross weight. """
    volume: float | Unset = UNSET
    """ Volume. """
    delivery_time: int | Unset = UNSET
    """ Delivery time. """
    active: bool | Unset = UNSET
    """ Whether the product is active. """
    tax: Tax | Unset = UNSET
    """ A tax rate. """
    unit: Unit | Unset = UNSET
    """ A unit of measure. """
    categories: list[CategorySummary] | Unset = UNSET
    """ Categories of the product, the main one first. """
    stocks: list[ProductStock] | Unset = UNSET
    """ Stock broken down by warehouse, location and lot. """
    suppliers: list[ProductSupplier] | Unset = UNSET
    """ Suppliers of the product. """
    main_supplier: SupplierSummary | Unset = UNSET
    """ A supplier as it appears in a list or as a product's main supplier. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        barcode = self.barcode

        brief_description = self.brief_description

        commercial_description = self.commercial_description

        notes = self.notes

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        price = self.price

        current_stock = self.current_stock

        type_: int | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        net_weight = self.net_weight

        gross_weight = self.gross_weight

        volume = self.volume

        delivery_time = self.delivery_time

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

        stocks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stocks, Unset):
            stocks = []
            for stocks_item_data in self.stocks:
                stocks_item = stocks_item_data.to_dict()
                stocks.append(stocks_item)

        suppliers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.suppliers, Unset):
            suppliers = []
            for suppliers_item_data in self.suppliers:
                suppliers_item = suppliers_item_data.to_dict()
                suppliers.append(suppliers_item)

        main_supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main_supplier, Unset):
            main_supplier = self.main_supplier.to_dict()

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
        from ..models.category_summary import CategorySummary  # noqa: PLC0415
        from ..models.product_stock import ProductStock  # noqa: PLC0415
        from ..models.product_supplier import ProductSupplier  # noqa: PLC0415
        from ..models.supplier_summary import SupplierSummary  # noqa: PLC0415
        from ..models.tax import Tax  # noqa: PLC0415
        from ..models.unit import Unit  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        barcode = d.pop("barcode", UNSET)

        brief_description = d.pop("brief_description", UNSET)

        commercial_description = d.pop("commercial_description", UNSET)

        notes = d.pop("notes", UNSET)

        images = cast(list[str], d.pop("images", UNSET))

        price = d.pop("price", UNSET)

        current_stock = d.pop("current_stock", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ProductType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ProductType(_type_)

        net_weight = d.pop("net_weight", UNSET)

        gross_weight = d.pop("gross_weight", UNSET)

        volume = d.pop("volume", UNSET)

        delivery_time = d.pop("delivery_time", UNSET)

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

        _stocks = d.pop("stocks", UNSET)
        stocks: list[ProductStock] | Unset = UNSET
        if _stocks is not UNSET:
            stocks = []
            for stocks_item_data in _stocks:
                stocks_item = ProductStock.from_dict(stocks_item_data)

                stocks.append(stocks_item)

        _suppliers = d.pop("suppliers", UNSET)
        suppliers: list[ProductSupplier] | Unset = UNSET
        if _suppliers is not UNSET:
            suppliers = []
            for suppliers_item_data in _suppliers:
                suppliers_item = ProductSupplier.from_dict(suppliers_item_data)

                suppliers.append(suppliers_item)

        _main_supplier = d.pop("main_supplier", UNSET)
        main_supplier: SupplierSummary | Unset
        if isinstance(_main_supplier, Unset):
            main_supplier = UNSET
        else:
            main_supplier = SupplierSummary.from_dict(_main_supplier)

        product_detail = cls(
            id=id,
            name=name,
            description=description,
            barcode=barcode,
            brief_description=brief_description,
            commercial_description=commercial_description,
            notes=notes,
            images=images,
            price=price,
            current_stock=current_stock,
            type_=type_,
            net_weight=net_weight,
            gross_weight=gross_weight,
            volume=volume,
            delivery_time=delivery_time,
            active=active,
            tax=tax,
            unit=unit,
            categories=categories,
            stocks=stocks,
            suppliers=suppliers,
            main_supplier=main_supplier,
        )

        product_detail.additional_properties = d
        return product_detail

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
