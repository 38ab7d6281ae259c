# generated from specs/egestor.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServicoDetail")


@_attrs_define
class ServicoDetail:
    """Service record (list item and detail share this shape)."""

    codigo: int | Unset = UNSET
    """ Service code. """
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
        codigo = self.codigo

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
        d = dict(src_dict)
        codigo = d.pop("codigo", UNSET)

        descricao = d.pop("descricao", UNSET)

        preco_venda = d.pop("precoVenda", UNSET)

        codigo_grupo_tributos = d.pop("codigoGrupoTributos", UNSET)

        dt_cad = d.pop("dtCad", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        item_lista_servico = d.pop("itemListaServico", UNSET)

        servico_detail = cls(
            codigo=codigo,
            descricao=descricao,
            preco_venda=preco_venda,
            codigo_grupo_tributos=codigo_grupo_tributos,
            dt_cad=dt_cad,
            tags=tags,
            item_lista_servico=item_lista_servico,
        )

        servico_detail.additional_properties = d
        return servico_detail

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
