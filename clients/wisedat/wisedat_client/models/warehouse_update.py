# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import errors
from ..types import UNSET, Unset

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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (WarehouseUpdate)")
        obj = cls.__new__(cls)
        v = src_dict.get("id", UNSET)
        if not (type(v) is int):
            raise errors.wrong_type("id", v, "an integer")
        obj.id = v
        v = src_dict.get("description", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("description", v, "a string")
        obj.description = v
        v = src_dict.get("address", UNSET)
        if v is UNSET:
            obj.address = UNSET
        else:
            try:
                obj.address = _WarehouseAddressInput_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("address")
        return obj


from ..models.warehouse_address_input import WarehouseAddressInput  # noqa: E402  (after the class: import cycles between models resolve)

_WarehouseAddressInput_from_dict = WarehouseAddressInput.from_dict
