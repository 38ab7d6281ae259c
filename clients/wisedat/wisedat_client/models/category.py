# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Category")


@_attrs_define
class Category:
    """A product category."""

    id: int
    """ Category identifier. """
    id_parent: int | Unset = UNSET
    """ Identifier of the parent category. """
    name: str | Unset = UNSET
    """ Category name. """
    short_name: str | Unset = UNSET
    """ Abbreviated name. """
    image: str | Unset = UNSET
    """ Category image, Base64-encoded. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        id_parent = self.id_parent

        name = self.name

        short_name = self.short_name

        image = self.image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if id_parent is not UNSET:
            field_dict["id_parent"] = id_parent
        if name is not UNSET:
            field_dict["name"] = name
        if short_name is not UNSET:
            field_dict["short_name"] = short_name
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        id_parent = d.pop("id_parent", UNSET)

        name = d.pop("name", UNSET)

        short_name = d.pop("short_name", UNSET)

        image = d.pop("image", UNSET)

        category = cls(
            id=id,
            id_parent=id_parent,
            name=name,
            short_name=short_name,
            image=image,
        )

        category.additional_properties = d
        return category

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
