from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProdutoDetail")


@_attrs_define
class ProdutoDetail:
    """Product record (list item and detail share this shape)."""

    codigo: int | str
    """ A whole number that the API sometimes sends as a JSON number and sometimes as a JSON string holding digits
    (e.g. `1` or `"1"`). Clients should accept both. """
    descricao: None | str | Unset = UNSET
    """ Product description. """
    codigo_proprio: None | str | Unset = UNSET
    """ Merchant's own product code (SKU). """
    estoque: float | None | Unset = UNSET
    """ Quantity in stock. """
    estoque_minimo: float | None | Unset = UNSET
    """ Minimum stock level. """
    controlar_estoque: bool | None | Unset = UNSET
    """ Whether stock is tracked for this product. """
    margem_lucro: float | None | Unset = UNSET
    """ Profit margin, in percent. """
    preco_custo: float | None | Unset = UNSET
    """ Cost price. """
    preco_venda: float | None | Unset = UNSET
    """ Sale price. """
    origem_fiscal: int | None | Unset = UNSET
    """ Tax origin of the goods (ICMS origin code, 0 = national). """
    unidade_tributada: None | str | Unset = UNSET
    """ Taxable unit, e.g. `UN`. """
    ref_ean_gtin: None | str | Unset = UNSET
    """ EAN/GTIN barcode. """
    ncm: None | str | Unset = UNSET
    """ NCM tax classification code. """
    codigo_cest: None | str | Unset = UNSET
    """ CEST code. """
    excecao_ipi: int | None | str | Unset = UNSET
    """ A whole number sent either as a JSON number or as a string; an empty string means that no value is set. """
    codigo_grupo_tributos: int | None | Unset = UNSET
    """ Code of the tax group applied to the product. """
    anotacoes_nfe: None | str | Unset = UNSET
    """ Notes printed on the NF-e. """
    anotacoes_internas: None | str | Unset = UNSET
    """ Internal notes. """
    peso_bruto: float | None | str | Unset = UNSET
    """ A monetary amount or measure sent either as a JSON number (`100`, `10.37`) or as a decimal string with a dot
    separator (`"50.00"`, `"0.000"`). """
    peso_liquido: float | None | str | Unset = UNSET
    """ A monetary amount or measure sent either as a JSON number (`100`, `10.37`) or as a decimal string with a dot
    separator (`"50.00"`, `"0.000"`). """
    tags: list[str] | None | Unset = UNSET
    """ Tags. """
    dt_cad: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        codigo: int | str
        codigo = self.codigo

        descricao: None | str | Unset
        if isinstance(self.descricao, Unset):
            descricao = UNSET
        else:
            descricao = self.descricao

        codigo_proprio: None | str | Unset
        if isinstance(self.codigo_proprio, Unset):
            codigo_proprio = UNSET
        else:
            codigo_proprio = self.codigo_proprio

        estoque: float | None | Unset
        if isinstance(self.estoque, Unset):
            estoque = UNSET
        else:
            estoque = self.estoque

        estoque_minimo: float | None | Unset
        if isinstance(self.estoque_minimo, Unset):
            estoque_minimo = UNSET
        else:
            estoque_minimo = self.estoque_minimo

        controlar_estoque: bool | None | Unset
        if isinstance(self.controlar_estoque, Unset):
            controlar_estoque = UNSET
        else:
            controlar_estoque = self.controlar_estoque

        margem_lucro: float | None | Unset
        if isinstance(self.margem_lucro, Unset):
            margem_lucro = UNSET
        else:
            margem_lucro = self.margem_lucro

        preco_custo: float | None | Unset
        if isinstance(self.preco_custo, Unset):
            preco_custo = UNSET
        else:
            preco_custo = self.preco_custo

        preco_venda: float | None | Unset
        if isinstance(self.preco_venda, Unset):
            preco_venda = UNSET
        else:
            preco_venda = self.preco_venda

        origem_fiscal: int | None | Unset
        if isinstance(self.origem_fiscal, Unset):
            origem_fiscal = UNSET
        else:
            origem_fiscal = self.origem_fiscal

        unidade_tributada: None | str | Unset
        if isinstance(self.unidade_tributada, Unset):
            unidade_tributada = UNSET
        else:
            unidade_tributada = self.unidade_tributada

        ref_ean_gtin: None | str | Unset
        if isinstance(self.ref_ean_gtin, Unset):
            ref_ean_gtin = UNSET
        else:
            ref_ean_gtin = self.ref_ean_gtin

        ncm: None | str | Unset
        if isinstance(self.ncm, Unset):
            ncm = UNSET
        else:
            ncm = self.ncm

        codigo_cest: None | str | Unset
        if isinstance(self.codigo_cest, Unset):
            codigo_cest = UNSET
        else:
            codigo_cest = self.codigo_cest

        excecao_ipi: int | None | str | Unset
        if isinstance(self.excecao_ipi, Unset):
            excecao_ipi = UNSET
        else:
            excecao_ipi = self.excecao_ipi

        codigo_grupo_tributos: int | None | Unset
        if isinstance(self.codigo_grupo_tributos, Unset):
            codigo_grupo_tributos = UNSET
        else:
            codigo_grupo_tributos = self.codigo_grupo_tributos

        anotacoes_nfe: None | str | Unset
        if isinstance(self.anotacoes_nfe, Unset):
            anotacoes_nfe = UNSET
        else:
            anotacoes_nfe = self.anotacoes_nfe

        anotacoes_internas: None | str | Unset
        if isinstance(self.anotacoes_internas, Unset):
            anotacoes_internas = UNSET
        else:
            anotacoes_internas = self.anotacoes_internas

        peso_bruto: float | None | str | Unset
        if isinstance(self.peso_bruto, Unset):
            peso_bruto = UNSET
        else:
            peso_bruto = self.peso_bruto

        peso_liquido: float | None | str | Unset
        if isinstance(self.peso_liquido, Unset):
            peso_liquido = UNSET
        else:
            peso_liquido = self.peso_liquido

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        dt_cad: None | str | Unset
        if isinstance(self.dt_cad, Unset):
            dt_cad = UNSET
        else:
            dt_cad = self.dt_cad

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "codigo": codigo,
            }
        )
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
        if dt_cad is not UNSET:
            field_dict["dtCad"] = dt_cad

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_codigo(data: object) -> int | str:
            return cast(int | str, data)

        codigo = _parse_codigo(d.pop("codigo"))

        def _parse_descricao(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        descricao = _parse_descricao(d.pop("descricao", UNSET))

        def _parse_codigo_proprio(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        codigo_proprio = _parse_codigo_proprio(d.pop("codigoProprio", UNSET))

        def _parse_estoque(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        estoque = _parse_estoque(d.pop("estoque", UNSET))

        def _parse_estoque_minimo(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        estoque_minimo = _parse_estoque_minimo(d.pop("estoqueMinimo", UNSET))

        def _parse_controlar_estoque(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        controlar_estoque = _parse_controlar_estoque(d.pop("controlarEstoque", UNSET))

        def _parse_margem_lucro(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        margem_lucro = _parse_margem_lucro(d.pop("margemLucro", UNSET))

        def _parse_preco_custo(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        preco_custo = _parse_preco_custo(d.pop("precoCusto", UNSET))

        def _parse_preco_venda(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        preco_venda = _parse_preco_venda(d.pop("precoVenda", UNSET))

        def _parse_origem_fiscal(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        origem_fiscal = _parse_origem_fiscal(d.pop("origemFiscal", UNSET))

        def _parse_unidade_tributada(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unidade_tributada = _parse_unidade_tributada(d.pop("unidadeTributada", UNSET))

        def _parse_ref_ean_gtin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ref_ean_gtin = _parse_ref_ean_gtin(d.pop("refEanGtin", UNSET))

        def _parse_ncm(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ncm = _parse_ncm(d.pop("ncm", UNSET))

        def _parse_codigo_cest(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        codigo_cest = _parse_codigo_cest(d.pop("codigoCEST", UNSET))

        def _parse_excecao_ipi(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        excecao_ipi = _parse_excecao_ipi(d.pop("excecaoIPI", UNSET))

        def _parse_codigo_grupo_tributos(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        codigo_grupo_tributos = _parse_codigo_grupo_tributos(d.pop("codigoGrupoTributos", UNSET))

        def _parse_anotacoes_nfe(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        anotacoes_nfe = _parse_anotacoes_nfe(d.pop("anotacoesNFE", UNSET))

        def _parse_anotacoes_internas(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        anotacoes_internas = _parse_anotacoes_internas(d.pop("anotacoesInternas", UNSET))

        def _parse_peso_bruto(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        peso_bruto = _parse_peso_bruto(d.pop("pesoBruto", UNSET))

        def _parse_peso_liquido(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        peso_liquido = _parse_peso_liquido(d.pop("pesoLiquido", UNSET))

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

        def _parse_dt_cad(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dt_cad = _parse_dt_cad(d.pop("dtCad", UNSET))

        produto_detail = cls(
            codigo=codigo,
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
            dt_cad=dt_cad,
        )

        produto_detail.additional_properties = d
        return produto_detail

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
