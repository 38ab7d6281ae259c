# generated from specs/gks4.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import errors
from ..types import UNSET, Unset

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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (SalesOrderLine)")
        obj = cls.__new__(cls)
        v = src_dict.get("articleNumber", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("articleNumber", v, "a string or null")
        obj.article_number = v
        v = src_dict.get("description", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("description", v, "a string or null")
        obj.description = v
        v = src_dict.get("quantity", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("quantity", v, "a number")
        obj.quantity = v
        v = src_dict.get("salesUnit", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("salesUnit", v, "a string or null")
        obj.sales_unit = v
        v = src_dict.get("unitPrice", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("unitPrice", v, "a number")
        obj.unit_price = v
        v = src_dict.get("vatPercent", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("vatPercent", v, "a number")
        obj.vat_percent = v
        v = src_dict.get("discountPercent", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("discountPercent", v, "a number")
        obj.discount_percent = v
        v = src_dict.get("costWork", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("costWork", v, "a number")
        obj.cost_work = v
        v = src_dict.get("costMaterial", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("costMaterial", v, "a number")
        obj.cost_material = v
        v = src_dict.get("costSubcontractWork", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("costSubcontractWork", v, "a number")
        obj.cost_subcontract_work = v
        v = src_dict.get("profitCenterCode", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("profitCenterCode", v, "a string or null")
        obj.profit_center_code = v
        v = src_dict.get("weightPerUnit", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("weightPerUnit", v, "a number")
        obj.weight_per_unit = v
        v = src_dict.get("shipOrderline", UNSET)
        if not (type(v) is bool) and v is not UNSET:
            raise errors.wrong_type("shipOrderline", v, "a boolean")
        obj.ship_orderline = v
        v = src_dict.get("allotments", UNSET)
        if v is UNSET:
            obj.allotments = UNSET
        else:
            if type(v) is not list:
                raise errors.wrong_type("allotments", v, "an array")
            _p_allotments = _Allotment_from_dict
            try:
                obj.allotments = [_p_allotments(_x0) for _x0 in v] if v else []
            except errors.ParseFailure:
                raise errors.item_failure("allotments", v, _p_allotments) from None
        return obj


from ..models.allotment import Allotment  # noqa: E402  (after the class: import cycles between models resolve)

_Allotment_from_dict = Allotment.from_dict
