# generated from specs/gks4.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allotment import Allotment


T = TypeVar("T", bound="SalesOrderLine")


@_attrs_define
class SalesOrderLine:
    """One line of a sales order."""

    article_number: None | str | Unset = UNSET
    """ Article number in GKS4. """
    description: None | str | Unset = UNSET
    """ Line text. """
    quantity: float | Unset = UNSET
    """ Ordered quantity. """
    sales_unit: None | str | Unset = UNSET
    """ Unit in which the quantity is sold. """
    unit_price: float | Unset = UNSET
    """ Price per unit, in the order currency. """
    vat_percent: float | Unset = UNSET
    """ VAT rate in percent. """
    discount_percent: float | Unset = UNSET
    """ Discount in percent. """
    cost_work: float | Unset = UNSET
    """ Labour cost of the line. """
    cost_material: float | Unset = UNSET
    """ Material cost of the line. """
    cost_subcontract_work: float | Unset = UNSET
    """ Cost of subcontracted work for the line. """
    profit_center_code: None | str | Unset = UNSET
    """ Code of the profit centre the line is booked on. """
    weight_per_unit: float | Unset = UNSET
    """ Weight of one unit. """
    ship_orderline: bool | Unset = UNSET
    """ Whether this line is to be shipped. """
    allotments: list[Allotment] | Unset = UNSET
    """ Optional split of the quantity over several delivery recipients. """

    def to_dict(self) -> dict[str, Any]:
        article_number: None | str | Unset
        if isinstance(self.article_number, Unset):
            article_number = UNSET
        else:
            article_number = self.article_number

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        quantity = self.quantity

        sales_unit: None | str | Unset
        if isinstance(self.sales_unit, Unset):
            sales_unit = UNSET
        else:
            sales_unit = self.sales_unit

        unit_price = self.unit_price

        vat_percent = self.vat_percent

        discount_percent = self.discount_percent

        cost_work = self.cost_work

        cost_material = self.cost_material

        cost_subcontract_work = self.cost_subcontract_work

        profit_center_code: None | str | Unset
        if isinstance(self.profit_center_code, Unset):
            profit_center_code = UNSET
        else:
            profit_center_code = self.profit_center_code

        weight_per_unit = self.weight_per_unit

        ship_orderline = self.ship_orderline

        allotments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allotments, Unset):
            allotments = []
            for allotments_item_data in self.allotments:
                allotments_item = allotments_item_data.to_dict()
                allotments.append(allotments_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if article_number is not UNSET:
            field_dict["articleNumber"] = article_number
        if description is not UNSET:
            field_dict["description"] = description
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if sales_unit is not UNSET:
            field_dict["salesUnit"] = sales_unit
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price
        if vat_percent is not UNSET:
            field_dict["vatPercent"] = vat_percent
        if discount_percent is not UNSET:
            field_dict["discountPercent"] = discount_percent
        if cost_work is not UNSET:
            field_dict["costWork"] = cost_work
        if cost_material is not UNSET:
            field_dict["costMaterial"] = cost_material
        if cost_subcontract_work is not UNSET:
            field_dict["costSubcontractWork"] = cost_subcontract_work
        if profit_center_code is not UNSET:
            field_dict["profitCenterCode"] = profit_center_code
        if weight_per_unit is not UNSET:
            field_dict["weightPerUnit"] = weight_per_unit
        if ship_orderline is not UNSET:
            field_dict["shipOrderline"] = ship_orderline
        if allotments is not UNSET:
            field_dict["allotments"] = allotments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.allotment import Allotment  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_article_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        article_number = _parse_article_number(d.pop("articleNumber", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        quantity = d.pop("quantity", UNSET)

        def _parse_sales_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sales_unit = _parse_sales_unit(d.pop("salesUnit", UNSET))

        unit_price = d.pop("unitPrice", UNSET)

        vat_percent = d.pop("vatPercent", UNSET)

        discount_percent = d.pop("discountPercent", UNSET)

        cost_work = d.pop("costWork", UNSET)

        cost_material = d.pop("costMaterial", UNSET)

        cost_subcontract_work = d.pop("costSubcontractWork", UNSET)

        def _parse_profit_center_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        profit_center_code = _parse_profit_center_code(d.pop("profitCenterCode", UNSET))

        weight_per_unit = d.pop("weightPerUnit", UNSET)

        ship_orderline = d.pop("shipOrderline", UNSET)

        _allotments = d.pop("allotments", UNSET)
        allotments: list[Allotment] | Unset = UNSET
        if _allotments is not UNSET:
            allotments = []
            for allotments_item_data in _allotments:
                allotments_item = Allotment.from_dict(allotments_item_data)

                allotments.append(allotments_item)

        sales_order_line = cls(
            article_number=article_number,
            description=description,
            quantity=quantity,
            sales_unit=sales_unit,
            unit_price=unit_price,
            vat_percent=vat_percent,
            discount_percent=discount_percent,
            cost_work=cost_work,
            cost_material=cost_material,
            cost_subcontract_work=cost_subcontract_work,
            profit_center_code=profit_center_code,
            weight_per_unit=weight_per_unit,
            ship_orderline=ship_orderline,
            allotments=allotments,
        )

        return sales_order_line
