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
        from ..models.supplier_summary import SupplierSummary  # noqa: PLC0415
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
        from ..models.category_summary import CategorySummary  # noqa: PLC0415
        from ..models.product_stock import ProductStock  # noqa: PLC0415
        from ..models.product_supplier import ProductSupplier  # noqa: PLC0415
        from ..models.supplier_summary import SupplierSummary  # noqa: PLC0415
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

        def _parse_brief_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brief_description = _parse_brief_description(d.pop("brief_description", UNSET))

        def _parse_commercial_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        commercial_description = _parse_commercial_description(d.pop("commercial_description", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_images(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                images_type_0 = cast(list[str], data)

                return images_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        images = _parse_images(d.pop("images", UNSET))

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

        def _parse_net_weight(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        net_weight = _parse_net_weight(d.pop("net_weight", UNSET))

        def _parse_gross_weight(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        gross_weight = _parse_gross_weight(d.pop("gross_weight", UNSET))

        def _parse_volume(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        volume = _parse_volume(d.pop("volume", UNSET))

        def _parse_delivery_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        delivery_time = _parse_delivery_time(d.pop("delivery_time", UNSET))

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

        def _parse_stocks(data: object) -> list[ProductStock] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stocks_type_0 = []
                _stocks_type_0 = data
                for stocks_type_0_item_data in _stocks_type_0:
                    stocks_type_0_item = ProductStock.from_dict(stocks_type_0_item_data)

                    stocks_type_0.append(stocks_type_0_item)

                return stocks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProductStock] | None | Unset, data)

        stocks = _parse_stocks(d.pop("stocks", UNSET))

        def _parse_suppliers(data: object) -> list[ProductSupplier] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                suppliers_type_0 = []
                _suppliers_type_0 = data
                for suppliers_type_0_item_data in _suppliers_type_0:
                    suppliers_type_0_item = ProductSupplier.from_dict(suppliers_type_0_item_data)

                    suppliers_type_0.append(suppliers_type_0_item)

                return suppliers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProductSupplier] | None | Unset, data)

        suppliers = _parse_suppliers(d.pop("suppliers", UNSET))

        def _parse_main_supplier(data: object) -> None | SupplierSummary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                main_supplier_type_1 = SupplierSummary.from_dict(data)

                return main_supplier_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SupplierSummary | Unset, data)

        main_supplier = _parse_main_supplier(d.pop("main_supplier", UNSET))

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
