# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="Warehouse")


@_attrs_define
class Warehouse:
    """A warehouse."""

    id: int
    """ Warehouse identifier. """
    code: None | str | Unset = UNSET
    """ Warehouse code. """
    description: None | str | Unset = UNSET
    """ Warehouse name. """
    address: None | Unset | WarehouseAddress = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, WarehouseAddress):
            address = self.address.to_dict()
        else:
            address = self.address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if description is not UNSET:
            field_dict["description"] = description
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (Warehouse)")
        obj = cls.__new__(cls)
        v = src_dict.get("id", UNSET)
        if not (type(v) is int):
            raise errors.wrong_type("id", v, "an integer")
        obj.id = v
        v = src_dict.get("code", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("code", v, "a string or null")
        obj.code = v
        v = src_dict.get("description", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("description", v, "a string or null")
        obj.description = v
        v = src_dict.get("address", UNSET)
        if v is None or v is UNSET:
            obj.address = v
        else:
            try:
                obj.address = _WarehouseAddress_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("address")

        if _Warehouse_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _Warehouse_keys}
            obj.additional_properties = d
        return obj

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


from ..models.warehouse_address import WarehouseAddress  # noqa: E402  (after the class: import cycles between models resolve)

_WarehouseAddress_from_dict = WarehouseAddress.from_dict

_Warehouse_keys = frozenset(
    (
        "id",
        "code",
        "description",
        "address",
    )
)
