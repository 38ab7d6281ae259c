# generated from specs/egestor.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServicoUpdate")


@_attrs_define
class ServicoUpdate:
    """Fields for changing a service; send only what changes."""

    descricao: str | Unset = UNSET
    """ Service description. """
    preco_venda: float | Unset = UNSET
    """ Sale price. """
    codigo_grupo_tributos: int | Unset = UNSET
    """ Code of the tax group applied to the service. """
    dt_cad: str | Unset = UNSET
    """ Local date and time as `YYYY-MM-DD hh:mm:ss` (no time zone, no `T`). """
    tags: list[str] | Unset = UNSET
    """ Tags. """
    item_lista_servico: str | Unset = UNSET
    """ Item of the municipal service list (LC 116) used on service invoices. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        descricao = self.descricao

        preco_venda = self.preco_venda

        codigo_grupo_tributos = self.codigo_grupo_tributos

        dt_cad = self.dt_cad

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        item_lista_servico = self.item_lista_servico

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if descricao is not UNSET:
            field_dict["descricao"] = descricao
        if preco_venda is not UNSET:
            field_dict["precoVenda"] = preco_venda
        if codigo_grupo_tributos is not UNSET:
            field_dict["codigoGrupoTributos"] = codigo_grupo_tributos
        if dt_cad is not UNSET:
            field_dict["dtCad"] = dt_cad
        if tags is not UNSET:
            field_dict["tags"] = tags
        if item_lista_servico is not UNSET:
            field_dict["itemListaServico"] = item_lista_servico

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (ServicoUpdate)")
        obj = cls.__new__(cls)
        v = src_dict.get("descricao", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("descricao", v, "a string")
        obj.descricao = v
        v = src_dict.get("precoVenda", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("precoVenda", v, "a number")
        obj.preco_venda = v
        v = src_dict.get("codigoGrupoTributos", UNSET)
        if not (type(v) is int) and v is not UNSET:
            raise errors.wrong_type("codigoGrupoTributos", v, "an integer")
        obj.codigo_grupo_tributos = v
        v = src_dict.get("dtCad", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("dtCad", v, "a string")
        obj.dt_cad = v
        v = src_dict.get("tags", UNSET)
        if v is UNSET:
            obj.tags = UNSET
        else:
            if type(v) is not list:
                raise errors.wrong_type("tags", v, "an array")
            for _i0, _x0 in enumerate(v):
                if not (type(_x0) is str):
                    raise errors.wrong_type("tags" + "[" + str(_i0) + "]", _x0, "a string")
            obj.tags = v
        v = src_dict.get("itemListaServico", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("itemListaServico", v, "a string")
        obj.item_lista_servico = v
        if _ServicoUpdate_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ServicoUpdate_keys}
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


_ServicoUpdate_keys = frozenset(
    (
        "descricao",
        "precoVenda",
        "codigoGrupoTributos",
        "dtCad",
        "tags",
        "itemListaServico",
    )
)
