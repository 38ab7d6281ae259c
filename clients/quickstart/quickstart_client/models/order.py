# generated from specs/quickstart.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """An order record."""

    id: int
    """ Identifier of the order. """
    created_at: None | str | Unset = UNSET
    """ Date and time as "YYYY-MM-DD hh:mm:ss" (no time zone). """
    updated_at: None | str | Unset = UNSET
    """ Date and time as "YYYY-MM-DD hh:mm:ss" (no time zone). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (Order)")
        obj = cls.__new__(cls)
        v = src_dict.get("id", UNSET)
        if not (type(v) is int):
            raise errors.wrong_type("id", v, "an integer")
        obj.id = v
        v = src_dict.get("created_at", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("created_at", v, "a string or null")
        obj.created_at = v
        v = src_dict.get("updated_at", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("updated_at", v, "a string or null")
        obj.updated_at = v
        if _Order_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _Order_keys}
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


_Order_keys = frozenset(
    (
        "id",
        "created_at",
        "updated_at",
    )
)
