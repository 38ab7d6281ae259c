from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_type import DocumentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SalesDocument")


@_attrs_define
class SalesDocument:
    """A kind of sales document."""

    id: str
    """ Sales document identifier. """
    description: None | str | Unset = UNSET
    """ Sales document name. """
    default_series: None | str | Unset = UNSET
    """ Series used by default. """
    document_type: DocumentType | None | Unset = UNSET
    saft_invoice_type: int | None | Unset = UNSET
    """ SAF-T classification; its meaning depends on `document_type`, and -1 always means outside SAF-T. Types 0 and
    1: -1 or 0 (conference document). Type 2: only -1. Type 3: 0 GR goods delivery, 1 GT transport document, 2 GA
    transport of own fixed assets, 3 GC consignment, 4 GD customer return. Type 4: 0 FT invoice, 1 ND debit note, 2
    NC credit note, 3 VD cash sale, 4 TV sales ticket, 5 TD return ticket, 6 FS simplified invoice, 7 FR invoice-
    receipt. """
    active: bool | None | Unset = UNSET
    """ Whether the document kind is active. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        default_series: None | str | Unset
        if isinstance(self.default_series, Unset):
            default_series = UNSET
        else:
            default_series = self.default_series

        document_type: int | None | Unset
        if isinstance(self.document_type, Unset):
            document_type = UNSET
        elif isinstance(self.document_type, DocumentType):
            document_type = self.document_type.value
        else:
            document_type = self.document_type

        saft_invoice_type: int | None | Unset
        if isinstance(self.saft_invoice_type, Unset):
            saft_invoice_type = UNSET
        else:
            saft_invoice_type = self.saft_invoice_type

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if default_series is not UNSET:
            field_dict["default_series"] = default_series
        if document_type is not UNSET:
            field_dict["document_type"] = document_type
        if saft_invoice_type is not UNSET:
            field_dict["saft_invoice_type"] = saft_invoice_type
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_default_series(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_series = _parse_default_series(d.pop("default_series", UNSET))

        def _parse_document_type(data: object) -> DocumentType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                document_type_type_1 = DocumentType(data)

                return document_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DocumentType | None | Unset, data)

        document_type = _parse_document_type(d.pop("document_type", UNSET))

        def _parse_saft_invoice_type(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        saft_invoice_type = _parse_saft_invoice_type(d.pop("saft_invoice_type", UNSET))

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        sales_document = cls(
            id=id,
            description=description,
            default_series=default_series,
            document_type=document_type,
            saft_invoice_type=saft_invoice_type,
            active=active,
        )

        sales_document.additional_properties = d
        return sales_document

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
