# generated from specs/egestor.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordSummary")


@_attrs_define
class RecordSummary:
    """Short acknowledgement returned after creating or updating a record: its code plus its name or description."""

    codigo: int
    """ Code of the created or updated record. """
    nome: None | str | Unset = UNSET
    """ Name of the record (contacts) or of the sale's contact (sales). """
    descricao: None | str | Unset = UNSET
    """ Description of the record (products, services). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        codigo = self.codigo

        nome: None | str | Unset
        if isinstance(self.nome, Unset):
            nome = UNSET
        else:
            nome = self.nome

        descricao: None | str | Unset
        if isinstance(self.descricao, Unset):
            descricao = UNSET
        else:
            descricao = self.descricao

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "codigo": codigo,
            }
        )
        if nome is not UNSET:
            field_dict["nome"] = nome
        if descricao is not UNSET:
            field_dict["descricao"] = descricao

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (RecordSummary)")
        obj = cls.__new__(cls)
        v = src_dict.get("codigo", UNSET)
        if not (type(v) is int):
            raise errors.wrong_type("codigo", v, "an integer")
        obj.codigo = v
        v = src_dict.get("nome", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("nome", v, "a string or null")
        obj.nome = v
        v = src_dict.get("descricao", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("descricao", v, "a string or null")
        obj.descricao = v
        if _RecordSummary_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _RecordSummary_keys}
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


_RecordSummary_keys = frozenset(
    (
        "codigo",
        "nome",
        "descricao",
    )
)
