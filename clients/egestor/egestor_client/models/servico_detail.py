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
        d = dict(src_dict)

        def _parse_codigo(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        codigo = _parse_codigo(d.pop("codigo", UNSET))

        def _parse_descricao(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        descricao = _parse_descricao(d.pop("descricao", UNSET))

        def _parse_preco_venda(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        preco_venda = _parse_preco_venda(d.pop("precoVenda", UNSET))

        def _parse_codigo_grupo_tributos(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        codigo_grupo_tributos = _parse_codigo_grupo_tributos(d.pop("codigoGrupoTributos", UNSET))

        def _parse_dt_cad(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dt_cad = _parse_dt_cad(d.pop("dtCad", UNSET))

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

        def _parse_item_lista_servico(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        item_lista_servico = _parse_item_lista_servico(d.pop("itemListaServico", UNSET))

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
