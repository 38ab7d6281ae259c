# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.warehouse_address_input import WarehouseAddressInput


T = TypeVar("T", bound="WarehouseCreate")


@_attrs_define
class WarehouseCreate:
    """A new warehouse."""

    code: str
    """ Unique code of exactly eight letters or digits. """
    description: str
    """ Warehouse name. """
    address: WarehouseAddressInput | Unset = UNSET
    """ Address of a warehouse; without a country, the company's country is used. """

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        description = self.description

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "description": description,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.warehouse_address_input import WarehouseAddressInput  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        description = d.pop("description")

        _address = d.pop("address", UNSET)
        address: WarehouseAddressInput | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = WarehouseAddressInput.from_dict(_address)

        warehouse_create = cls(
            code=code,
            description=description,
            address=address,
        )

        return warehouse_create
