# generated from specs/egestor.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="VendaProduto")


@_attrs_define
class VendaProduto:
    """Product or service line of a sale."""

    codigo: int | None | Unset = UNSET
    """ Code of the line. """
    cod_produto: int | None | Unset = UNSET
    """ Code of the product or service. """
    tipo_prod: None | str | Unset = UNSET
    """ Kind of item; `produto` in the examples. """
    preco: float | None | Unset = UNSET
    """ Unit price. """
    custo: float | None | Unset = UNSET
    """ Unit cost at the time of the sale. """
    custo_cad_prod: float | None | Unset = UNSET
    """ Cost registered on the product. """
    quant: float | None | Unset = UNSET
    """ Quantity. """
    v_desc: float | None | Unset = UNSET
    """ Discount amount. """
    valor_ipi: float | None | Unset = UNSET
    """ IPI tax amount. """
    valor_st: float | None | Unset = UNSET
    """ ICMS-ST tax amount. """
    obs: None | str | Unset = UNSET
    """ Line notes. """
    descricao: None | str | Unset = UNSET
    """ Item description. """
    codigo_proprio: None | str | Unset = UNSET
    """ Merchant's own item code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        codigo: int | None | Unset
        if isinstance(self.codigo, Unset):
            codigo = UNSET
        else:
            codigo = self.codigo

        cod_produto: int | None | Unset
        if isinstance(self.cod_produto, Unset):
            cod_produto = UNSET
        else:
            cod_produto = self.cod_produto

        tipo_prod: None | str | Unset
        if isinstance(self.tipo_prod, Unset):
            tipo_prod = UNSET
        else:
            tipo_prod = self.tipo_prod

        preco: float | None | Unset
        if isinstance(self.preco, Unset):
            preco = UNSET
        else:
            preco = self.preco

        custo: float | None | Unset
        if isinstance(self.custo, Unset):
            custo = UNSET
        else:
            custo = self.custo

        custo_cad_prod: float | None | Unset
        if isinstance(self.custo_cad_prod, Unset):
            custo_cad_prod = UNSET
        else:
            custo_cad_prod = self.custo_cad_prod

        quant: float | None | Unset
        if isinstance(self.quant, Unset):
            quant = UNSET
        else:
            quant = self.quant

        v_desc: float | None | Unset
        if isinstance(self.v_desc, Unset):
            v_desc = UNSET
        else:
            v_desc = self.v_desc

        valor_ipi: float | None | Unset
        if isinstance(self.valor_ipi, Unset):
            valor_ipi = UNSET
        else:
            valor_ipi = self.valor_ipi

        valor_st: float | None | Unset
        if isinstance(self.valor_st, Unset):
            valor_st = UNSET
        else:
            valor_st = self.valor_st

        obs: None | str | Unset
        if isinstance(self.obs, Unset):
            obs = UNSET
        else:
            obs = self.obs

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if codigo is not UNSET:
            field_dict["codigo"] = codigo
        if cod_produto is not UNSET:
            field_dict["codProduto"] = cod_produto
        if tipo_prod is not UNSET:
            field_dict["tipoProd"] = tipo_prod
        if preco is not UNSET:
            field_dict["preco"] = preco
        if custo is not UNSET:
            field_dict["custo"] = custo
        if custo_cad_prod is not UNSET:
            field_dict["custoCadProd"] = custo_cad_prod
        if quant is not UNSET:
            field_dict["quant"] = quant
        if v_desc is not UNSET:
            field_dict["vDesc"] = v_desc
        if valor_ipi is not UNSET:
            field_dict["valorIPI"] = valor_ipi
        if valor_st is not UNSET:
            field_dict["valorST"] = valor_st
        if obs is not UNSET:
            field_dict["obs"] = obs
        if descricao is not UNSET:
            field_dict["descricao"] = descricao
        if codigo_proprio is not UNSET:
            field_dict["codigoProprio"] = codigo_proprio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (VendaProduto)")
        obj = cls.__new__(cls)
        v = src_dict.get("codigo", UNSET)
        if not (type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("codigo", v, "an integer or null")
        obj.codigo = v
        v = src_dict.get("codProduto", UNSET)
        if not (type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("codProduto", v, "an integer or null")
        obj.cod_produto = v
        v = src_dict.get("tipoProd", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("tipoProd", v, "a string or null")
        obj.tipo_prod = v
        v = src_dict.get("preco", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("preco", v, "a number or null")
        obj.preco = v
        v = src_dict.get("custo", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("custo", v, "a number or null")
        obj.custo = v
        v = src_dict.get("custoCadProd", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("custoCadProd", v, "a number or null")
        obj.custo_cad_prod = v
        v = src_dict.get("quant", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("quant", v, "a number or null")
        obj.quant = v
        v = src_dict.get("vDesc", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("vDesc", v, "a number or null")
        obj.v_desc = v
        v = src_dict.get("valorIPI", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("valorIPI", v, "a number or null")
        obj.valor_ipi = v
        v = src_dict.get("valorST", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("valorST", v, "a number or null")
        obj.valor_st = v
        v = src_dict.get("obs", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("obs", v, "a string or null")
        obj.obs = v
        v = src_dict.get("descricao", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("descricao", v, "a string or null")
        obj.descricao = v
        v = src_dict.get("codigoProprio", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("codigoProprio", v, "a string or null")
        obj.codigo_proprio = v
        if _VendaProduto_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _VendaProduto_keys}
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


_VendaProduto_keys = frozenset(
    (
        "codigo",
        "codProduto",
        "tipoProd",
        "preco",
        "custo",
        "custoCadProd",
        "quant",
        "vDesc",
        "valorIPI",
        "valorST",
        "obs",
        "descricao",
        "codigoProprio",
    )
)
