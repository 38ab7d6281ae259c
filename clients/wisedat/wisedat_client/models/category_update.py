# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="CategoryUpdate")


@_attrs_define
class CategoryUpdate:
    """Changes to an existing category; only `id` is mandatory."""

    id: int
    """ Identifier of the category to change. """
    name: str | Unset = UNSET
    """ Category name. """
    short_name: str | Unset = UNSET
    """ Abbreviated name. """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        short_name = self.short_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if short_name is not UNSET:
            field_dict["short_name"] = short_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (CategoryUpdate)")
        obj = cls.__new__(cls)
        v = src_dict.get("id", UNSET)
        if not (type(v) is int):
            raise errors.wrong_type("id", v, "an integer")
        obj.id = v
        v = src_dict.get("name", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("name", v, "a string")
        obj.name = v
        v = src_dict.get("short_name", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("short_name", v, "a string")
        obj.short_name = v
        return obj
