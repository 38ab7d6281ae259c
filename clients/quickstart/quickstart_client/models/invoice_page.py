# generated from specs/quickstart.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoicePage")


@_attrs_define
class InvoicePage:
    """One page of invoices with Laravel pagination data and optional aggregates."""

    total: int
    """ Number of records over all pages. """
    per_page: int
    """ Page size. """
    current_page: int
    """ Number of this page. """
    last_page: int
    """ Number of the last page. """
    first_page_url: str
    """ URL of the first page. """
    last_page_url: str
    """ URL of the last page. """
    next_page_url: None | str
    """ URL of the next page; null on the last page. """
    prev_page_url: None | str
    """ URL of the previous page; null on the first page. """
    path: str
    """ URL of the list without query string. """
    from_: int | None
    """ Position of the first record of this page; null when the page is empty. """
    to: int | None
    """ Position of the last record of this page; null when the page is empty. """
    data: list[Invoice]
    """ The invoices of this page. """
    metadata: InvoiceMetadata | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        per_page = self.per_page

        current_page = self.current_page

        last_page = self.last_page

        first_page_url = self.first_page_url

        last_page_url = self.last_page_url

        next_page_url: None | str
        next_page_url = self.next_page_url

        prev_page_url: None | str
        prev_page_url = self.prev_page_url

        path = self.path

        from_: int | None
        from_ = self.from_

        to: int | None
        to = self.to

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, InvoiceMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "per_page": per_page,
                "current_page": current_page,
                "last_page": last_page,
                "first_page_url": first_page_url,
                "last_page_url": last_page_url,
                "next_page_url": next_page_url,
                "prev_page_url": prev_page_url,
                "path": path,
                "from": from_,
                "to": to,
                "data": data,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (InvoicePage)")
        obj = cls.__new__(cls)
        v = src_dict.get("total", UNSET)
        if not (type(v) is int):
            raise errors.wrong_type("total", v, "an integer")
        obj.total = v
        v = src_dict.get("per_page", UNSET)
        if not (type(v) is int):
            raise errors.wrong_type("per_page", v, "an integer")
        obj.per_page = v
        v = src_dict.get("current_page", UNSET)
        if not (type(v) is int):
            raise errors.wrong_type("current_page", v, "an integer")
        obj.current_page = v
        v = src_dict.get("last_page", UNSET)
        if not (type(v) is int):
            raise errors.wrong_type("last_page", v, "an integer")
        obj.last_page = v
        v = src_dict.get("first_page_url", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("first_page_url", v, "a string")
        obj.first_page_url = v
        v = src_dict.get("last_page_url", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("last_page_url", v, "a string")
        obj.last_page_url = v
        v = src_dict.get("next_page_url", UNSET)
        if not (type(v) is str or v is None):
            raise errors.wrong_type("next_page_url", v, "a string or null")
        obj.next_page_url = v
        v = src_dict.get("prev_page_url", UNSET)
        if not (type(v) is str or v is None):
            raise errors.wrong_type("prev_page_url", v, "a string or null")
        obj.prev_page_url = v
        v = src_dict.get("path", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("path", v, "a string")
        obj.path = v
        v = src_dict.get("from", UNSET)
        if not (type(v) is int or v is None):
            raise errors.wrong_type("from", v, "an integer or null")
        obj.from_ = v
        v = src_dict.get("to", UNSET)
        if not (type(v) is int or v is None):
            raise errors.wrong_type("to", v, "an integer or null")
        obj.to = v
        v = src_dict.get("data", UNSET)
        if type(v) is not list:
            raise errors.wrong_type("data", v, "an array")
        _p_data = _Invoice_from_dict
        try:
            obj.data = [_p_data(_x0) for _x0 in v] if v else []
        except errors.ParseFailure:
            raise errors.item_failure("data", v, _p_data) from None
        v = src_dict.get("metadata", UNSET)
        if v is None or v is UNSET:
            obj.metadata = v
        else:
            try:
                obj.metadata = _InvoiceMetadata_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("metadata")

        if _InvoicePage_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _InvoicePage_keys}
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


from ..models.invoice import Invoice  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.invoice_metadata import InvoiceMetadata  # noqa: E402  (after the class: import cycles between models resolve)

_Invoice_from_dict = Invoice.from_dict
_InvoiceMetadata_from_dict = InvoiceMetadata.from_dict

_InvoicePage_keys = frozenset(
    (
        "total",
        "per_page",
        "current_page",
        "last_page",
        "first_page_url",
        "last_page_url",
        "next_page_url",
        "prev_page_url",
        "path",
        "from",
        "to",
        "data",
        "metadata",
    )
)
