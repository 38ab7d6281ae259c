# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..types import UNSET

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    """Position of the returned page within the whole result."""

    limit: int
    """ Page size applied. """
    page: int
    """ Number of this page. """
    number_pages: int
    """ Total number of pages. """
    number_items: int
    """ Total number of matching items. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        page = self.page

        number_pages = self.number_pages

        number_items = self.number_items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "limit": limit,
                "page": page,
                "number_pages": number_pages,
                "number_items": number_items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (Pagination)")
        obj = cls.__new__(cls)
        v = src_dict.get("limit", UNSET)
        if not (type(v) is int):
            raise errors.wrong_type("limit", v, "an integer")
        obj.limit = v
        v = src_dict.get("page", UNSET)
        if not (type(v) is int):
            raise errors.wrong_type("page", v, "an integer")
        obj.page = v
        v = src_dict.get("number_pages", UNSET)
        if not (type(v) is int):
            raise errors.wrong_type("number_pages", v, "an integer")
        obj.number_pages = v
        v = src_dict.get("number_items", UNSET)
        if not (type(v) is int):
            raise errors.wrong_type("number_items", v, "an integer")
        obj.number_items = v
        if _Pagination_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _Pagination_keys}
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


_Pagination_keys = frozenset(
    (
        "limit",
        "page",
        "number_pages",
        "number_items",
    )
)
