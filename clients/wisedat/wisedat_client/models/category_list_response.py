# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..types import UNSET

T = TypeVar("T", bound="CategoryListResponse")


@_attrs_define
class CategoryListResponse:
    """One page of categories."""

    pagination: Pagination
    """ Position of the returned page within the whole result. """
    categories: list[Category]
    """ Categories on this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination = self.pagination.to_dict()

        categories = []
        for categories_item_data in self.categories:
            categories_item = categories_item_data.to_dict()
            categories.append(categories_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
                "categories": categories,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (CategoryListResponse)")
        obj = cls.__new__(cls)
        v = src_dict.get("pagination", UNSET)
        try:
            obj.pagination = _Pagination_from_dict(v)
        except errors.ParseFailure as _f0:
            raise _f0.within("pagination")
        v = src_dict.get("categories", UNSET)
        if type(v) is not list:
            raise errors.wrong_type("categories", v, "an array")
        _p_categories = _Category_from_dict
        try:
            obj.categories = [_p_categories(_x0) for _x0 in v] if v else []
        except errors.ParseFailure:
            raise errors.item_failure("categories", v, _p_categories) from None
        if _CategoryListResponse_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CategoryListResponse_keys}
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


from ..models.category import Category  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.pagination import Pagination  # noqa: E402  (after the class: import cycles between models resolve)

_Category_from_dict = Category.from_dict
_Pagination_from_dict = Pagination.from_dict

_CategoryListResponse_keys = frozenset(
    (
        "pagination",
        "categories",
    )
)
