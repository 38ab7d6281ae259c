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
    tipo: list[ContatoTipo] | None | Unset = UNSET
    """ Roles of the contact. """
    nome: None | str | Unset = UNSET
    """ Contact name. """
    emails: list[str] | None | Unset = UNSET
    """ E-mail addresses. """
    fones: list[str] | None | Unset = UNSET
    """ Phone numbers. """
    tags: list[str] | None | Unset = UNSET
    """ Tags. """
    cidade: None | str | Unset = UNSET
    """ City name. """
    uf: None | str | Unset = UNSET
    """ State abbreviation (UF). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        codigo: int | str
        codigo = self.codigo

        tipo: list[str] | None | Unset
        if isinstance(self.tipo, Unset):
            tipo = UNSET
        elif isinstance(self.tipo, list):
            tipo = []
            for tipo_type_0_item_data in self.tipo:
                tipo_type_0_item = tipo_type_0_item_data.value
                tipo.append(tipo_type_0_item)

        else:
            tipo = self.tipo

        nome: None | str | Unset
        if isinstance(self.nome, Unset):
            nome = UNSET
        else:
            nome = self.nome

        emails: list[str] | None | Unset
        if isinstance(self.emails, Unset):
            emails = UNSET
        elif isinstance(self.emails, list):
            emails = self.emails

        else:
            emails = self.emails

        fones: list[str] | None | Unset
        if isinstance(self.fones, Unset):
            fones = UNSET
        elif isinstance(self.fones, list):
            fones = self.fones

        else:
            fones = self.fones

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        cidade: None | str | Unset
        if isinstance(self.cidade, Unset):
            cidade = UNSET
        else:
            cidade = self.cidade

        uf: None | str | Unset
        if isinstance(self.uf, Unset):
            uf = UNSET
        else:
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

        def _parse_tipo(data: object) -> list[ContatoTipo] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tipo_type_0 = []
                _tipo_type_0 = data
                for tipo_type_0_item_data in _tipo_type_0:
                    tipo_type_0_item = ContatoTipo(tipo_type_0_item_data)

                    tipo_type_0.append(tipo_type_0_item)

                return tipo_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ContatoTipo] | None | Unset, data)

        tipo = _parse_tipo(d.pop("tipo", UNSET))

        def _parse_nome(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nome = _parse_nome(d.pop("nome", UNSET))

        def _parse_emails(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                emails_type_0 = cast(list[str], data)

                return emails_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        emails = _parse_emails(d.pop("emails", UNSET))

        def _parse_fones(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                fones_type_0 = cast(list[str], data)

                return fones_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        fones = _parse_fones(d.pop("fones", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_cidade(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cidade = _parse_cidade(d.pop("cidade", UNSET))

        def _parse_uf(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uf = _parse_uf(d.pop("uf", UNSET))

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
