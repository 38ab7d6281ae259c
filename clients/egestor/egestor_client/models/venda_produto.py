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

    codigo: int | Unset = UNSET
    """ Code of the line. """
    cod_produto: int | Unset = UNSET
    """ Code of the product or service. """
    tipo_prod: str | Unset = UNSET
    """ Kind of item; `produto` in the examples. """
    preco: float | Unset = UNSET
    """ Unit price. """
    custo: float | Unset = UNSET
    """ Unit cost at the time of the sale. """
    custo_cad_prod: float | Unset = UNSET
    """ Cost registered on the product. """
    quant: float | Unset = UNSET
    """ Quantity. """
    v_desc: float | Unset = UNSET
    """ Discount amount. """
    valor_ipi: float | Unset = UNSET
    """ IPI tax amount. """
    valor_st: float | Unset = UNSET
    """ ICMS-ST tax amount. """
    obs: str | Unset = UNSET
    """ Line notes. """
    descricao: str | Unset = UNSET
    """ Item description. """
    codigo_proprio: str | Unset = UNSET
    """ Merchant's own item code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        codigo = self.codigo

        cod_produto = self.cod_produto

        tipo_prod = self.tipo_prod

        preco = self.preco

        custo = self.custo

        custo_cad_prod = self.custo_cad_prod

        quant = self.quant

        v_desc = self.v_desc

        valor_ipi = self.valor_ipi

        valor_st = self.valor_st

        obs = self.obs

        descricao = self.descricao

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
        d = dict(src_dict)
        obj = cls.__new__(cls)
        v = d.pop("codigo", UNSET)
        if not (type(v) is int) and v is not UNSET:
            raise errors.wrong_type("codigo", v, "an integer")
        obj.codigo = v
        v = d.pop("codProduto", UNSET)
        if not (type(v) is int) and v is not UNSET:
            raise errors.wrong_type("codProduto", v, "an integer")
        obj.cod_produto = v
        v = d.pop("tipoProd", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("tipoProd", v, "a string")
        obj.tipo_prod = v
        v = d.pop("preco", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("preco", v, "a number")
        obj.preco = v
        v = d.pop("custo", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("custo", v, "a number")
        obj.custo = v
        v = d.pop("custoCadProd", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("custoCadProd", v, "a number")
        obj.custo_cad_prod = v
        v = d.pop("quant", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("quant", v, "a number")
        obj.quant = v
        v = d.pop("vDesc", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("vDesc", v, "a number")
        obj.v_desc = v
        v = d.pop("valorIPI", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("valorIPI", v, "a number")
        obj.valor_ipi = v
        v = d.pop("valorST", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("valorST", v, "a number")
        obj.valor_st = v
        v = d.pop("obs", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("obs", v, "a string")
        obj.obs = v
        v = d.pop("descricao", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("descricao", v, "a string")
        obj.descricao = v
        v = d.pop("codigoProprio", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("codigoProprio", v, "a string")
        obj.codigo_proprio = v
        obj.additional_properties = d if d else {}
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
