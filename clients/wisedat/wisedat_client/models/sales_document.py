# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (SalesDocument)")
        obj = cls.__new__(cls)
        v = src_dict.get("id", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("id", v, "a string")
        obj.id = v
        v = src_dict.get("description", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("description", v, "a string or null")
        obj.description = v
        v = src_dict.get("default_series", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("default_series", v, "a string or null")
        obj.default_series = v
        v = src_dict.get("document_type", UNSET)
        if v is None or v is UNSET:
            obj.document_type = v
        else:
            if type(v) is not int:
                raise errors.wrong_type("document_type", v, "an integer (DocumentType)")
            _m_document_type = _DocumentType_by_value.get(v)
            if _m_document_type is None:
                raise errors.bad_value("document_type", v, "a DocumentType value")
            obj.document_type = _m_document_type

        v = src_dict.get("saft_invoice_type", UNSET)
        if not (type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("saft_invoice_type", v, "an integer or null")
        obj.saft_invoice_type = v
        v = src_dict.get("active", UNSET)
        if not (type(v) is bool or v is None or v is UNSET):
            raise errors.wrong_type("active", v, "a boolean or null")
        obj.active = v
        if _SalesDocument_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SalesDocument_keys}
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


_DocumentType_by_value = cast(dict[Any, DocumentType], DocumentType._value2member_map_)

_SalesDocument_keys = frozenset(
    (
        "id",
        "description",
        "default_series",
        "document_type",
        "saft_invoice_type",
        "active",
    )
)
