# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="Category")


@_attrs_define
class Category:
    """A product category."""

    id: int
    """ Category identifier. """
    id_parent: int | None | Unset = UNSET
    """ Identifier of the parent category. """
    name: None | str | Unset = UNSET
    """ Category name. """
    short_name: None | str | Unset = UNSET
    """ Abbreviated name. """
    image: None | str | Unset = UNSET
    """ Category image, Base64-encoded. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        id_parent: int | None | Unset
        if isinstance(self.id_parent, Unset):
            id_parent = UNSET
        else:
            id_parent = self.id_parent

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        short_name: None | str | Unset
        if isinstance(self.short_name, Unset):
            short_name = UNSET
        else:
            short_name = self.short_name

        image: None | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (Category)")
        obj = cls.__new__(cls)
        v = src_dict.get("id", UNSET)
        if not (type(v) is int):
            raise errors.wrong_type("id", v, "an integer")
        obj.id = v
        v = src_dict.get("id_parent", UNSET)
        if not (type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("id_parent", v, "an integer or null")
        obj.id_parent = v
        v = src_dict.get("name", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("name", v, "a string or null")
        obj.name = v
        v = src_dict.get("short_name", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("short_name", v, "a string or null")
        obj.short_name = v
        v = src_dict.get("image", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("image", v, "a string or null")
        obj.image = v
        if _Category_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _Category_keys}
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


_Category_keys = frozenset(
    (
        "id",
        "id_parent",
        "name",
        "short_name",
        "image",
    )
)
