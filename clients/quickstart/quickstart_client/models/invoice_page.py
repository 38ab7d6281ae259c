from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice import Invoice
    from ..models.invoice_metadata import InvoiceMetadata


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
        from ..models.invoice_metadata import InvoiceMetadata  # noqa: PLC0415

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
        from ..models.invoice import Invoice  # noqa: PLC0415
        from ..models.invoice_metadata import InvoiceMetadata  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        per_page = d.pop("per_page")

        current_page = d.pop("current_page")

        last_page = d.pop("last_page")

        first_page_url = d.pop("first_page_url")

        last_page_url = d.pop("last_page_url")

        def _parse_next_page_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_page_url = _parse_next_page_url(d.pop("next_page_url"))

        def _parse_prev_page_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        prev_page_url = _parse_prev_page_url(d.pop("prev_page_url"))

        path = d.pop("path")

        def _parse_from_(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        from_ = _parse_from_(d.pop("from"))

        def _parse_to(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        to = _parse_to(d.pop("to"))

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Invoice.from_dict(data_item_data)

            data.append(data_item)

        def _parse_metadata(data: object) -> InvoiceMetadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_1 = InvoiceMetadata.from_dict(data)

                return metadata_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceMetadata | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        invoice_page = cls(
            total=total,
            per_page=per_page,
            current_page=current_page,
            last_page=last_page,
            first_page_url=first_page_url,
            last_page_url=last_page_url,
            next_page_url=next_page_url,
            prev_page_url=prev_page_url,
            path=path,
            from_=from_,
            to=to,
            data=data,
            metadata=metadata,
        )

        invoice_page.additional_properties = d
        return invoice_page

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
