# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="CategoryCreate")


@_attrs_define
class CategoryCreate:
    """A new category."""

    name: str
    """ Category name. """
    short_name: str | Unset = UNSET
    """ Abbreviated name. """
    id_parent: int | Unset = UNSET
    """ Identifier of the parent category. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        short_name = self.short_name

        id_parent = self.id_parent

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if short_name is not UNSET:
            field_dict["short_name"] = short_name
        if id_parent is not UNSET:
            field_dict["id_parent"] = id_parent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (CategoryCreate)")
        obj = cls.__new__(cls)
        v = src_dict.get("name", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("name", v, "a string")
        obj.name = v
        v = src_dict.get("short_name", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("short_name", v, "a string")
        obj.short_name = v
        v = src_dict.get("id_parent", UNSET)
        if not (type(v) is int) and v is not UNSET:
            raise errors.wrong_type("id_parent", v, "an integer")
        obj.id_parent = v
        return obj
