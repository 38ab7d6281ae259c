# generated from specs/egestor.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProdutoUpdateResult")


@_attrs_define
class ProdutoUpdateResult:
    """Product fields echoed back after an update."""

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
            raise errors.wrong_type("", src_dict, "an object (ProdutoUpdateResult)")
        obj = cls.__new__(cls)
        v = src_dict.get("descricao", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("descricao", v, "a string or null")
        obj.descricao = v
        v = src_dict.get("codigoProprio", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("codigoProprio", v, "a string or null")
        obj.codigo_proprio = v
        v = src_dict.get("estoque", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("estoque", v, "a number or null")
        obj.estoque = v
        v = src_dict.get("estoqueMinimo", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("estoqueMinimo", v, "a number or null")
        obj.estoque_minimo = v
        v = src_dict.get("controlarEstoque", UNSET)
        if not (type(v) is bool or v is None or v is UNSET):
            raise errors.wrong_type("controlarEstoque", v, "a boolean or null")
        obj.controlar_estoque = v
        v = src_dict.get("margemLucro", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("margemLucro", v, "a number or null")
        obj.margem_lucro = v
        v = src_dict.get("precoCusto", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("precoCusto", v, "a number or null")
        obj.preco_custo = v
        v = src_dict.get("precoVenda", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("precoVenda", v, "a number or null")
        obj.preco_venda = v
        v = src_dict.get("origemFiscal", UNSET)
        if not (type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("origemFiscal", v, "an integer or null")
        obj.origem_fiscal = v
        v = src_dict.get("unidadeTributada", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("unidadeTributada", v, "a string or null")
        obj.unidade_tributada = v
        v = src_dict.get("refEanGtin", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("refEanGtin", v, "a string or null")
        obj.ref_ean_gtin = v
        v = src_dict.get("ncm", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("ncm", v, "a string or null")
        obj.ncm = v
        v = src_dict.get("codigoCEST", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("codigoCEST", v, "a string or null")
        obj.codigo_cest = v
        v = src_dict.get("excecaoIPI", UNSET)
        if not (type(v) is int or v is None or type(v) is str or v is UNSET):
            raise errors.wrong_type("excecaoIPI", v, "an integer or null or a string")
        obj.excecao_ipi = v
        v = src_dict.get("codigoGrupoTributos", UNSET)
        if not (type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("codigoGrupoTributos", v, "an integer or null")
        obj.codigo_grupo_tributos = v
        v = src_dict.get("anotacoesNFE", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("anotacoesNFE", v, "a string or null")
        obj.anotacoes_nfe = v
        v = src_dict.get("anotacoesInternas", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("anotacoesInternas", v, "a string or null")
        obj.anotacoes_internas = v
        v = src_dict.get("pesoBruto", UNSET)
        if not (type(v) is float or type(v) is int or v is None or type(v) is str or v is UNSET):
            raise errors.wrong_type("pesoBruto", v, "a number or null or a string")
        obj.peso_bruto = v
        v = src_dict.get("pesoLiquido", UNSET)
        if not (type(v) is float or type(v) is int or v is None or type(v) is str or v is UNSET):
            raise errors.wrong_type("pesoLiquido", v, "a number or null or a string")
        obj.peso_liquido = v
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

        if _ProdutoUpdateResult_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ProdutoUpdateResult_keys}
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


_ProdutoUpdateResult_keys = frozenset(
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
