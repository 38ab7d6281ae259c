# generated from specs/egestor.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..types import UNSET

T = TypeVar("T", bound="VendaList")


@_attrs_define
class VendaList:
    """One page of sales (50 per page)."""

    total: int | str
    """ A whole number that the API sometimes sends as a JSON number and sometimes as a JSON string holding digits
    (e.g. `1` or `"1"`). Clients should accept both. """
    per_page: int | str
    """ A whole number that the API sometimes sends as a JSON number and sometimes as a JSON string holding digits
    (e.g. `1` or `"1"`). Clients should accept both. """
    current_page: int | str
    """ A whole number that the API sometimes sends as a JSON number and sometimes as a JSON string holding digits
    (e.g. `1` or `"1"`). Clients should accept both. """
    last_page: int | str
    """ A whole number that the API sometimes sends as a JSON number and sometimes as a JSON string holding digits
    (e.g. `1` or `"1"`). Clients should accept both. """
    next_page_url: None | str
    """ URL of the next page; null on the last page. """
    prev_page_url: None | str
    """ URL of the previous page; null on the first page. """
    from_: int | None | str
    """ IntOrString, or null where the property is optional. """
    to: int | None | str
    """ IntOrString, or null where the property is optional. """
    data: list[VendaListItem]
    """ The sales on this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total: int | str
        total = self.total

        per_page: int | str
        per_page = self.per_page

        current_page: int | str
        current_page = self.current_page

        last_page: int | str
        last_page = self.last_page

        next_page_url: None | str
        next_page_url = self.next_page_url

        prev_page_url: None | str
        prev_page_url = self.prev_page_url

        from_: int | None | str
        from_ = self.from_

        to: int | None | str
        to = self.to

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "per_page": per_page,
                "current_page": current_page,
                "last_page": last_page,
                "next_page_url": next_page_url,
                "prev_page_url": prev_page_url,
                "from": from_,
                "to": to,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (VendaList)")
        obj = cls.__new__(cls)
        v = src_dict.get("total", UNSET)
        if not (type(v) is int or type(v) is str):
            raise errors.wrong_type("total", v, "an integer or a string")
        obj.total = v
        v = src_dict.get("per_page", UNSET)
        if not (type(v) is int or type(v) is str):
            raise errors.wrong_type("per_page", v, "an integer or a string")
        obj.per_page = v
        v = src_dict.get("current_page", UNSET)
        if not (type(v) is int or type(v) is str):
            raise errors.wrong_type("current_page", v, "an integer or a string")
        obj.current_page = v
        v = src_dict.get("last_page", UNSET)
        if not (type(v) is int or type(v) is str):
            raise errors.wrong_type("last_page", v, "an integer or a string")
        obj.last_page = v
        v = src_dict.get("next_page_url", UNSET)
        if not (type(v) is str or v is None):
            raise errors.wrong_type("next_page_url", v, "a string or null")
        obj.next_page_url = v
        v = src_dict.get("prev_page_url", UNSET)
        if not (type(v) is str or v is None):
            raise errors.wrong_type("prev_page_url", v, "a string or null")
        obj.prev_page_url = v
        v = src_dict.get("from", UNSET)
        if not (type(v) is int or v is None or type(v) is str):
            raise errors.wrong_type("from", v, "an integer or null or a string")
        obj.from_ = v
        v = src_dict.get("to", UNSET)
        if not (type(v) is int or v is None or type(v) is str):
            raise errors.wrong_type("to", v, "an integer or null or a string")
        obj.to = v
        v = src_dict.get("data", UNSET)
        if type(v) is not list:
            raise errors.wrong_type("data", v, "an array")
        _p_data = _VendaListItem_from_dict
        try:
            obj.data = [_p_data(_x0) for _x0 in v] if v else []
        except errors.ParseFailure:
            raise errors.item_failure("data", v, _p_data) from None
        if _VendaList_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _VendaList_keys}
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


from ..models.venda_list_item import VendaListItem  # noqa: E402  (after the class: import cycles between models resolve)

_VendaListItem_from_dict = VendaListItem.from_dict

_VendaList_keys = frozenset(
    (
        "total",
        "per_page",
        "current_page",
        "last_page",
        "next_page_url",
        "prev_page_url",
        "from",
        "to",
        "data",
    )
)
