# generated from specs/egestor.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServicoDetail")


@_attrs_define
class ServicoDetail:
    """Service record (list item and detail share this shape)."""

    codigo: int | None | Unset = UNSET
    """ Service code. """
    descricao: None | str | Unset = UNSET
    """ Service description. """
    preco_venda: float | None | Unset = UNSET
    """ Sale price. """
    codigo_grupo_tributos: int | None | Unset = UNSET
    """ Code of the tax group applied to the service. """
    dt_cad: None | str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    """ Tags. """
    item_lista_servico: None | str | Unset = UNSET
    """ Item of the municipal service list (LC 116) used on service invoices. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        codigo: int | None | Unset
        if isinstance(self.codigo, Unset):
            codigo = UNSET
        else:
            codigo = self.codigo

        descricao: None | str | Unset
        if isinstance(self.descricao, Unset):
            descricao = UNSET
        else:
            descricao = self.descricao

        preco_venda: float | None | Unset
        if isinstance(self.preco_venda, Unset):
            preco_venda = UNSET
        else:
            preco_venda = self.preco_venda

        codigo_grupo_tributos: int | None | Unset
        if isinstance(self.codigo_grupo_tributos, Unset):
            codigo_grupo_tributos = UNSET
        else:
            codigo_grupo_tributos = self.codigo_grupo_tributos

        dt_cad: None | str | Unset
        if isinstance(self.dt_cad, Unset):
            dt_cad = UNSET
        else:
            dt_cad = self.dt_cad

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        item_lista_servico: None | str | Unset
        if isinstance(self.item_lista_servico, Unset):
            item_lista_servico = UNSET
        else:
            item_lista_servico = self.item_lista_servico

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if codigo is not UNSET:
            field_dict["codigo"] = codigo
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
            raise errors.wrong_type("", src_dict, "an object (ServicoDetail)")
        obj = cls.__new__(cls)
        v = src_dict.get("codigo", UNSET)
        if not (type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("codigo", v, "an integer or null")
        obj.codigo = v
        v = src_dict.get("descricao", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("descricao", v, "a string or null")
        obj.descricao = v
        v = src_dict.get("precoVenda", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("precoVenda", v, "a number or null")
        obj.preco_venda = v
        v = src_dict.get("codigoGrupoTributos", UNSET)
        if not (type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("codigoGrupoTributos", v, "an integer or null")
        obj.codigo_grupo_tributos = v
        v = src_dict.get("dtCad", UNSET)
        if not (v is None or type(v) is str or v is UNSET):
            raise errors.wrong_type("dtCad", v, "null or a string")
        obj.dt_cad = v
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

        v = src_dict.get("itemListaServico", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("itemListaServico", v, "a string or null")
        obj.item_lista_servico = v
        if _ServicoDetail_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ServicoDetail_keys}
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


_ServicoDetail_keys = frozenset(
    (
        "codigo",
        "descricao",
        "precoVenda",
        "codigoGrupoTributos",
        "dtCad",
        "tags",
        "itemListaServico",
    )
)
