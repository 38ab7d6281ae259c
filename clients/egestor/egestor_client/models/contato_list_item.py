# generated from specs/egestor.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contato_tipo import ContatoTipo
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContatoListItem")


@_attrs_define
class ContatoListItem:
    """Contact as shown in the contact list."""

    codigo: int | str
    """ A whole number that the API sometimes sends as a JSON number and sometimes as a JSON string holding digits
    (e.g. `1` or `"1"`). Clients should accept both. """
    tipo: list[ContatoTipo] | Unset = UNSET
    """ Roles of the contact. """
    nome: str | Unset = UNSET
    """ Contact name. """
    emails: list[str] | Unset = UNSET
    """ E-mail addresses. """
    fones: list[str] | Unset = UNSET
    """ Phone numbers. """
    tags: list[str] | Unset = UNSET
    """ Tags. """
    cidade: str | Unset = UNSET
    """ City name. """
    uf: str | Unset = UNSET
    """ State abbreviation (UF). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        codigo: int | str
        codigo = self.codigo

        tipo: list[str] | Unset = UNSET
        if not isinstance(self.tipo, Unset):
            tipo = []
            for tipo_item_data in self.tipo:
                tipo_item = tipo_item_data.value
                tipo.append(tipo_item)

        nome = self.nome

        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        fones: list[str] | Unset = UNSET
        if not isinstance(self.fones, Unset):
            fones = self.fones

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        cidade = self.cidade

        uf = self.uf

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "codigo": codigo,
            }
        )
        if tipo is not UNSET:
            field_dict["tipo"] = tipo
        if nome is not UNSET:
            field_dict["nome"] = nome
        if emails is not UNSET:
            field_dict["emails"] = emails
        if fones is not UNSET:
            field_dict["fones"] = fones
        if tags is not UNSET:
            field_dict["tags"] = tags
        if cidade is not UNSET:
            field_dict["cidade"] = cidade
        if uf is not UNSET:
            field_dict["uf"] = uf

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_codigo(data: object) -> int | str:
            return cast(int | str, data)

        codigo = _parse_codigo(d.pop("codigo"))

        _tipo = d.pop("tipo", UNSET)
        tipo: list[ContatoTipo] | Unset = UNSET
        if _tipo is not UNSET:
            tipo = []
            for tipo_item_data in _tipo:
                tipo_item = ContatoTipo(tipo_item_data)

                tipo.append(tipo_item)

        nome = d.pop("nome", UNSET)

        emails = cast(list[str], d.pop("emails", UNSET))

        fones = cast(list[str], d.pop("fones", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        cidade = d.pop("cidade", UNSET)

        uf = d.pop("uf", UNSET)

        contato_list_item = cls(
            codigo=codigo,
            tipo=tipo,
            nome=nome,
            emails=emails,
            fones=fones,
            tags=tags,
            cidade=cidade,
            uf=uf,
        )

        contato_list_item.additional_properties = d
        return contato_list_item

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
