# generated from specs/gks4.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="Allotment")


@_attrs_define
class Allotment:
    """A part of an order line's quantity shipped to its own address."""

    qty_to_ship: float | Unset = UNSET
    """ Quantity to ship to this recipient. """
    ship_to: ShipTo | Unset = UNSET
    """ Delivery recipient and address of an allotment. """

    def to_dict(self) -> dict[str, Any]:
        qty_to_ship = self.qty_to_ship

        ship_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_to, Unset):
            ship_to = self.ship_to.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if qty_to_ship is not UNSET:
            field_dict["qtyToShip"] = qty_to_ship
        if ship_to is not UNSET:
            field_dict["shipTo"] = ship_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (Allotment)")
        obj = cls.__new__(cls)
        v = src_dict.get("qtyToShip", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("qtyToShip", v, "a number")
        obj.qty_to_ship = v
        v = src_dict.get("shipTo", UNSET)
        if v is UNSET:
            obj.ship_to = UNSET
        else:
            try:
                obj.ship_to = _ShipTo_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("shipTo")
        return obj


from ..models.ship_to import ShipTo  # noqa: E402  (after the class: import cycles between models resolve)

_ShipTo_from_dict = ShipTo.from_dict
