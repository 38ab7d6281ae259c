# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

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
        d = dict(src_dict)
        name = d.pop("name")

        short_name = d.pop("short_name", UNSET)

        id_parent = d.pop("id_parent", UNSET)

        category_create = cls(
            name=name,
            short_name=short_name,
            id_parent=id_parent,
        )

        return category_create
