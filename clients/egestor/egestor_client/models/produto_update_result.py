# generated from specs/egestor.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProdutoUpdateResult")


@_attrs_define
class ProdutoUpdateResult:
    """Product fields echoed back after an update."""

    descricao: str | Unset = UNSET
    """ Product description. """
    codigo_proprio: str | Unset = UNSET
    """ Merchant's own product code (SKU). """
    estoque: float | Unset = UNSET
    """ Quantity in stock. """
    estoque_minimo: float | Unset = UNSET
    """ Minimum stock level. """
    controlar_estoque: bool | Unset = UNSET
    """ Whether stock is tracked for this product. """
    margem_lucro: float | Unset = UNSET
    """ Profit margin, in percent. """
    preco_custo: float | Unset = UNSET
    """ Cost price. """
    preco_venda: float | Unset = UNSET
    """ Sale price. """
    origem_fiscal: int | Unset = UNSET
    """ Tax origin of the goods (ICMS origin code, 0 = national). """
    unidade_tributada: str | Unset = UNSET
    """ Taxable unit, e.g. `UN`. """
    ref_ean_gtin: str | Unset = UNSET
    """ EAN/GTIN barcode. """
    ncm: str | Unset = UNSET
    """ NCM tax classification code. """
    codigo_cest: str | Unset = UNSET
    """ CEST code. """
    excecao_ipi: int | str | Unset = UNSET
    """ A whole number sent either as a JSON number or as a string; an empty string means that no value is set. """
    codigo_grupo_tributos: int | Unset = UNSET
    """ Code of the tax group applied to the product. """
    anotacoes_nfe: str | Unset = UNSET
    """ Notes printed on the NF-e. """
    anotacoes_internas: str | Unset = UNSET
    """ Internal notes. """
    peso_bruto: float | str | Unset = UNSET
    """ A monetary amount or measure sent either as a JSON number (`100`, `10.37`) or as a decimal string with a dot
    separator (`"50.00"`, `"0.000"`). """
    peso_liquido: float | str | Unset = UNSET
    """ A monetary amount or measure sent either as a JSON number (`100`, `10.37`) or as a decimal string with a dot
    separator (`"50.00"`, `"0.000"`). """
    tags: list[str] | Unset = UNSET
    """ Tags. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        descricao = self.descricao

        codigo_proprio = self.codigo_proprio

        estoque = self.estoque

        estoque_minimo = self.estoque_minimo

        controlar_estoque = self.controlar_estoque

        margem_lucro = self.margem_lucro

        preco_custo = self.preco_custo

        preco_venda = self.preco_venda

        origem_fiscal = self.origem_fiscal

        unidade_tributada = self.unidade_tributada

        ref_ean_gtin = self.ref_ean_gtin

        ncm = self.ncm

        codigo_cest = self.codigo_cest

        excecao_ipi: int | str | Unset
        if isinstance(self.excecao_ipi, Unset):
            excecao_ipi = UNSET
        else:
            excecao_ipi = self.excecao_ipi

        codigo_grupo_tributos = self.codigo_grupo_tributos

        anotacoes_nfe = self.anotacoes_nfe

        anotacoes_internas = self.anotacoes_internas

        peso_bruto: float | str | Unset
        if isinstance(self.peso_bruto, Unset):
            peso_bruto = UNSET
        else:
            peso_bruto = self.peso_bruto

        peso_liquido: float | str | Unset
        if isinstance(self.peso_liquido, Unset):
            peso_liquido = UNSET
        else:
            peso_liquido = self.peso_liquido

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if descricao is not UNSET:
            field_dict["descricao"] = descricao
        if codigo_proprio is not UNSET:
            field_dict["codigoProprio"] = codigo_proprio
        if estoque is not UNSET:
            field_dict["estoque"] = estoque
        if estoque_minimo is not UNSET:
            field_dict["estoqueMinimo"] = estoque_minimo
        if controlar_estoque is not UNSET:
            field_dict["controlarEstoque"] = controlar_estoque
        if margem_lucro is not UNSET:
            field_dict["margemLucro"] = margem_lucro
        if preco_custo is not UNSET:
            field_dict["precoCusto"] = preco_custo
        if preco_venda is not UNSET:
            field_dict["precoVenda"] = preco_venda
        if origem_fiscal is not UNSET:
            field_dict["origemFiscal"] = origem_fiscal
        if unidade_tributada is not UNSET:
            field_dict["unidadeTributada"] = unidade_tributada
        if ref_ean_gtin is not UNSET:
            field_dict["refEanGtin"] = ref_ean_gtin
        if ncm is not UNSET:
            field_dict["ncm"] = ncm
        if codigo_cest is not UNSET:
            field_dict["codigoCEST"] = codigo_cest
        if excecao_ipi is not UNSET:
            field_dict["excecaoIPI"] = excecao_ipi
        if codigo_grupo_tributos is not UNSET:
            field_dict["codigoGrupoTributos"] = codigo_grupo_tributos
        if anotacoes_nfe is not UNSET:
            field_dict["anotacoesNFE"] = anotacoes_nfe
        if anotacoes_internas is not UNSET:
            field_dict["anotacoesInternas"] = anotacoes_internas
        if peso_bruto is not UNSET:
            field_dict["pesoBruto"] = peso_bruto
        if peso_liquido is not UNSET:
            field_dict["pesoLiquido"] = peso_liquido
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        descricao = d.pop("descricao", UNSET)

        codigo_proprio = d.pop("codigoProprio", UNSET)

        estoque = d.pop("estoque", UNSET)

        estoque_minimo = d.pop("estoqueMinimo", UNSET)

        controlar_estoque = d.pop("controlarEstoque", UNSET)

        margem_lucro = d.pop("margemLucro", UNSET)

        preco_custo = d.pop("precoCusto", UNSET)

        preco_venda = d.pop("precoVenda", UNSET)

        origem_fiscal = d.pop("origemFiscal", UNSET)

        unidade_tributada = d.pop("unidadeTributada", UNSET)

        ref_ean_gtin = d.pop("refEanGtin", UNSET)

        ncm = d.pop("ncm", UNSET)

        codigo_cest = d.pop("codigoCEST", UNSET)

        def _parse_excecao_ipi(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        excecao_ipi = _parse_excecao_ipi(d.pop("excecaoIPI", UNSET))

        codigo_grupo_tributos = d.pop("codigoGrupoTributos", UNSET)

        anotacoes_nfe = d.pop("anotacoesNFE", UNSET)

        anotacoes_internas = d.pop("anotacoesInternas", UNSET)

        def _parse_peso_bruto(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        peso_bruto = _parse_peso_bruto(d.pop("pesoBruto", UNSET))

        def _parse_peso_liquido(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        peso_liquido = _parse_peso_liquido(d.pop("pesoLiquido", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        produto_update_result = cls(
            descricao=descricao,
            codigo_proprio=codigo_proprio,
            estoque=estoque,
            estoque_minimo=estoque_minimo,
            controlar_estoque=controlar_estoque,
            margem_lucro=margem_lucro,
            preco_custo=preco_custo,
            preco_venda=preco_venda,
            origem_fiscal=origem_fiscal,
            unidade_tributada=unidade_tributada,
            ref_ean_gtin=ref_ean_gtin,
            ncm=ncm,
            codigo_cest=codigo_cest,
            excecao_ipi=excecao_ipi,
            codigo_grupo_tributos=codigo_grupo_tributos,
            anotacoes_nfe=anotacoes_nfe,
            anotacoes_internas=anotacoes_internas,
            peso_bruto=peso_bruto,
            peso_liquido=peso_liquido,
            tags=tags,
        )

        produto_update_result.additional_properties = d
        return produto_update_result

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
