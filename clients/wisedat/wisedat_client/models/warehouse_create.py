# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import errors
from ..types import UNSET, Unset

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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (WarehouseCreate)")
        obj = cls.__new__(cls)
        v = src_dict.get("code", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("code", v, "a string")
        obj.code = v
        v = src_dict.get("description", UNSET)
        if not (type(v) is str):
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
