# generated from specs/egestor.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VendaProdutoCreate")


@_attrs_define
class VendaProdutoCreate:
    """Product or service line of a new sale."""

    cod_produto: int
    """ Code of the product or service. """
    quant: float | Unset = UNSET
    """ Quantity. """
    v_desc: float | Unset = UNSET
    """ Discount amount. """
    preco: float | Unset = UNSET
    """ Unit price. """
    obs: str | Unset = UNSET
    """ Line notes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cod_produto = self.cod_produto

        quant = self.quant

        v_desc = self.v_desc

        preco = self.preco

        obs = self.obs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "codProduto": cod_produto,
            }
        )
        if quant is not UNSET:
            field_dict["quant"] = quant
        if v_desc is not UNSET:
            field_dict["vDesc"] = v_desc
        if preco is not UNSET:
            field_dict["preco"] = preco
        if obs is not UNSET:
            field_dict["obs"] = obs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cod_produto = d.pop("codProduto")

        quant = d.pop("quant", UNSET)

        v_desc = d.pop("vDesc", UNSET)

        preco = d.pop("preco", UNSET)

        obs = d.pop("obs", UNSET)

        venda_produto_create = cls(
            cod_produto=cod_produto,
            quant=quant,
            v_desc=v_desc,
            preco=preco,
            obs=obs,
        )

        venda_produto_create.additional_properties = d
        return venda_produto_create

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
