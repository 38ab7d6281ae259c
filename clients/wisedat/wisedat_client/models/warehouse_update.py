# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.warehouse_address_input import WarehouseAddressInput


T = TypeVar("T", bound="WarehouseUpdate")


@_attrs_define
class WarehouseUpdate:
    """Changes to an existing warehouse; only `id` is mandatory."""

    id: int
    """ Identifier of the warehouse to change. """
    description: str | Unset = UNSET
    """ Warehouse name. """
    address: WarehouseAddressInput | Unset = UNSET
    """ Address of a warehouse; without a country, the company's country is used. """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.warehouse_address_input import WarehouseAddressInput  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        description = d.pop("description", UNSET)

        _address = d.pop("address", UNSET)
        address: WarehouseAddressInput | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = WarehouseAddressInput.from_dict(_address)

        warehouse_update = cls(
            id=id,
            description=description,
            address=address,
        )

        return warehouse_update
