# generated from specs/egestor.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (ContatoListItem)")
        obj = cls.__new__(cls)
        v = src_dict.get("codigo", UNSET)
        if not (type(v) is int or type(v) is str):
            raise errors.wrong_type("codigo", v, "an integer or a string")
        obj.codigo = v
        v = src_dict.get("tipo", UNSET)
        if v is None or v is UNSET:
            obj.tipo = v
        else:
            if type(v) is not list:
                raise errors.wrong_type("tipo", v, "an array")
            _l_tipo: list[ContatoTipo] = []
            for _i0, _x0 in enumerate(v):
                if type(_x0) is not str:
                    raise errors.wrong_type("tipo" + "[" + str(_i0) + "]", _x0, "a string (ContatoTipo)")
                _m__y_tipo = _ContatoTipo_by_value.get(_x0)
                if _m__y_tipo is None:
                    raise errors.bad_value("tipo" + "[" + str(_i0) + "]", _x0, "a ContatoTipo value")
                _y_tipo = _m__y_tipo

                _l_tipo.append(_y_tipo)
            obj.tipo = _l_tipo

        v = src_dict.get("nome", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("nome", v, "a string or null")
        obj.nome = v
        v = src_dict.get("emails", UNSET)
        if v is None or v is UNSET:
            obj.emails = v
        else:
            if type(v) is not list:
                raise errors.wrong_type("emails", v, "an array")
            for _i0, _x0 in enumerate(v):
                if not (type(_x0) is str):
                    raise errors.wrong_type("emails" + "[" + str(_i0) + "]", _x0, "a string")
            obj.emails = v

        v = src_dict.get("fones", UNSET)
        if v is None or v is UNSET:
            obj.fones = v
        else:
            if type(v) is not list:
                raise errors.wrong_type("fones", v, "an array")
            for _i0, _x0 in enumerate(v):
                if not (type(_x0) is str):
                    raise errors.wrong_type("fones" + "[" + str(_i0) + "]", _x0, "a string")
            obj.fones = v

        v = src_dict.get("tags", UNSET)
        if v is None or v is UNSET:
            obj.tags = v
        else:
            if type(v) is not list:
                raise errors.wrong_type("tags", v, "an array")
            for _i0, _x0 in enumerate(v):
                if not (type(_x0) is str):
                    raise errors.wrong_type("tags" + "[" + str(_i0) + "]", _x0, "a string")
            obj.tags = v

        v = src_dict.get("cidade", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("cidade", v, "a string or null")
        obj.cidade = v
        v = src_dict.get("uf", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("uf", v, "a string or null")
        obj.uf = v
        if _ContatoListItem_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ContatoListItem_keys}
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


_ContatoTipo_by_value = cast(dict[Any, ContatoTipo], ContatoTipo._value2member_map_)

_ContatoListItem_keys = frozenset(
    (
        "codigo",
        "tipo",
        "nome",
        "emails",
        "fones",
        "tags",
        "cidade",
        "uf",
    )
)
