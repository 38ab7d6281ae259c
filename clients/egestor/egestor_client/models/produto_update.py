# generated from specs/egestor.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProdutoUpdate")


@_attrs_define
class ProdutoUpdate:
    """Fields for changing a product; send only what changes."""

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
    excecao_ipi: int | Unset = UNSET
    """ IPI exception code (EX TIPI). """
    codigo_grupo_tributos: int | Unset = UNSET
    """ Code of the tax group applied to the product. """
    anotacoes_nfe: str | Unset = UNSET
    """ Notes printed on the NF-e. """
    anotacoes_internas: str | Unset = UNSET
    """ Internal notes. """
    peso_bruto: float | Unset = UNSET
    """ Gross weight. """
    peso_liquido: float | Unset = UNSET
    """ Net weight. """
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

        excecao_ipi = self.excecao_ipi

        codigo_grupo_tributos = self.codigo_grupo_tributos

        anotacoes_nfe = self.anotacoes_nfe

        anotacoes_internas = self.anotacoes_internas

        peso_bruto = self.peso_bruto

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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (ProdutoUpdate)")
        obj = cls.__new__(cls)
        v = src_dict.get("descricao", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("descricao", v, "a string")
        obj.descricao = v
        v = src_dict.get("codigoProprio", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("codigoProprio", v, "a string")
        obj.codigo_proprio = v
        v = src_dict.get("estoque", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("estoque", v, "a number")
        obj.estoque = v
        v = src_dict.get("estoqueMinimo", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("estoqueMinimo", v, "a number")
        obj.estoque_minimo = v
        v = src_dict.get("controlarEstoque", UNSET)
        if not (type(v) is bool) and v is not UNSET:
            raise errors.wrong_type("controlarEstoque", v, "a boolean")
        obj.controlar_estoque = v
        v = src_dict.get("margemLucro", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("margemLucro", v, "a number")
        obj.margem_lucro = v
        v = src_dict.get("precoCusto", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("precoCusto", v, "a number")
        obj.preco_custo = v
        v = src_dict.get("precoVenda", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("precoVenda", v, "a number")
        obj.preco_venda = v
        v = src_dict.get("origemFiscal", UNSET)
        if not (type(v) is int) and v is not UNSET:
            raise errors.wrong_type("origemFiscal", v, "an integer")
        obj.origem_fiscal = v
        v = src_dict.get("unidadeTributada", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("unidadeTributada", v, "a string")
        obj.unidade_tributada = v
        v = src_dict.get("refEanGtin", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("refEanGtin", v, "a string")
        obj.ref_ean_gtin = v
        v = src_dict.get("ncm", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("ncm", v, "a string")
        obj.ncm = v
        v = src_dict.get("codigoCEST", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("codigoCEST", v, "a string")
        obj.codigo_cest = v
        v = src_dict.get("excecaoIPI", UNSET)
        if not (type(v) is int) and v is not UNSET:
            raise errors.wrong_type("excecaoIPI", v, "an integer")
        obj.excecao_ipi = v
        v = src_dict.get("codigoGrupoTributos", UNSET)
        if not (type(v) is int) and v is not UNSET:
            raise errors.wrong_type("codigoGrupoTributos", v, "an integer")
        obj.codigo_grupo_tributos = v
        v = src_dict.get("anotacoesNFE", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("anotacoesNFE", v, "a string")
        obj.anotacoes_nfe = v
        v = src_dict.get("anotacoesInternas", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("anotacoesInternas", v, "a string")
        obj.anotacoes_internas = v
        v = src_dict.get("pesoBruto", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("pesoBruto", v, "a number")
        obj.peso_bruto = v
        v = src_dict.get("pesoLiquido", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("pesoLiquido", v, "a number")
        obj.peso_liquido = v
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
        if _ProdutoUpdate_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ProdutoUpdate_keys}
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


_ProdutoUpdate_keys = frozenset(
    (
        "descricao",
        "codigoProprio",
        "estoque",
        "estoqueMinimo",
        "controlarEstoque",
        "margemLucro",
        "precoCusto",
        "precoVenda",
        "origemFiscal",
        "unidadeTributada",
        "refEanGtin",
        "ncm",
        "codigoCEST",
        "excecaoIPI",
        "codigoGrupoTributos",
        "anotacoesNFE",
        "anotacoesInternas",
        "pesoBruto",
        "pesoLiquido",
        "tags",
    )
)
