# generated from specs/gks4.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ship_to import ShipTo


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
        from ..models.ship_to import ShipTo  # noqa: PLC0415

        d = dict(src_dict)
        qty_to_ship = d.pop("qtyToShip", UNSET)

        _ship_to = d.pop("shipTo", UNSET)
        ship_to: ShipTo | Unset
        if isinstance(_ship_to, Unset):
            ship_to = UNSET
        else:
            ship_to = ShipTo.from_dict(_ship_to)

        allotment = cls(
            qty_to_ship=qty_to_ship,
            ship_to=ship_to,
        )

        return allotment
